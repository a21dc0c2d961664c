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
    // Go's typed slices and maps, and nil slices and maps, from the functions that return them.
    FunctionCase("typeOf splitList", "typeOf", [FunctionHarness.strings("a,b")], "[]string"),
    FunctionCase("typeOf regexFindAll no match", "typeOf", [FunctionHarness.nilStrings], "[]string"),
    FunctionCase("typeOf regexSplit", "typeOf", [FunctionHarness.value("regexSplit", [.string(","), .string("a,b"), .int(-1)])], "[]string"),
    FunctionCase("typeOf mustRegexFindAll", "typeOf", [FunctionHarness.value("mustRegexFindAll", [.string("a"), .string("bab"), .int(-1)])], "[]string"),
    FunctionCase("typeOf toStrings", "typeOf", [FunctionHarness.value("toStrings", [.list([.int(1), .int(2)])])], "[]string"),
    FunctionCase("typeOf sortAlpha", "typeOf", [FunctionHarness.value("sortAlpha", [.list([.string("b"), .string("a")])])], "[]string"),
    FunctionCase("typeOf keys", "typeOf", [FunctionHarness.value("keys", [.dictionary(["a": .int(1)])])], "[]string"),
    FunctionCase("typeOf until", "typeOf", [FunctionHarness.ints(3)], "[]int"),
    FunctionCase("typeOf untilStep", "typeOf", [FunctionHarness.value("untilStep", [.int(0), .int(6), .int(2)])], "[]int"),
    FunctionCase("typeOf split", "typeOf", [FunctionHarness.stringMap("a,b")], "map[string]string"),
    FunctionCase("typeOf splitn", "typeOf", [FunctionHarness.value("splitn", [.string(","), .int(2), .string("a,b,c")])], "map[string]string"),
    FunctionCase("typeOf chunk", "typeOf", [FunctionHarness.value("chunk", [.int(2), .list([.int(1), .int(2), .int(3)])])], "[][]interface {}"),
    FunctionCase("typeOf rest of empty list", "typeOf", [FunctionHarness.nilList], "[]interface {}"),
    FunctionCase("typeOf fromJson null", "typeOf", [FunctionHarness.nilMap], "map[string]interface {}"),
    FunctionCase("typeOf fromJsonArray null", "typeOf", [FunctionHarness.value("fromJsonArray", [.string("null")])], "[]interface {}"),
    FunctionCase("typeOf slice of strings", "typeOf", [FunctionHarness.value("slice", [FunctionHarness.strings("a,b"), .int(1)])], "[]string"),
    FunctionCase("kindOf splitList", "kindOf", [FunctionHarness.strings("a")], "slice"),
    FunctionCase("kindOf split", "kindOf", [FunctionHarness.stringMap("a")], "map"),
    FunctionCase("kindOf nil map", "kindOf", [FunctionHarness.nilMap], "map"),
    FunctionCase("typeIs strings", "typeIs", [.string("[]string"), FunctionHarness.strings("a")], "true"),
    FunctionCase("typeIs list type on strings", "typeIs", [.string("[]interface {}"), FunctionHarness.strings("a")], "false"),
    FunctionCase("typeIsLike strings", "typeIsLike", [.string("[]string"), FunctionHarness.strings("a")], "true"),
    FunctionCase("typeIs ints", "typeIs", [.string("[]int"), FunctionHarness.ints(1)], "true"),
    FunctionCase("kindIs string map", "kindIs", [.string("map"), FunctionHarness.stringMap("a")], "true"),
    FunctionCase("deepEqual strings and list", "deepEqual", [FunctionHarness.strings("a"), .list([.string("a")])], "false"),
    FunctionCase("deepEqual strings", "deepEqual", [FunctionHarness.strings("a,b"), FunctionHarness.strings("a,b")], "true"),
    FunctionCase("deepEqual strings differ", "deepEqual", [FunctionHarness.strings("a,b"), FunctionHarness.strings("a,c")], "false"),
    FunctionCase("deepEqual nil and empty strings", "deepEqual", [FunctionHarness.nilStrings, FunctionHarness.value("toStrings", [.list([])])], "false"),
    FunctionCase("deepEqual nil strings", "deepEqual", [FunctionHarness.nilStrings, FunctionHarness.value("regexSplit", [.string("a"), .string("b"), .int(0)])], "true"),
    FunctionCase("deepEqual ints and list", "deepEqual", [FunctionHarness.ints(2), .list([.int(0), .int(1)])], "false"),
    FunctionCase("deepEqual ints", "deepEqual", [FunctionHarness.ints(2), FunctionHarness.value("untilStep", [.int(0), .int(2), .int(1)])], "true"),
    FunctionCase("deepEqual string map and dict", "deepEqual", [FunctionHarness.stringMap("a"), .dictionary(["_0": .string("a")])], "false"),
    FunctionCase("deepEqual string maps", "deepEqual", [FunctionHarness.stringMap("a"), FunctionHarness.value("splitn", [.string(","), .int(5), .string("a")])], "true"),
    FunctionCase("deepEqual nil and empty list", "deepEqual", [FunctionHarness.nilList, .list([])], "false"),
    FunctionCase("deepEqual nil lists", "deepEqual", [FunctionHarness.nilList, FunctionHarness.value("concat", [])], "true"),
    FunctionCase("deepEqual nil and empty map", "deepEqual", [FunctionHarness.nilMap, .dictionary([:])], "false"),
    FunctionCase("empty nil strings", "empty", [FunctionHarness.nilStrings], "true"),
    FunctionCase("empty string map", "empty", [FunctionHarness.stringMap("")], "false"),
    FunctionCase("default for empty ints", "default", [.string("d"), FunctionHarness.ints(0)], "d"),
    FunctionCase("coalesce skips empty ints", "coalesce", [FunctionHarness.ints(0), FunctionHarness.ints(2)], "[0 1]"),
    FunctionCase("typeOf deepCopy of strings", "typeOf", [FunctionHarness.value("deepCopy", [FunctionHarness.strings("a")])], "[]string"),
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
