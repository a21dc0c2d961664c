import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let regexCases: [FunctionCase] = [
    FunctionCase("regexMatch", "regexMatch", [.string("^[a-z]+\\d$"), .string("abc1")], "true"),
    FunctionCase("regexMatch no match", "regexMatch", [.string("^b"), .string("abc")], "false"),
    FunctionCase("regexMatch bad pattern", "regexMatch", [.string("("), .string("a")], "false"),
    FunctionCase("regexMatch end of text", "regexMatch", [.string("^a$"), .string("a\n")], "false"),
    FunctionCase("regexMatch multiline", "regexMatch", [.string("(?m)^b$"), .string("a\nb\nc")], "true"),
    FunctionCase("regexMatch dot carriage return", "regexMatch", [.string("^a.b$"), .string("a\rb")], "true"),
    FunctionCase("regexMatch dot newline", "regexMatch", [.string("^a.b$"), .string("a\nb")], "false"),
    FunctionCase("regexMatch dot all", "regexMatch", [.string("(?s)^a.b$"), .string("a\nb")], "true"),
    FunctionCase("regexMatch class bracket", "regexMatch", [.string("^[]a]+$"), .string("]a]")], "true"),
    FunctionCase("regexMatch posix class", "regexMatch", [.string("^[[:alpha:]]+$"), .string("abc")], "true"),
    FunctionCase("regexMatch unicode", "regexMatch", [.string("^\\p{L}+$"), .string("héllo")], "true"),
    FunctionCase("mustRegexMatch", "mustRegexMatch", [.string("b+"), .string("abbc")], "true"),
    FunctionCase("mustRegexMatch bad pattern", "mustRegexMatch", [.string("("), .string("a")], "error: error parsing regexp: missing closing ): `(`"),
    FunctionCase("mustRegexMatch unexpected paren", "mustRegexMatch", [.string(")"), .string("a")], "error: error parsing regexp: unexpected ): `)`"),
    FunctionCase("mustRegexMatch missing bracket", "mustRegexMatch", [.string("x[a"), .string("a")], "error: error parsing regexp: missing closing ]: `[a`"),
    FunctionCase("mustRegexMatch lookahead", "mustRegexMatch", [.string("a(?=b)"), .string("a")], "error: error parsing regexp: invalid or unsupported Perl syntax: `(?=`"),
    FunctionCase("mustRegexMatch backreference", "mustRegexMatch", [.string("(a)\\1"), .string("aa")], "error: error parsing regexp: invalid escape sequence: `\\1`"),
    FunctionCase("mustRegexMatch trailing backslash", "mustRegexMatch", [.string("a\\"), .string("a")], "error: error parsing regexp: trailing backslash at end of expression: ``"),
    FunctionCase("regexFindAll", "regexFindAll", [.string("[0-9]+"), .string("a12b3c456"), .int(-1)], "[12 3 456]"),
    FunctionCase("regexFindAll limit", "regexFindAll", [.string("[0-9]"), .string("a1b2c3"), .int(2)], "[1 2]"),
    FunctionCase("regexFindAll zero", "regexFindAll", [.string("[0-9]"), .string("a1b2c3"), .int(0)], "[]"),
    FunctionCase("regexFindAll empty matches", "regexFindAll", [.string("a*"), .string("baaac"), .int(-1)], "[ aaa ]"),
    FunctionCase("regexFindAll bad pattern", "regexFindAll", [.string("("), .string("a"), .int(-1)], "error: regexp: Compile(`(`): error parsing regexp: missing closing ): `(`"),
    FunctionCase("mustRegexFindAll bad pattern", "mustRegexFindAll", [.string("("), .string("a"), .int(-1)], "error: error parsing regexp: missing closing ): `(`"),
    FunctionCase("regexFind", "regexFind", [.string("[a-z]+"), .string("123abc456def")], "abc"),
    FunctionCase("regexFind none", "regexFind", [.string("x"), .string("abc")], ""),
    FunctionCase("regexFind bad pattern", "regexFind", [.string("["), .string("a")], "error: regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`"),
    FunctionCase("mustRegexFind", "mustRegexFind", [.string("b."), .string("abcd")], "bc"),
    FunctionCase("regexReplaceAll", "regexReplaceAll", [.string("a(x*)b"), .string("-ab-axxb-"), .string("${1}W")], "-W-xxW-"),
    FunctionCase("regexReplaceAll name run", "regexReplaceAll", [.string("a(x*)b"), .string("-ab-axxb-"), .string("$1W")], "---"),
    FunctionCase("regexReplaceAll named", "regexReplaceAll", [.string("(?P<n>x+)"), .string("axxb"), .string("[$n][$$][$][${n}]")], "a[xx][$][$][xx]b"),
    FunctionCase("regexReplaceAll empty matches", "regexReplaceAll", [.string("x*"), .string("abc"), .string("-")], "-a-b-c-"),
    FunctionCase("regexReplaceAll unicode", "regexReplaceAll", [.string("é"), .string("aéb😀é"), .string("E")], "aEb😀E"),
    FunctionCase("mustRegexReplaceAll", "mustRegexReplaceAll", [.string("\\s+"), .string("a  b \t c"), .string(" ")], "a b c"),
    FunctionCase("regexReplaceAllLiteral", "regexReplaceAllLiteral", [.string("a(x*)b"), .string("-axb-"), .string("${1}$$")], "-${1}$$-"),
    FunctionCase("mustRegexReplaceAllLiteral", "mustRegexReplaceAllLiteral", [.string("b"), .string("abc"), .string("$0")], "a$0c"),
    FunctionCase("regexSplit", "regexSplit", [.string("z+"), .string("pizza"), .int(-1)], "[pi a]"),
    FunctionCase("regexSplit limit", "regexSplit", [.string(","), .string("a,b,c"), .int(2)], "[a b,c]"),
    FunctionCase("regexSplit empty text", "regexSplit", [.string(","), .string(""), .int(-1)], "[]"),
    FunctionCase("regexSplit empty matches", "regexSplit", [.string("a*"), .string("baaac"), .int(-1)], "[b c]"),
    FunctionCase("regexSplit zero", "regexSplit", [.string(","), .string("a,b"), .int(0)], "[]"),
    FunctionCase("regexSplit leading", "regexSplit", [.string(","), .string(",a,"), .int(-1)], "[ a ]"),
    FunctionCase("mustRegexSplit", "mustRegexSplit", [.string("[,;]"), .string("a;b,c"), .int(-1)], "[a b c]"),
    FunctionCase("regexQuoteMeta", "regexQuoteMeta", [.string("a.b*c[d]{e}$^|\\+?()")], "a\\.b\\*c\\[d\\]\\{e\\}\\$\\^\\|\\\\\\+\\?\\(\\)"),
    FunctionCase("regexMatch ascii digits", "regexMatch", [.string("^\\d+$"), .string("١٢٣")], "false"),
    FunctionCase("regexMatch ascii word", "regexMatch", [.string("^\\w+$"), .string("héllo")], "false"),
    FunctionCase("regexMatch ascii space", "regexMatch", [.string("^a\\sb$"), .string("a\u{a0}b")], "false"),
    FunctionCase("regexFindAll digits in class", "regexFindAll", [.string("[\\d.]+"), .string("v1.2 and 3"), .int(-1)], "[1.2 3]"),
    FunctionCase("regexReplaceAll non-word", "regexReplaceAll", [.string("\\W+"), .string("a-b c"), .string("_")], "a_b_c"),
    FunctionCase("regexSplit spaces", "regexSplit", [.string("\\s+"), .string("a  b\tc"), .int(-1)], "[a b c]"),
    FunctionCase("regexMatch non-digit", "regexMatch", [.string("^\\D+$"), .string("abc")], "true"),
]

@Test(arguments: regexCases)
func regexFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}
