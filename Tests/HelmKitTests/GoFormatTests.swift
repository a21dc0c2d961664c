import Testing
import HelmKitValues

/// One `printf` case: the format, its operands as a template passes them, and Helm's output.
struct FormatCase: CustomTestStringConvertible, Sendable {
    let format: String
    let arguments: [Value]
    let expected: String

    init(_ format: String, _ arguments: [Value], _ expected: String) {
        self.format = format
        self.arguments = arguments
        self.expected = expected
    }

    var testDescription: String { format }
}

/// Expected texts come from Helm v4.2.3's `{{ printf FORMAT ARGUMENTS… }}` and `{{ print … }}`,
/// with template literals: `5` is a Go int, `2.5` a float64, `(int64 5)` an int64.
@Suite struct GoFormatTests {
    @Test(arguments: cases)
    func sprintfMatchesHelm(_ testCase: FormatCase) {
        #expect(GoFormat.sprintf(testCase.format, testCase.arguments) == testCase.expected)
    }

    @Test func sprintSpacesOnlyBetweenNonStrings() {
        #expect(GoFormat.sprint([.string("a"), .string("b"), .int(1), .int(2), .string("c")]) == "ab1 2c")
        #expect(GoFormat.sprint([.int(1), .int(2)]) == "1 2")
        #expect(GoFormat.sprint([.null]) == "<nil>")
    }

    @Test func sprintlnSeparatesEveryOperand() {
        #expect(GoFormat.sprintln([.string("a"), .string("b"), .int(1)]) == "a b 1\n")
    }

    static let cases: [FormatCase] = [
        FormatCase("%v %d %q", [.string("a"), .int(5), .string("b\n")], "a 5 \"b\\n\""),
        FormatCase("%s", [.list([.string("a"), .string("b")])], "[a b]"),
        FormatCase("%d", [.list([.int(1), .int(2)])], "[1 2]"),
        FormatCase("%d", [.string("x")], "%!d(string=x)"),
        FormatCase("%s", [.int(5)], "%!s(int=5)"),
        FormatCase("%v", [], "%!v(MISSING)"),
        FormatCase("%d %d", [.int(1)], "1 %!d(MISSING)"),
        FormatCase("no verbs", [.int(1), .string("a")], "no verbs%!(EXTRA int=1, string=a)"),
        FormatCase("%", [.int(1)], "%!(NOVERB)%!(EXTRA int=1)"),
        FormatCase("%5d|%-5d|%05d|%+d|% d", [.int(42), .int(42), .int(-42), .int(42), .int(42)], "   42|42   |-0042|+42| 42"),
        FormatCase("%x %X %o %O %b %#x %#o %#b", [.int(255), .int(255), .int(8), .int(8), .int(5), .int(255), .int(8), .int(5)], "ff FF 10 0o10 101 0xff 010 0b101"),
        FormatCase("%c %q %U %#U", [.int(65), .int(9786), .int(128512), .int(65)], "A '☺' U+1F600 U+0041 'A'"),
        FormatCase("%.2f %.2f %.0f %.0f %.1f", [.float(2.675), .float(1.005), .float(0.5), .float(1.5), .float(0.25)], "2.67 1.00 0 2 0.2"),
        FormatCase("%f %e %E %g %G", [.float(3.14159), .float(123456.789), .float(0.000123), .float(1e+21), .float(1e-07)], "3.141590 1.234568e+05 1.230000E-04 1e+21 1E-07"),
        FormatCase("%v %v %v %v", [.float(1000000.0), .float(123456789.0), .float(0.1), .float(100.0)], "1e+06 1.23456789e+08 0.1 100"),
        FormatCase("%8.3f|%-8.3f|%08.3f|%+.2e", [.float(3.14159), .float(3.14159), .float(-3.14159), .float(12345.678)], "   3.142|3.142   |-003.142|+1.23e+04"),
        FormatCase("%t %t %v", [.bool(true), .bool(false), .bool(true)], "true false true"),
        FormatCase("%d", [.bool(true)], "%!d(bool=true)"),
        FormatCase("%T %T %T %T %T %T %T", [.int(1), .int64(1), .float(1.0), .string("s"), .list([]), .dictionary([:]), .null], "int int64 float64 string []interface {} map[string]interface {} <nil>"),
        FormatCase("%v %d %s", [.null, .null, .null], "<nil> %!d(<nil>) %!s(<nil>)"),
        FormatCase("%*d|%-*d|%.*f", [.int(5), .int(1), .int(5), .int(1), .int(2), .float(3.14159)], "    1|1    |3.14"),
        FormatCase("%*d", [.float(5.0), .int(1)], "%!(BADWIDTH)1"),
        FormatCase("%.*d", [.int(-1), .int(5)], "%!(BADPREC)5"),
        FormatCase("%[2]d %[1]d", [.int(1), .int(2)], "2 1"),
        FormatCase("%[3]d", [.int(1)], "%!d(BADINDEX)"),
        FormatCase("%10s|%-10s|%.2s|%5.1s", [.string("abc"), .string("abc"), .string("abcdef"), .string("xyz")], "       abc|abc       |ab|    x"),
        FormatCase("%x %X % x %#x", [.string("hi"), .string("hi"), .string("hi"), .string("hi")], "6869 6869 68 69 0x6869"),
        FormatCase("%q %+q %#q", [.string("é\t\"x\""), .string("é"), .string("back`tick")], "\"é\\t\\\"x\\\"\" \"\\u00e9\" \"back`tick\""),
        FormatCase("%v", [.dictionary(["a": .int(1), "b": .list([.string("x"), .string("y")]), "c": .dictionary([:]), "d": .list([]), "e": .null])], "map[a:1 b:[x y] c:map[] d:[] e:<nil>]"),
        FormatCase("%s", [.dictionary(["a": .int(1), "b": .string("x")])], "map[a:%!s(int=1) b:x]"),
        FormatCase("%d", [.dictionary(["a": .int(1), "b": .string("x")])], "map[%!d(string=a):1 %!d(string=b):%!d(string=x)]"),
        FormatCase("%+v", [.dictionary(["a": .int(1)])], "map[a:1]"),
        FormatCase("%5v", [.list([.int(1), .int(22)])], "[    1    22]"),
        FormatCase("%05d", [.int(-3)], "-0003"),
        FormatCase("%.3d", [.int(7)], "007"),
        FormatCase("%.0d|%5.0d|", [.int(0), .int(0)], "|     |"),
        FormatCase("%!", [], "%!!(MISSING)"),
        FormatCase("%z", [.int(1)], "%!z(int=1)"),
        FormatCase("%s %s", [.string("a"), .string("b"), .int(3), .null, .list([.int(1)])], "a b%!(EXTRA int=3, <nil>, []interface {}=[1])"),
        FormatCase("%v", [.float(-0.0)], "-0"),
        FormatCase("%g %g", [.float(1e+100), .float(2.5e-05)], "1e+100 2.5e-05"),
        FormatCase("%6.2v|%.3v|%.10v", [.float(3.14159), .float(1234.5678), .float(0.3333333333333333)], "   3.1|1.23e+03|0.3333333333"),
        FormatCase("%#v %#v %#v", [.int(1), .string("a"), .float(1.0)], "1 \"a\" 1"),
        FormatCase("%.3g|%.3g|%#g|%#.3g", [.float(1234567.0), .float(0.0001234), .float(1.0), .float(2.0)], "1.23e+06|0.000123|1.00000|2.00"),
        FormatCase("%d%%", [.int(50)], "50%"),
        FormatCase("%-05d|", [.int(3)], "3    |"),
        FormatCase("%+.1f %+.1f", [.float(1.25), .float(-1.25)], "+1.2 -1.2"),
        FormatCase("% .2f", [.float(2.5)], " 2.50"),
        FormatCase("%e", [.float(0.0)], "0.000000e+00"),
        FormatCase("%.3e", [.float(1.0005)], "1.000e+00"),
        FormatCase("%10.4v|", [.string("abcdefg")], "      abcd|"),
        FormatCase("%c", [.int(-1)], "�"),
        FormatCase("%s", [.list([.int(1), .string("a"), .null])], "[%!s(int=1) a <nil>]"),
        FormatCase("%q", [.list([.string("a"), .int(1)])], "[\"a\" '\\x01']"),
        FormatCase("%x", [.list([.string("a"), .int(255)])], "[61 ff]"),
        FormatCase("%.1f %.1f %.1f", [.float(0.05), .float(0.15), .float(0.35)], "0.1 0.1 0.3"),
        FormatCase("%.15f", [.float(0.1)], "0.100000000000000"),
        FormatCase("%.20g", [.float(0.1)], "0.10000000000000000555"),
        FormatCase("%6.2f%%", [.float(99.5)], " 99.50%"),
        FormatCase("%v", [.int64(-9223372036854775808)], "-9223372036854775808"),
        FormatCase("%x", [.int(-255)], "-ff"),
        FormatCase("%08.3e|%-12e|", [.float(-1.5), .float(1.5)], "-1.500e+00|1.500000e+00|"),
        FormatCase("%+v %+d", [.int(5), .int(5)], "5 +5"),
        FormatCase("%s|%d|%5.2f|%t", [.float(1.5), .float(1.0), .int(5), .string("x")], "%!s(float64=1.5)|%!d(float64=1)|%!f(int=   05)|%!t(string=x)"),
        FormatCase("%x|%X|%b|%x", [.float(1.5), .float(-0.1), .float(1.0), .float(0.0)], "0x1.8p+00|-0X1.999999999999AP-04|4503599627370496p-52|0x0p+00"),
        FormatCase("%.2x|%#x|%10.3X|", [.float(3.14159), .float(1.0), .float(2.5)], "0x1.92p+01|0x1.0000p+00|0X1.400P+01|"),
        FormatCase("%6.3v|%-8q|%08s|%x", [.string("abcdef"), .string("a"), .string("ab"), .int(-1)], "   abc|\"a\"     |000000ab|-1"),
        FormatCase("%c|%c|%q", [.int(128512), .int(55296), .int(10)], "😀|�|'\\n'"),
        FormatCase("%3c|%-4q|%U", [.int(65), .int(66), .int(1114112)], "  A|'B' |U+110000"),
        FormatCase("%e|%.0e|%#.0e|%#.0f", [.float(1e-300), .float(5.5), .float(5.0), .float(3.0)], "1.000000e-300|6e+00|5.e+00|3."),
        FormatCase("%#v", [.list([.string("a")])], "[]interface {}{\"a\"}"),
        FormatCase("%#v|%#v|%#v|%#v|%#v", [.float(1.0), .float(1e+21), .float(2.5), .int64(3), .bool(true)], "1|1e+21|2.5|3|true"),
        FormatCase("%#v", [.list([.float(1.0), .null, .dictionary(["a": .int(1), "b": .list([.string("x")])]), .string("s"), .int(2)])], "[]interface {}{1, interface {}(nil), map[string]interface {}{\"a\":1, \"b\":[]interface {}{\"x\"}}, \"s\", 2}"),
        FormatCase("%#v|%#v", [.null, .dictionary([:])], "<nil>|map[string]interface {}{}"),
    ]
}
