import HelmKitFunctions
import HelmKitValues
import Testing

/// Go syntax checks, error texts and matching details that the PCRE2 translation must keep.
/// Expected texts come from Helm v4.2.3 rendering the same call.
let regexSyntaxCases: [FunctionCase] = [
    FunctionCase("mustRegexMatch nested star", "mustRegexMatch", [.string("a**"), .string("a")], "error: error parsing regexp: invalid nested repetition operator: `**`"),
    FunctionCase("mustRegexMatch possessive", "mustRegexMatch", [.string("a++"), .string("a")], "error: error parsing regexp: invalid nested repetition operator: `++`"),
    FunctionCase("mustRegexMatch lazy then plus", "mustRegexMatch", [.string("a+?+"), .string("a")], "error: error parsing regexp: invalid nested repetition operator: `+?+`"),
    FunctionCase("mustRegexMatch leading star", "mustRegexMatch", [.string("*a"), .string("a")], "error: error parsing regexp: missing argument to repetition operator: `*`"),
    FunctionCase("mustRegexMatch star after bar", "mustRegexMatch", [.string("a|*"), .string("a")], "error: error parsing regexp: missing argument to repetition operator: `*`"),
    FunctionCase("mustRegexMatch star after paren", "mustRegexMatch", [.string("(*a)"), .string("a")], "error: error parsing regexp: missing argument to repetition operator: `*`"),
    FunctionCase("mustRegexMatch repeat too big", "mustRegexMatch", [.string("a{1001}"), .string("a")], "error: error parsing regexp: invalid repeat count: `{1001}`"),
    FunctionCase("mustRegexMatch repeat reversed", "mustRegexMatch", [.string("a{2,1}"), .string("a")], "error: error parsing regexp: invalid repeat count: `{2,1}`"),
    FunctionCase("mustRegexMatch repeat nested product", "mustRegexMatch", [.string("(a{100}){100}"), .string("a")], "error: error parsing regexp: invalid repeat count: `{100}`"),
    FunctionCase("mustRegexMatch repeat nested braces", "mustRegexMatch", [.string("x{2}{3}"), .string("x")], "error: error parsing regexp: invalid nested repetition operator: `{2}{3}`"),
    FunctionCase("mustRegexMatch class range reversed", "mustRegexMatch", [.string("[z-a]"), .string("a")], "error: error parsing regexp: invalid character class range: `z-a`"),
    FunctionCase("mustRegexMatch posix unknown", "mustRegexMatch", [.string("[[:foo:]]"), .string("a")], "error: error parsing regexp: invalid character class range: `[:foo:]`"),
    FunctionCase("mustRegexMatch unicode unknown", "mustRegexMatch", [.string("\\p{Foo}"), .string("a")], "error: error parsing regexp: invalid character class range: `\\p{Foo}`"),
    FunctionCase("mustRegexMatch unicode no brace", "mustRegexMatch", [.string("\\p{Greek"), .string("a")], "error: error parsing regexp: invalid character class range: `\\p{Greek`"),
    FunctionCase("mustRegexMatch lookbehind", "mustRegexMatch", [.string("(?<=a)b"), .string("ab")], "error: error parsing regexp: invalid named capture: `(?<=a)b`"),
    FunctionCase("mustRegexMatch negative lookahead", "mustRegexMatch", [.string("a(?!b)"), .string("ab")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?!`"),
    FunctionCase("mustRegexMatch atomic group", "mustRegexMatch", [.string("(?>a)"), .string("a")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?>`"),
    FunctionCase("mustRegexMatch named backreference", "mustRegexMatch", [.string("(?P<n>a)(?P=n)"), .string("aa")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?P`"),
    FunctionCase("mustRegexMatch bad group name", "mustRegexMatch", [.string("(?P<n-x>a)"), .string("a")], "error: error parsing regexp: invalid named capture: `(?P<n-x>`"),
    FunctionCase("mustRegexMatch unclosed group name", "mustRegexMatch", [.string("(?P<name"), .string("a")], "error: error parsing regexp: invalid named capture: `(?P<name`"),
    FunctionCase("mustRegexMatch empty negation", "mustRegexMatch", [.string("(?-)a"), .string("a")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?-)`"),
    FunctionCase("mustRegexMatch unknown flag", "mustRegexMatch", [.string("(?x)a"), .string("a")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?x`"),
    FunctionCase("mustRegexMatch byte escape", "mustRegexMatch", [.string("a\\C"), .string("a")], "error: error parsing regexp: invalid escape sequence: `\\C`"),
    FunctionCase("mustRegexMatch end anchor Z", "mustRegexMatch", [.string("a\\Z"), .string("a")], "error: error parsing regexp: invalid escape sequence: `\\Z`"),
    FunctionCase("mustRegexMatch hex bad", "mustRegexMatch", [.string("\\x{zz}"), .string("a")], "error: error parsing regexp: invalid escape sequence: `\\x{z`"),
    FunctionCase("mustRegexMatch hex short", "mustRegexMatch", [.string("\\xg1"), .string("a")], "error: error parsing regexp: invalid escape sequence: `\\xg1`"),
    FunctionCase("mustRegexMatch escape digit eight", "mustRegexMatch", [.string("\\8"), .string("a")], "error: error parsing regexp: invalid escape sequence: `\\8`"),
    FunctionCase("mustRegexMatch unicode escape", "mustRegexMatch", [.string("\\u0041"), .string("A")], "error: error parsing regexp: invalid escape sequence: `\\u`"),
    FunctionCase("regexFind brace literal", "regexFind", [.string("a{,3}"), .string("xa{,3}")], "a{,3}"),
    FunctionCase("regexFind brace leading zero", "regexFind", [.string("a{01}"), .string("a{01}")], "a{01}"),
    FunctionCase("regexMatch octal and hex", "regexMatch", [.string("^\\x{41}\\101\\x42$"), .string("AAB")], "true"),
    FunctionCase("regexFind quoted literal", "regexFind", [.string("\\Qa.b\\E+"), .string("xa.bbb")], "a.bbb"),
    FunctionCase("regexMatch vertical tab not space", "regexMatch", [.string("\\s"), .string("\u{b}")], "false"),
    FunctionCase("regexMatch vertical tab class", "regexMatch", [.string("[\\s]"), .string("\u{b}")], "false"),
    FunctionCase("regexFind non-space class", "regexFind", [.string("[^\\S]+"), .string("a \tb")], " \t"),
    FunctionCase("regexFind repeated anchor", "regexFind", [.string("^*a"), .string("a")], "a"),
    FunctionCase("regexFind ungreedy flag", "regexFind", [.string("(?U)a+"), .string("aaa")], "a"),
    FunctionCase("regexFind word boundary", "regexFind", [.string("\\bfoo\\b"), .string("a foo.")], "foo"),
    FunctionCase("regexFindAll word boundary unicode", "regexFindAll", [.string("\\b\\w+\\b"), .string("héllo wörld"), .int(-1)], "[h llo w rld]"),
    FunctionCase("regexFind letters", "regexFind", [.string("\\pL+"), .string("1héllo2")], "héllo"),
    FunctionCase("regexFind negated letter", "regexFind", [.string("\\p{^L}"), .string("ab1")], "1"),
    FunctionCase("regexFind greek in class", "regexFind", [.string("[\\p{Greek}\\d]+"), .string("xαβ12x")], "αβ12"),
    FunctionCase("regexFind lowercase script", "regexFind", [.string("\\p{greek}+"), .string("xαβ")], "αβ"),
    FunctionCase("regexMatch emoji escape", "regexMatch", [.string("\\x{1F600}"), .string("a😀")], "true"),
    FunctionCase("regexSplit split unicode", "regexSplit", [.string(""), .string("a😀b"), .int(-1)], "[a 😀 b]"),
    FunctionCase("regexFindAll find all unicode empty", "regexFindAll", [.string("x*"), .string("😀é"), .int(-1)], "[  ]"),
    FunctionCase("regexReplaceAll named groups expand", "regexReplaceAll", [.string("(?P<first>\\w+) (?P<last>\\w+)"), .string("John Smith"), .string("$last, $first")], "Smith, John"),
    FunctionCase("regexReplaceAll angle named groups", "regexReplaceAll", [.string("(?<k>\\w+)=(?<v>\\w+)"), .string("a=1 b=2"), .string("${v}:${k}")], "1:a 2:b"),
    FunctionCase("regexReplaceAll unmatched alternative", "regexReplaceAll", [.string("(a)|b"), .string("ab"), .string("<$1>")], "<a><>"),
    FunctionCase("regexReplaceAll unicode name reference", "regexReplaceAll", [.string("x"), .string("x"), .string("[$é]")], "[]"),
    FunctionCase("regexReplaceAll leading zero reference", "regexReplaceAll", [.string("(x)"), .string("x"), .string("[$01]")], "[]"),
    FunctionCase("regexReplaceAll brace number", "regexReplaceAll", [.string("(x)"), .string("x"), .string("[${1}1]")], "[x1]"),
    FunctionCase("regexReplaceAll unclosed brace", "regexReplaceAll", [.string("(x)"), .string("x"), .string("[${1]")], "[${1]"),
    FunctionCase("regexReplaceAll empty alternative replace", "regexReplaceAll", [.string("a|"), .string("baaac"), .string("-")], "-b---c-"),
    FunctionCase("regexReplaceAll multiline caret", "regexReplaceAll", [.string("(?m)^"), .string("a\nb\n"), .string(">")], ">a\n>b\n>"),
    FunctionCase("regexReplaceAll multiline dollar", "regexReplaceAll", [.string("(?m)$"), .string("a\nb\n"), .string("<")], "a<\nb<\n<"),
    FunctionCase("regexMatch case fold unicode", "regexMatch", [.string("(?i)é"), .string("É")], "true"),
    FunctionCase("regexFindAll case fold scoped", "regexFindAll", [.string("(?i:a)b"), .string("ABAbab"), .int(-1)], "[Ab ab]"),
    FunctionCase("regexFindAll flags off", "regexFindAll", [.string("(?i)a(?-i)b"), .string("ABAbab"), .int(-1)], "[Ab ab]"),
    FunctionCase("regexFind dot all group", "regexFind", [.string("(?s:a.b)"), .string("a\nb")], "a\nb"),
    FunctionCase("regexFind nested quantifier ok", "regexFind", [.string("(?:a{2}){3}"), .string("aaaaaaaa")], "aaaaaa"),
    FunctionCase("regexFind posix negated", "regexFind", [.string("[[:^alpha:]]+"), .string("ab12cd")], "12"),
    FunctionCase("regexFind class bracket literal", "regexFind", [.string("[a[]+"), .string("x[a[")], "[a["),
    FunctionCase("regexFind class escape range", "regexFind", [.string("[\\x41-\\x43]+"), .string("xABCD")], "ABC"),
    FunctionCase("regexFind class dash end", "regexFind", [.string("[a-]+"), .string("x-a-")], "-a-"),
    FunctionCase("mustRegexMatch missing bracket after range", "mustRegexMatch", [.string("[a-"), .string("a")], "error: error parsing regexp: missing closing ]: `[a-`"),
    FunctionCase("mustRegexMatch missing bracket first", "mustRegexMatch", [.string("[]"), .string("a")], "error: error parsing regexp: missing closing ]: `[]`"),
    FunctionCase("regexFind ascii class", "regexFind", [.string("\\p{ASCII}+"), .string("éabé")], "ab"),
    FunctionCase("regexFind letter alias", "regexFind", [.string("\\p{Letter}+"), .string("1ab2")], "ab"),
    FunctionCase("regexMatch assigned", "regexMatch", [.string("^\\p{Assigned}$"), .string("a")], "true"),
    FunctionCase("regexSplit split limit unicode", "regexSplit", [.string("é"), .string("aébéc"), .int(2)], "[a béc]"),
    FunctionCase("regexReplaceAllLiteral literal dollar", "regexReplaceAllLiteral", [.string("b"), .string("abc"), .string("$1${x}")], "a$1${x}c"),
    FunctionCase("regexFindAll find all limit empty", "regexFindAll", [.string("a*"), .string("baaab"), .int(2)], "[ aaa]"),
    FunctionCase("regexReplaceAll capture named digits", "regexReplaceAll", [.string("(?P<1a>x)"), .string("x"), .string("[$1a]")], "[x]"),
    FunctionCase("regexReplaceAll nine digit reference", "regexReplaceAll", [.string("(x)"), .string("x"), .string("[$000000001]")], "[]"),
]

@Test(arguments: regexSyntaxCases)
func regexSyntax(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

/// Go's linear-time engine returns false here. PCRE2 backtracks exponentially, so the bounded
/// match stops with an error instead of hanging.
@Test func regexBacktrackingLimit() {
    let text = String(repeating: "x", count: 40) + "!"
    let row = FunctionCase("regexMatch backtracking", "regexMatch", [.string("^(x+x+)+$"), .string(text)], "")
    let clock = ContinuousClock()
    let start = clock.now
    let output = FunctionHarness.evaluate(row)
    #expect(output == "error: regexp: matching `^(x+x+)+$` reached the PCRE2 backtracking limit; simplify the pattern")
    #expect(clock.now - start < .seconds(30))
}

/// A group repeated once per character nests one PCRE2 frame per character, and a long text
/// must still match within the limits.
@Test func regexLongTextWithinLimits() {
    let text = String(repeating: "ab\n", count: 100_000)
    let row = FunctionCase("regexMatch long text", "regexMatch", [.string("^(?:.|\\n)*$"), .string(text)], "true")
    #expect(FunctionHarness.evaluate(row) == row.expected)
}
