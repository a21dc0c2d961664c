import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let dictCases: [FunctionCase] = [
    FunctionCase("dict", "dict", [.string("a"), .int(1), .string("b"), .list([.int(2)])], "map[a:1 b:[2]]"),
    FunctionCase("dict odd", "dict", [.string("a"), .int(1), .string("b")], "map[a:1 b:]"),
    FunctionCase("dict key conversion", "dict", [.int(1), .int(2), .bool(true), .string("t"), .null, .int(3), .float(1.5), .int(4)], "map[1:2 1.5:4 <nil>:3 true:t]"),
    FunctionCase("dict empty", "dict", [], "map[]"),
    FunctionCase("get", "get", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a")], "1"),
    FunctionCase("get missing", "get", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("z")], ""),
    FunctionCase("get nested", "get", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("b")], "map[c:x]"),
    FunctionCase("get not map", "get", [.list([]), .string("a")], "error: wrong type for value; expected map[string]interface {}; got []interface {}"),
    FunctionCase("get key not string", "get", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .int(1)], "error: wrong type for value; expected string; got int"),
    FunctionCase("set", "set", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("z"), .list([.int(1)])], "map[a:1 b:map[c:x] e: z:[1]]"),
    FunctionCase("set replaces", "set", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a"), .null], "map[a:<nil> b:map[c:x] e:]"),
    FunctionCase("unset", "unset", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a")], "map[b:map[c:x] e:]"),
    FunctionCase("unset missing", "unset", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("zz")], "map[a:1 b:map[c:x] e:]"),
    FunctionCase("hasKey", "hasKey", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("e")], "true"),
    FunctionCase("hasKey missing", "hasKey", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("zz")], "false"),
    FunctionCase("pluck", "pluck", [.string("a"), .dictionary(["a": .int(1)]), .dictionary(["b": .int(2)]), .dictionary(["a": .int(3)])], "[1 3]"),
    FunctionCase("pluck none", "pluck", [.string("a")], "[]"),
    FunctionCase("pluck not map", "pluck", [.string("a"), .list([])], "error: wrong type for value; expected map[string]interface {}; got []interface {}"),
    FunctionCase("keys", "keys", [.dictionary(["b": .int(1)]), .dictionary(["a": .int(2)])], "[b a]"),
    FunctionCase("keys none", "keys", [], "[]"),
    FunctionCase("values", "values", [.dictionary(["a": .int(1)])], "[1]"),
    FunctionCase("pick", "pick", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a"), .string("e"), .string("zz")], "map[a:1 e:]"),
    FunctionCase("pick nothing", "pick", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "map[]"),
    FunctionCase("pick key not string", "pick", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .int(1)], "error: wrong type for value; expected string; got int"),
    FunctionCase("omit", "omit", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a"), .string("zz")], "map[b:map[c:x] e:]"),
    FunctionCase("dig", "dig", [.string("b"), .string("c"), .string("default"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "x"),
    FunctionCase("dig missing", "dig", [.string("b"), .string("z"), .string("default"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "default"),
    FunctionCase("dig top missing", "dig", [.string("q"), .string("z"), .string("default"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "default"),
    FunctionCase("dig through string", "dig", [.string("a"), .string("c"), .string("default"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "error: interface conversion: interface {} is int, not map[string]interface {}"),
    FunctionCase("dig non-string key", "dig", [.int(1), .string("default"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "error: interface conversion: interface {} is int, not string"),
    FunctionCase("dig too few", "dig", [.string("a"), .dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "error: dig needs at least three arguments"),
    FunctionCase("dig not map", "dig", [.string("a"), .string("d"), .list([])], "error: interface conversion: interface {} is []interface {}, not map[string]interface {}"),
    FunctionCase("deepCopy", "deepCopy", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")])], "map[a:1 b:map[c:x] e:]"),
    FunctionCase("deepCopy list", "deepCopy", [.list([.int(1), .dictionary(["a": .int(2)])])], "[1 map[a:2]]"),
    FunctionCase("deepCopy nil", "deepCopy", [.null], "error: reflect: call of reflect.Value.Type on zero Value"),
    FunctionCase("mustDeepCopy", "mustDeepCopy", [.int(5)], "5"),
    FunctionCase("merge", "merge", [.dictionary(["a": .int(1), "b": .dictionary(["x": .int(1)]), "c": .string(""), "d": .list([.int(1)])]), .dictionary(["a": .int(2), "b": .dictionary(["x": .int(2), "y": .int(2)]), "c": .string("set"), "d": .list([.int(2)]), "e": .int(5)])], "map[a:1 b:map[x:1 y:2] c:set d:[1] e:5]"),
    FunctionCase("merge several", "merge", [.dictionary(["a": .int(0)]), .dictionary(["a": .int(1), "b": .int(1)]), .dictionary(["a": .int(2), "b": .int(2), "c": .int(2)])], "map[a:1 b:1 c:2]"),
    FunctionCase("merge nil source", "merge", [.dictionary(["a": .int(1)]), .dictionary(["a": .null, "b": .null])], "map[a:1]"),
    FunctionCase("merge empty destination values", "merge", [.dictionary(["a": .bool(false), "b": .int(0), "c": .list([]), "d": .dictionary([:])]), .dictionary(["a": .bool(true), "b": .int(7), "c": .list([.int(1)]), "d": .dictionary(["x": .int(1)])])], "map[a:true b:7 c:[1] d:map[x:1]]"),
    FunctionCase("merge map over scalar", "merge", [.dictionary(["a": .string("x"), "b": .string("")]), .dictionary(["a": .dictionary(["k": .int(1)]), "b": .dictionary(["k": .int(2)])])], "map[a:x b:map[k:2]]"),
    FunctionCase("merge scalar over map", "merge", [.dictionary(["a": .dictionary(["k": .int(1)]), "b": .dictionary([:])]), .dictionary(["a": .string("x"), "b": .string("y")])], "map[a:map[k:1] b:y]"),
    FunctionCase("merge list over scalar", "merge", [.dictionary(["a": .string("x"), "b": .int(0)]), .dictionary(["a": .list([.int(1)]), "b": .list([.int(2)])])], "map[a:x b:[2]]"),
    FunctionCase("mergeOverwrite", "mergeOverwrite", [.dictionary(["a": .int(1), "b": .dictionary(["x": .int(1), "z": .int(1)]), "c": .string("keep"), "d": .list([.int(1)])]), .dictionary(["a": .int(2), "b": .dictionary(["x": .int(2), "y": .int(2)]), "c": .string(""), "d": .list([]), "e": .int(5)])], "map[a:2 b:map[x:2 y:2 z:1] c: d:[] e:5]"),
    FunctionCase("mergeOverwrite nil source", "mergeOverwrite", [.dictionary(["a": .int(1)]), .dictionary(["a": .null])], "map[a:<nil>]"),
    FunctionCase("mergeOverwrite map over scalar", "mergeOverwrite", [.dictionary(["a": .string("x")]), .dictionary(["a": .dictionary(["k": .int(1)])])], "map[a:map[k:1]]"),
    FunctionCase("mergeOverwrite scalar over map", "mergeOverwrite", [.dictionary(["a": .dictionary(["k": .int(1)])]), .dictionary(["a": .bool(false)])], "map[a:false]"),
    FunctionCase("mustMerge", "mustMerge", [.dictionary(["a": .int(1)]), .dictionary(["b": .int(2)])], "map[a:1 b:2]"),
    FunctionCase("mustMergeOverwrite", "mustMergeOverwrite", [.dictionary(["a": .int(1)]), .dictionary(["a": .int(2)])], "map[a:2]"),
    FunctionCase("merge not map", "merge", [.dictionary([:]), .list([])], "error: wrong type for value; expected map[string]interface {}; got []interface {}"),
    FunctionCase("set too few args", "set", [.dictionary(["a": .int(1), "b": .dictionary(["c": .string("x")]), "e": .string("")]), .string("a")], "error: wrong number of args for set: want 3 got 2"),
    // Go's typed slices and maps, and nil slices and maps, from the functions that return them.
    FunctionCase("set on string map", "set", [FunctionHarness.stringMap("a"), .string("k"), .string("v")], "error: wrong type for value; expected map[string]interface {}; got map[string]string"),
    FunctionCase("hasKey on string map", "hasKey", [FunctionHarness.stringMap("a"), .string("_0")], "error: wrong type for value; expected map[string]interface {}; got map[string]string"),
    FunctionCase("keys of string map", "keys", [FunctionHarness.stringMap("a")], "error: wrong type for value; expected map[string]interface {}; got map[string]string"),
    FunctionCase("dig into string map", "dig", [.string("_0"), .string("d"), FunctionHarness.stringMap("a")], "error: interface conversion: interface {} is map[string]string, not map[string]interface {}"),
    FunctionCase("set on nil map", "set", [FunctionHarness.nilMap, .string("a"), .int(1)], "error: assignment to entry in nil map"),
    FunctionCase("hasKey on nil map", "hasKey", [FunctionHarness.nilMap, .string("a")], "false"),
    FunctionCase("dig into nil map", "dig", [.string("a"), .string("d"), FunctionHarness.nilMap], "d"),
    FunctionCase("merge nil map into dict", "merge", [.dictionary(["a": .int(1)]), FunctionHarness.nilMap], "map[a:1]"),
]

@Test(arguments: dictCases)
func dictFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

/// Go maps are references, so charts rely on `set`, `unset` and `merge` changing the map that
/// every other variable refers to.
@Test func setChangesMapInPlace() throws {
    let library = FunctionHarness.library()
    let set = try #require(library["set"])
    let unset = try #require(library["unset"])
    let shared = ValueMap(["a": .int(1)])

    let returned = try set([.map(shared), .string("b"), .int(2)])
    #expect(returned.mapValue === shared)
    #expect(shared["b"]?.goPrinted == "2")

    _ = try unset([.map(shared), .string("a")])
    #expect(shared["a"] == nil)
}

@Test func mergeChangesDestinationInPlace() throws {
    let library = FunctionHarness.library()
    let merge = try #require(library["merge"])
    let nested = ValueMap(["x": .int(1)])
    let destination = ValueMap(["nested": .map(nested)])
    let source = Value.dictionary(["nested": .dictionary(["y": .int(2)]), "top": .bool(true)])

    let returned = try merge([.map(destination), source])
    #expect(returned.mapValue === destination)
    #expect(destination["top"]?.goPrinted == "true")
    #expect(nested["y"]?.goPrinted == "2")
}

@Test func dictCreatesNewMap() throws {
    let dict = try #require(FunctionHarness.library()["dict"])
    let first = try dict([.string("a"), .int(1)])
    let second = try dict([.string("a"), .int(1)])
    #expect(first.mapValue !== second.mapValue)
}

@Test func deepCopySharesNoMap() throws {
    let deepCopy = try #require(FunctionHarness.library()["deepCopy"])
    let inner = ValueMap(["x": .int(1)])
    let copy = try deepCopy([.dictionary(["inner": .map(inner)])])
    let copiedInner = try #require(copy.mapValue?["inner"]?.mapValue)
    #expect(copiedInner !== inner)
    copiedInner["x"] = .int(2)
    #expect(inner["x"]?.goPrinted == "1")
}

@Test func mergeRejectsMapInsideItself() throws {
    let merge = try #require(FunctionHarness.library()["merge"])
    let cyclic = ValueMap()
    cyclic["self"] = .map(cyclic)
    #expect(throws: (any Error).self) { try merge([.map(cyclic), .map(cyclic)]) }
}
