import HelmKitFunctions
import HelmKitTemplate
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let defaultCases: [FunctionCase] = [
    FunctionCase("default given", "default", [.string("d"), .string("x")], "x"),
    FunctionCase("default empty string", "default", [.string("d"), .string("")], "d"),
    FunctionCase("default nil", "default", [.string("d"), .null], "d"),
    FunctionCase("default zero", "default", [.string("d"), .int(0)], "d"),
    FunctionCase("default zero float", "default", [.string("d"), .float(0.0)], "d"),
    FunctionCase("default false", "default", [.bool(true), .bool(false)], "true"),
    FunctionCase("default empty list", "default", [.list([.int(1)]), .list([])], "[1]"),
    FunctionCase("default empty map", "default", [.string("d"), .dictionary([:])], "d"),
    FunctionCase("default only", "default", [.string("d")], "d"),
    FunctionCase("default extra", "default", [.string("d"), .string("x"), .string("y")], "x"),
    FunctionCase("default none", "default", [], "error: wrong number of args for default: want at least 1 got 0"),
    FunctionCase("empty nil", "empty", [.null], "true"),
    FunctionCase("empty zero", "empty", [.int(0)], "true"),
    FunctionCase("empty string", "empty", [.string("a")], "false"),
    FunctionCase("empty map", "empty", [.dictionary([:])], "true"),
    FunctionCase("empty false", "empty", [.bool(false)], "true"),
    FunctionCase("empty float", "empty", [.float(0.5)], "false"),
    FunctionCase("coalesce", "coalesce", [.null, .string(""), .int(0), .string("x"), .string("y")], "x"),
    FunctionCase("coalesce all empty", "coalesce", [.string(""), .list([])], "<nil>"),
    FunctionCase("coalesce none", "coalesce", [], "<nil>"),
    FunctionCase("all", "all", [.int(1), .string("a"), .list([.int(1)])], "true"),
    FunctionCase("all with empty", "all", [.int(1), .string("")], "false"),
    FunctionCase("all none", "all", [], "true"),
    FunctionCase("any", "any", [.int(0), .string(""), .bool(true)], "true"),
    FunctionCase("any none", "any", [], "false"),
    FunctionCase("any all empty", "any", [.int(0), .null], "false"),
    FunctionCase("ternary true", "ternary", [.string("yes"), .string("no"), .bool(true)], "yes"),
    FunctionCase("ternary false", "ternary", [.string("yes"), .string("no"), .bool(false)], "no"),
    FunctionCase("ternary string condition", "ternary", [.string("yes"), .string("no"), .string("true")], "error: wrong type for value; expected bool; got string"),
    FunctionCase("typeOf int", "typeOf", [.int(1)], "int"),
    FunctionCase("typeOf int64", "typeOf", [.int64(1)], "int64"),
    FunctionCase("typeOf float", "typeOf", [.float(1.5)], "float64"),
    FunctionCase("typeOf string", "typeOf", [.string("a")], "string"),
    FunctionCase("typeOf nil", "typeOf", [.null], "<nil>"),
    FunctionCase("typeOf list", "typeOf", [.list([])], "[]interface {}"),
    FunctionCase("typeOf map", "typeOf", [.dictionary([:])], "map[string]interface {}"),
    FunctionCase("typeOf bool", "typeOf", [.bool(true)], "bool"),
    FunctionCase("kindOf int", "kindOf", [.int(1)], "int"),
    FunctionCase("kindOf list", "kindOf", [.list([])], "slice"),
    FunctionCase("kindOf map", "kindOf", [.dictionary([:])], "map"),
    FunctionCase("kindOf nil", "kindOf", [.null], "invalid"),
    FunctionCase("kindOf float", "kindOf", [.float(2.5)], "float64"),
    FunctionCase("typeIs", "typeIs", [.string("int"), .int(1)], "true"),
    FunctionCase("typeIs mismatch", "typeIs", [.string("int64"), .int(1)], "false"),
    FunctionCase("typeIsLike", "typeIsLike", [.string("string"), .string("x")], "true"),
    FunctionCase("kindIs", "kindIs", [.string("map"), .dictionary([:])], "true"),
    FunctionCase("kindIs slice", "kindIs", [.string("slice"), .list([])], "true"),
    FunctionCase("kindIs mismatch", "kindIs", [.string("string"), .int(1)], "false"),
    FunctionCase("deepEqual", "deepEqual", [.dictionary(["a": .list([.int(1), .int(2)])]), .dictionary(["a": .list([.int(1), .int(2)])])], "true"),
    FunctionCase("deepEqual types differ", "deepEqual", [.int(1), .float(1.0)], "false"),
    FunctionCase("deepEqual strings", "deepEqual", [.string("a"), .string("b")], "false"),
    FunctionCase("deepEqual nil", "deepEqual", [.null, .null], "true"),
    FunctionCase("required present", "required", [.string("msg"), .string("value")], "value"),
    FunctionCase("required zero", "required", [.string("msg"), .int(0)], "0"),
    FunctionCase("required empty", "required", [.string("value is required"), .string("")], "error: value is required"),
    FunctionCase("required nil", "required", [.string("value is required"), .null], "error: value is required"),
    FunctionCase("fail", "fail", [.string("stop here")], "error: stop here"),
]

@Test(arguments: defaultCases)
func defaultFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

/// Helm's engine shows only the text between these markers, as `execution error at (…): TEXT`.
@Test func requiredWrapsMessageInHelmMarkers() throws {
    let required = try #require(FunctionHarness.library()["required"])
    do {
        _ = try required([.string("need it"), .null])
        Issue.record("required returned for a nil value")
    } catch FunctionCallError.failed(let message) {
        #expect(message == "HELM_ERR_STARTneed itHELM_ERR_END")
    }
}
