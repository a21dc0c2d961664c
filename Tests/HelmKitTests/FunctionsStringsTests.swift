import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let stringCases: [FunctionCase] = [
    FunctionCase("upper ascii", "upper", [.string("Hello, world")], "HELLO, WORLD"),
    FunctionCase("upper unicode", "upper", [.string("straße émile")], "STRAßE ÉMILE"),
    FunctionCase("upper int is rejected", "upper", [.int(1)], "error: wrong type for value; expected string; got int"),
    FunctionCase("upper nil is rejected", "upper", [.null], "error: wrong type for value; expected string; got interface {}"),
    FunctionCase("lower", "lower", [.string("HeLLo ÀÉ")], "hello àé"),
    FunctionCase("title", "title", [.string("hello wORLD foo_bar x-y 9lives")], "Hello WORLD Foo_bar X-Y 9lives"),
    FunctionCase("untitle", "untitle", [.string("Hello World  FOO")], "hello world  fOO"),
    FunctionCase("trim", "trim", [.string("  \t hi there \n ")], "hi there"),
    FunctionCase("trimAll", "trimAll", [.string("$-"), .string("$-$hi-$")], "hi"),
    FunctionCase("trimall", "trimall", [.string("x"), .string("xxhixx")], "hi"),
    FunctionCase("trimPrefix", "trimPrefix", [.string("foo-"), .string("foo-bar")], "bar"),
    FunctionCase("trimPrefix absent", "trimPrefix", [.string("x"), .string("foo")], "foo"),
    FunctionCase("trimSuffix", "trimSuffix", [.string("-"), .string("release-")], "release"),
    FunctionCase("trimSuffix once", "trimSuffix", [.string("-"), .string("release--")], "release-"),
    FunctionCase("trunc", "trunc", [.int(63), .string("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")], "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk"),
    FunctionCase("trunc negative", "trunc", [.int(-3), .string("abcdef")], "def"),
    FunctionCase("trunc negative past start", "trunc", [.int(-10), .string("abc")], "abc"),
    FunctionCase("trunc zero", "trunc", [.int(0), .string("abc")], ""),
    FunctionCase("trunc bytes", "trunc", [.int(2), .string("ééé")], "é"),
    FunctionCase("trunc float length", "trunc", [.float(2.0), .string("abc")], "error: wrong type for value; expected int; got float64"),
    FunctionCase("trunc int64 length", "trunc", [.int64(2), .string("abc")], "error: wrong type for value; expected int; got int64"),
    FunctionCase("abbrev", "abbrev", [.int(5), .string("hello world")], "he..."),
    FunctionCase("abbrev short width", "abbrev", [.int(3), .string("hello world")], "hello world"),
    FunctionCase("abbrev fits", "abbrev", [.int(20), .string("hello world")], "hello world"),
    FunctionCase("abbrevboth", "abbrevboth", [.int(5), .int(10), .string("1234 5678 9123")], "...5678..."),
    FunctionCase("abbrevboth small offset", "abbrevboth", [.int(1), .int(10), .string("1234 5678 9123")], "1234 56..."),
    FunctionCase("abbrevboth tail", "abbrevboth", [.int(10), .int(10), .string("abcdefghijklmno")], "...ijklmno"),
    FunctionCase("substr", "substr", [.int(1), .int(3), .string("abcdef")], "bc"),
    FunctionCase("substr negative start", "substr", [.int(-1), .int(3), .string("abcdef")], "abc"),
    FunctionCase("substr end past length", "substr", [.int(2), .int(10), .string("abcdef")], "cdef"),
    FunctionCase("substr start past end", "substr", [.int(5), .int(2), .string("abcdef")], "error: runtime error: slice bounds out of range [5:2]"),
    FunctionCase("substr end out of range", "substr", [.int(-1), .int(10), .string("abc")], "error: runtime error: slice bounds out of range [:10] with length 3"),
    FunctionCase("substr start out of range", "substr", [.int(5), .int(-1), .string("abc")], "error: runtime error: slice bounds out of range [5:3]"),
    FunctionCase("repeat", "repeat", [.int(3), .string("ab")], "ababab"),
    FunctionCase("repeat negative", "repeat", [.int(-1), .string("ab")], "error: strings: negative Repeat count"),
    FunctionCase("nospace", "nospace", [.string(" a b\tc\n")], "abc"),
    FunctionCase("nospace unicode", "nospace", [.string("é x")], "Ã©x"),
    FunctionCase("initials", "initials", [.string("hello big  World")], "hbW"),
    FunctionCase("swapcase", "swapcase", [.string("This Is A.Test hello")], "tHIS iS a.tEST HELLO"),
    FunctionCase("snakecase", "snakecase", [.string("FirstName")], "first_name"),
    FunctionCase("snakecase abbreviation", "snakecase", [.string("HTTPServer")], "http_server"),
    FunctionCase("snakecase numbers", "snakecase", [.string("Bld4Floor3rd")], "bld4_floor_3rd"),
    FunctionCase("snakecase digits", "snakecase", [.string("http2xx")], "http_2xx"),
    FunctionCase("snakecase mixed", "snakecase", [.string("HTTP20xOK")], "http_20x_ok"),
    FunctionCase("snakecase duration", "snakecase", [.string("Duration2m3s")], "duration_2m3s"),
    FunctionCase("snakecase connectors", "snakecase", [.string(" foo-bar  baz_")], "_foo_bar__baz_"),
    FunctionCase("snakecase punctuation", "snakecase", [.string("v1.2.3-rc")], "v1.2.3_rc"),
    FunctionCase("kebabcase", "kebabcase", [.string("myAppName")], "my-app-name"),
    FunctionCase("kebabcase id", "kebabcase", [.string("MyID9x")], "my-id-9x"),
    FunctionCase("camelcase", "camelcase", [.string("http_server")], "HttpServer"),
    FunctionCase("camelcase capitals", "camelcase", [.string("GOLANG_IS_GREAT")], "GolangIsGreat"),
    FunctionCase("camelcase edges", "camelcase", [.string("_complex__case_")], "_Complex_Case_"),
    FunctionCase("camelcase spaces", "camelcase", [.string("some words-here")], "SomeWordsHere"),
    FunctionCase("camelcase single connector", "camelcase", [.string("_")], "__"),
    FunctionCase("wrap", "wrap", [.int(10), .string("the quick brown fox jumps over")], "the quick\nbrown fox\njumps over"),
    FunctionCase("wrap long word", "wrap", [.int(3), .string("abcdefgh ij")], "abcdefgh\nij"),
    FunctionCase("wrapWith", "wrapWith", [.int(5), .string("<br>"), .string("Hello World abcdefghij")], "Hello<br>World<br>abcde<br>fghij"),
    FunctionCase("contains", "contains", [.string("cat"), .string("catch")], "true"),
    FunctionCase("contains missing", "contains", [.string("dog"), .string("catch")], "false"),
    FunctionCase("hasPrefix", "hasPrefix", [.string("ca"), .string("catch")], "true"),
    FunctionCase("hasSuffix", "hasSuffix", [.string("ch"), .string("catch")], "true"),
    FunctionCase("hasSuffix missing", "hasSuffix", [.string("x"), .string("catch")], "false"),
    FunctionCase("quote", "quote", [.string("a\"b\\c\n\t\u{1}é")], "\"a\\\"b\\\\c\\n\\t\\x01é\""),
    FunctionCase("quote many skips nil", "quote", [.string("a"), .null, .int(1), .list([.int(1), .int(2)])], "\"a\" \"1\" \"[1 2]\""),
    FunctionCase("quote float", "quote", [.float(1.5)], "\"1.5\""),
    FunctionCase("quote map", "quote", [.dictionary(["a": .int(1)])], "\"map[a:1]\""),
    FunctionCase("quote none", "quote", [], ""),
    FunctionCase("quote unprintable", "quote", [.string("\u{a0}\u{200b}😀\u{7f}")], "\"\\u00a0\\u200b😀\\x7f\""),
    FunctionCase("squote", "squote", [.string("a'b"), .int(1), .null, .bool(true)], "'a'b' '1' 'true'"),
    FunctionCase("cat", "cat", [.string("a"), .int(1), .null, .list([.string("b"), .null]), .float(2.5)], "a 1 [b <nil>] 2.5"),
    FunctionCase("cat none", "cat", [], ""),
    FunctionCase("indent", "indent", [.int(2), .string("a\nb\n")], "  a\n  b\n  "),
    FunctionCase("indent zero", "indent", [.int(0), .string("a")], "a"),
    FunctionCase("indent negative", "indent", [.int(-1), .string("a")], "error: strings: negative Repeat count"),
    FunctionCase("nindent", "nindent", [.int(4), .string("a: 1\nb: 2")], "\n    a: 1\n    b: 2"),
    FunctionCase("replace", "replace", [.string("a"), .string("x"), .string("banana")], "bxnxnx"),
    FunctionCase("replace empty old", "replace", [.string(""), .string("-"), .string("abc")], "-a-b-c-"),
    FunctionCase("plural one", "plural", [.string("item"), .string("items"), .int(1)], "item"),
    FunctionCase("plural many", "plural", [.string("item"), .string("items"), .int(2)], "items"),
    FunctionCase("plural int64 count", "plural", [.string("item"), .string("items"), .int64(1)], "error: wrong type for value; expected int; got int64"),
    FunctionCase("toString int", "toString", [.int(42)], "42"),
    FunctionCase("toString float", "toString", [.float(1.5)], "1.5"),
    FunctionCase("toString large float", "toString", [.float(1000000.0)], "1e+06"),
    FunctionCase("toString nil", "toString", [.null], "<nil>"),
    FunctionCase("toString list", "toString", [.list([.int(1), .string("a"), .null])], "[1 a <nil>]"),
    FunctionCase("toString map", "toString", [.dictionary(["b": .int(1), "a": .list([.bool(true)])])], "map[a:[true] b:1]"),
    FunctionCase("toStrings", "toStrings", [.list([.int(1), .string("a"), .null, .float(2.5), .bool(true)])], "[1 a 2.5 true]"),
    FunctionCase("toStrings scalar", "toStrings", [.int(7)], "[7]"),
    FunctionCase("toStrings nil", "toStrings", [.null], "[]"),
    FunctionCase("split", "split", [.string("/"), .string("a/b/c")], "map[_0:a _1:b _2:c]"),
    FunctionCase("split empty separator", "split", [.string(""), .string("abc")], "map[_0:a _1:b _2:c]"),
    FunctionCase("splitList", "splitList", [.string(","), .string("a,b,,c")], "[a b  c]"),
    FunctionCase("splitList empty", "splitList", [.string(","), .string("")], "[]"),
    FunctionCase("splitn", "splitn", [.string("/"), .int(2), .string("a/b/c")], "map[_0:a _1:b/c]"),
    FunctionCase("splitn zero", "splitn", [.string("/"), .int(0), .string("a/b/c")], "map[]"),
    FunctionCase("splitn negative", "splitn", [.string("/"), .int(-1), .string("a/b/c")], "map[_0:a _1:b _2:c]"),
    FunctionCase("join", "join", [.string("-"), .list([.int(1), .string("a"), .null, .bool(true)])], "1-a-true"),
    FunctionCase("join scalar", "join", [.string(","), .string("abc")], "abc"),
    FunctionCase("join nil", "join", [.string(","), .null], ""),
    FunctionCase("sortAlpha", "sortAlpha", [.list([.string("b"), .string("a"), .string("B"), .int(10), .int(9), .string("é")])], "[10 9 B a b é]"),
    FunctionCase("sortAlpha scalar", "sortAlpha", [.int(5)], "[5]"),
    FunctionCase("upper too many args", "upper", [.string("a"), .string("b")], "error: wrong number of args for upper: want 1 got 2"),
    FunctionCase("unicode upper 18", "upper", [.string("ꙮ ᾳ ᾼ")], "ꙮ ᾼ ᾼ"),
    FunctionCase("unicode lower 23", "lower", [.string("İstanbul ıi")], "istanbul ıi"),
    FunctionCase("unicode title 38", "title", [.string("ǆemal ǅ ǈ")], "ǅemal ǅ ǈ"),
    FunctionCase("unicode title 39", "title", [.string("ÀÉÎÕÜ àéîõü")], "ÀÉÎÕÜ Àéîõü"),
    FunctionCase("unicode title 40", "title", [.string("straße STRASSE")], "Straße STRASSE"),
    FunctionCase("unicode title 41", "title", [.string("ﬁne ﬂow")], "ﬁne ﬂow"),
    FunctionCase("unicode title 42", "title", [.string("İstanbul ıi")], "İstanbul Ii"),
    FunctionCase("unicode title 43", "title", [.string("Σίσυφος ΣΑΣ")], "Σίσυφος ΣΑΣ"),
    // Go's typed slices and maps, and nil slices and maps, from the functions that return them.
    FunctionCase("join ints", "join", [.string("-"), FunctionHarness.ints(3)], "0-1-2"),
    FunctionCase("join nil strings", "join", [.string(","), FunctionHarness.nilStrings], ""),
    FunctionCase("join string map", "join", [.string(","), FunctionHarness.stringMap("a,b")], "map[_0:a _1:b]"),
    FunctionCase("sortAlpha ints", "sortAlpha", [FunctionHarness.ints(3)], "[0 1 2]"),
    FunctionCase("sortAlpha strings", "sortAlpha", [FunctionHarness.strings("b,a")], "[a b]"),
    FunctionCase("toStrings ints", "toStrings", [FunctionHarness.ints(2)], "[0 1]"),
    FunctionCase("toString ints", "toString", [FunctionHarness.ints(2)], "[0 1]"),
    FunctionCase("quote strings", "quote", [FunctionHarness.strings("a,b")], "\"[a b]\""),
    FunctionCase("cat ints and string map", "cat", [FunctionHarness.ints(2), FunctionHarness.stringMap("a")], "[0 1] map[_0:a]"),
]

@Test(arguments: stringCases)
func stringFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

@Test func randomStringsUseInjectedGenerator() throws {
    let library = FunctionLibrary.standard(randomBelow: { bound in bound - 1 })
    let alphaNumeric = try #require(library["randAlphaNum"])
    let numeric = try #require(library["randNumeric"])
    let ascii = try #require(library["randAscii"])

    #expect(try alphaNumeric([.int(3)]).goPrinted == "999")
    #expect(try numeric([.int(2)]).goPrinted == "99")
    #expect(try ascii([.int(1)]).goPrinted == "~")
    #expect(try alphaNumeric([.int(-1)]).goPrinted == "")
}

@Test func randomStringLengthIsRandom() throws {
    let library = FunctionLibrary.standard()
    let alpha = try #require(library["randAlpha"])
    let text = try #require(try alpha([.int(16)]).stringValue)
    #expect(text.count == 16)
    #expect(text.allSatisfy { $0.isASCII })
    #expect(text.allSatisfy { $0.isLetter })
}

@Test func shuffleKeepsCharacters() throws {
    let library = FunctionLibrary.standard(randomBelow: { _ in 0 })
    let shuffle = try #require(library["shuffle"])
    let shuffled = try #require(try shuffle([.string("abcd")]).stringValue)
    #expect(shuffled == "bcda")
}
