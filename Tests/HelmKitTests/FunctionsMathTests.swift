import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let mathCases: [FunctionCase] = [
    FunctionCase("add", "add", [.int(1), .int(2), .int(3)], "6"),
    FunctionCase("add none", "add", [], "0"),
    FunctionCase("add mixed", "add", [.int(1), .float(2.9), .string("3"), .bool(true), .null, .string("x")], "7"),
    FunctionCase("add wraps", "add", [.int(9223372036854775807), .int(1)], "-9223372036854775808"),
    FunctionCase("add1", "add1", [.float(1.5)], "2"),
    FunctionCase("add1 string", "add1", [.string("41")], "42"),
    FunctionCase("sub", "sub", [.int(10), .float(3.5)], "7"),
    FunctionCase("sub negative", "sub", [.int(-9223372036854775808), .int(1)], "9223372036854775807"),
    FunctionCase("mul", "mul", [.int(2), .int(3), .string("4")], "24"),
    FunctionCase("mul single", "mul", [.int(7)], "7"),
    FunctionCase("mul none", "mul", [], "error: wrong number of args for mul: want at least 1 got 0"),
    FunctionCase("div", "div", [.int(7), .int(2)], "3"),
    FunctionCase("div negative", "div", [.int(-7), .int(2)], "-3"),
    FunctionCase("div by zero", "div", [.int(1), .int(0)], "error: runtime error: integer divide by zero"),
    FunctionCase("div min by minus one", "div", [.int(-9223372036854775808), .int(-1)], "-9223372036854775808"),
    FunctionCase("mod", "mod", [.int(-7), .int(3)], "-1"),
    FunctionCase("mod by zero", "mod", [.int(1), .string("0")], "error: runtime error: integer divide by zero"),
    FunctionCase("max", "max", [.int(1), .int(5), .int(3)], "5"),
    FunctionCase("max strings", "max", [.string("10"), .string("9")], "10"),
    FunctionCase("biggest", "biggest", [.int(1), .float(5.9)], "5"),
    FunctionCase("min", "min", [.int(4), .int(-2), .int(3)], "-2"),
    FunctionCase("min none", "min", [], "error: wrong number of args for min: want at least 1 got 0"),
    FunctionCase("int float", "int", [.float(3.99)], "3"),
    FunctionCase("int negative float", "int", [.float(-3.99)], "-3"),
    FunctionCase("int string", "int", [.string("42")], "42"),
    FunctionCase("int hex string", "int", [.string("0x1F")], "31"),
    FunctionCase("int octal string", "int", [.string("017")], "15"),
    FunctionCase("int zero fraction string", "int", [.string("8.00")], "8"),
    FunctionCase("int fraction string", "int", [.string("8.5")], "0"),
    FunctionCase("int underscores", "int", [.string("1_000")], "1000"),
    FunctionCase("int bad string", "int", [.string("abc")], "0"),
    FunctionCase("int bool", "int", [.bool(true)], "1"),
    FunctionCase("int nil", "int", [.null], "0"),
    FunctionCase("int list", "int", [.list([.int(1)])], "0"),
    FunctionCase("int huge float", "int", [.float(1e20)], "-9223372036854775808"),
    FunctionCase("int64", "int64", [.string("123")], "123"),
    FunctionCase("int64 float", "int64", [.float(2.5)], "2"),
    FunctionCase("float64", "float64", [.string("1.5e3")], "1500"),
    FunctionCase("float64 int", "float64", [.int(3)], "3"),
    FunctionCase("float64 bad", "float64", [.string("x")], "0"),
    FunctionCase("float64 inf", "float64", [.string("-Inf")], "-Inf"),
    FunctionCase("atoi", "atoi", [.string("12")], "12"),
    FunctionCase("atoi bad", "atoi", [.string("12.5")], "0"),
    FunctionCase("atoi signed", "atoi", [.string("+7")], "7"),
    FunctionCase("atoi number", "atoi", [.int(12)], "error: wrong type for value; expected string; got int"),
    FunctionCase("toDecimal", "toDecimal", [.string("0777")], "511"),
    FunctionCase("toDecimal int", "toDecimal", [.int(755)], "493"),
    FunctionCase("toDecimal bad", "toDecimal", [.string("9")], "0"),
    FunctionCase("floor", "floor", [.string("1.7")], "1"),
    FunctionCase("floor negative", "floor", [.float(-1.2)], "-2"),
    FunctionCase("ceil", "ceil", [.float(1.2)], "2"),
    FunctionCase("round", "round", [.float(3.14159), .int(2)], "3.14"),
    FunctionCase("round half", "round", [.float(2.5), .int(0)], "3"),
    FunctionCase("round threshold", "round", [.float(2.4), .int(0), .float(0.4)], "2"),
    FunctionCase("round negative", "round", [.float(-2.5), .int(0)], "-3"),
    FunctionCase("round negative places", "round", [.int(1234), .int(-2)], "1200"),
    FunctionCase("round places int64", "round", [.float(1.5), .int64(0)], "error: wrong type for value; expected int; got int64"),
    FunctionCase("addf", "addf", [.float(0.1), .float(0.2)], "0.3"),
    FunctionCase("addf mixed", "addf", [.int(1), .string("2.5"), .int(3)], "6.5"),
    FunctionCase("addf none", "addf", [], "0"),
    FunctionCase("add1f", "add1f", [.float(0.1)], "1.1"),
    FunctionCase("subf", "subf", [.int(1), .float(0.9)], "0.1"),
    FunctionCase("subf single", "subf", [.int(5)], "5"),
    FunctionCase("mulf", "mulf", [.float(0.1), .int(3)], "0.3"),
    FunctionCase("divf", "divf", [.int(1), .int(3)], "0.3333333333333333"),
    FunctionCase("divf exact", "divf", [.int(10), .int(4)], "2.5"),
    FunctionCase("divf by zero", "divf", [.int(1), .int(0)], "error: decimal division by 0"),
    FunctionCase("divf two thirds", "divf", [.int(2), .int(3)], "0.6666666666666667"),
    FunctionCase("maxf", "maxf", [.int(1), .float(2.5), .string("3")], "3"),
    FunctionCase("minf", "minf", [.int(1), .float(-2.5)], "-2.5"),
    FunctionCase("until", "until", [.int(3)], "[0 1 2]"),
    FunctionCase("until negative", "until", [.int(-3)], "[0 -1 -2]"),
    FunctionCase("until zero", "until", [.int(0)], "[]"),
    FunctionCase("until float", "until", [.float(2.0)], "error: wrong type for value; expected int; got float64"),
    FunctionCase("untilStep", "untilStep", [.int(0), .int(10), .int(3)], "[0 3 6 9]"),
    FunctionCase("untilStep down", "untilStep", [.int(10), .int(0), .int(-4)], "[10 6 2]"),
    FunctionCase("untilStep wrong direction", "untilStep", [.int(0), .int(10), .int(-1)], "[]"),
    FunctionCase("untilStep zero step", "untilStep", [.int(0), .int(10), .int(0)], "[]"),
    FunctionCase("seq none", "seq", [], ""),
    FunctionCase("seq end", "seq", [.int(3)], "1 2 3"),
    FunctionCase("seq end down", "seq", [.int(-2)], "1 0 -1 -2"),
    FunctionCase("seq start end", "seq", [.int(2), .int(5)], "2 3 4 5"),
    FunctionCase("seq start end down", "seq", [.int(5), .int(2)], "5 4 3 2"),
    FunctionCase("seq step", "seq", [.int(1), .int(3), .int(10)], "1 4 7 10"),
    FunctionCase("seq step down", "seq", [.int(10), .int(-3), .int(1)], "10 7 4 1"),
    FunctionCase("seq step wrong way", "seq", [.int(10), .int(3), .int(1)], ""),
    FunctionCase("seq four", "seq", [.int(1), .int(2), .int(3), .int(4)], ""),
    FunctionCase("seq string", "seq", [.string("3")], "error: wrong type for value; expected int; got string"),
]

@Test(arguments: mathCases)
func mathFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

@Test func rangesAreBounded() throws {
    let until = try #require(FunctionHarness.library()["until"])
    #expect(throws: (any Error).self) { try until([.int(Int64.max)]) }
}

@Test func randIntUsesInjectedGenerator() throws {
    let library = FunctionLibrary.standard(randomBelow: { bound in bound - 1 })
    let randInt = try #require(library["randInt"])
    #expect(try randInt([.int(5), .int(10)]).goPrinted == "9")
    #expect(throws: (any Error).self) { try randInt([.int(5), .int(5)]) }
}
