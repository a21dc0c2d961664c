import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let helmCases: [FunctionCase] = [
    FunctionCase("toYaml map", "toYaml", [.dictionary(["b": .list([.int(1), .string("two"), .dictionary(["c": .bool(true)])]), "a": .float(1.5), "n": .null])], "a: 1.5\nb:\n- 1\n- two\n- c: true\n\"n\": null"),
    FunctionCase("toYaml string", "toYaml", [.string("hello")], "hello"),
    FunctionCase("toYaml empty map", "toYaml", [.dictionary([:])], "{}"),
    FunctionCase("toYaml nil", "toYaml", [.null], "null"),
    FunctionCase("toYaml multiline", "toYaml", [.dictionary(["s": .string("a\nb\n")])], "s: |\n  a\n  b"),
    FunctionCase("mustToYaml", "mustToYaml", [.list([.int(1), .int(2)])], "- 1\n- 2"),
    FunctionCase("toYamlPretty scalar map", "toYamlPretty", [.dictionary(["a": .int(1), "b": .string("x")])], "a: 1\nb: x"),
    FunctionCase("fromYaml", "fromYaml", [.string("a: 1\nb: [x, 2]\nc: {d: null}")], "map[a:1 b:[x 2] c:map[d:<nil>]]"),
    FunctionCase("fromYaml list", "fromYaml", [.string("- a")], "map[Error:error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}]"),
    FunctionCase("fromYaml bad", "fromYaml", [.string("a: [")], "map[Error:error converting YAML to JSON: yaml: line 1: did not find expected node content]"),
    FunctionCase("fromYaml empty", "fromYaml", [.string("")], "map[]"),
    FunctionCase("fromYaml scalar", "fromYaml", [.string("3")], "map[Error:error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}]"),
    FunctionCase("fromYamlArray", "fromYamlArray", [.string("- 1\n- b")], "[1 b]"),
    FunctionCase("fromYamlArray map", "fromYamlArray", [.string("a: 1")], "[error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}]"),
    FunctionCase("fromYamlArray empty", "fromYamlArray", [.string("")], "[]"),
    FunctionCase("toJson", "toJson", [.dictionary(["b": .list([.int(1), .string("<&>"), .float(2.5)]), "a": .null])], "{\"a\":null,\"b\":[1,\"\\u003c\\u0026\\u003e\",2.5]}"),
    FunctionCase("toJson string", "toJson", [.string("x\"y")], "\"x\\\"y\""),
    FunctionCase("toJson nil", "toJson", [.null], "null"),
    FunctionCase("mustToJson", "mustToJson", [.list([.bool(true), .int(1)])], "[true,1]"),
    FunctionCase("toPrettyJson", "toPrettyJson", [.dictionary(["a": .list([.int(1), .dictionary([:])]), "b": .list([]), "c": .dictionary(["d": .string("e")])])], "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": [],\n  \"c\": {\n    \"d\": \"e\"\n  }\n}"),
    FunctionCase("toPrettyJson scalar", "toPrettyJson", [.string("x")], "\"x\""),
    FunctionCase("mustToPrettyJson", "mustToPrettyJson", [.list([])], "[]"),
    FunctionCase("toRawJson", "toRawJson", [.dictionary(["a": .string("<&> \\u003c")])], "{\"a\":\"<&> \\\\u003c\"}"),
    FunctionCase("mustToRawJson", "mustToRawJson", [.list([.string("<")])], "[\"<\"]"),
    FunctionCase("fromJson", "fromJson", [.string("{\"a\": 1, \"b\": [1, 2.5, \"x\"], \"c\": null}")], "map[a:1 b:[1 2.5 x] c:<nil>]"),
    FunctionCase("fromJson array", "fromJson", [.string("[1]")], "map[Error:json: cannot unmarshal array into Go value of type map[string]interface {}]"),
    FunctionCase("fromJson truncated", "fromJson", [.string("{")], "map[Error:unexpected end of JSON input]"),
    FunctionCase("fromJson trailing", "fromJson", [.string("{\"a\":1} x")], "map[Error:invalid character 'x' after top-level value]"),
    FunctionCase("fromJsonArray", "fromJsonArray", [.string("[1, \"a\"]")], "[1 a]"),
    FunctionCase("fromJsonArray object", "fromJsonArray", [.string("{}")], "[json: cannot unmarshal object into Go value of type []interface {}]"),
    FunctionCase("fromJsonArray empty", "fromJsonArray", [.string("")], "[unexpected end of JSON input]"),
    FunctionCase("mustFromJson", "mustFromJson", [.string("[1, 2.5]")], "[1 2.5]"),
    FunctionCase("mustFromJson bad", "mustFromJson", [.string("{")], "error: unexpected end of JSON input"),
    FunctionCase("mustFromJson scalar", "mustFromJson", [.string("\"s\"")], "s"),
    FunctionCase("lookup", "lookup", [.string("v1"), .string("Secret"), .string("default"), .string("name")], "map[]"),
    FunctionCase("lookup wrong count", "lookup", [.string("v1"), .string("Secret")], "error: wrong number of args for lookup: want 4 got 2"),
    FunctionCase("getHostByName", "getHostByName", [.string("localhost")], ""),
    FunctionCase("toToml nested", "toToml", [.dictionary(["z": .int(1), "b": .dictionary(["c": .string("x"), "e": .dictionary(["f": .bool(true)])]), "d": .list([.int(1), .int(2)]), "s": .string("q\"uo\nte"), "fl": .float(1.5), "n": .null, "l": .list([.dictionary(["a": .int(1)]), .dictionary(["b": .int(2)])]), "emp": .dictionary([:]), "big": .float(1e20)])], "big = 1e+20\nd = [1, 2]\nfl = 1.5\ns = \"q\\\"uo\\nte\"\nz = 1\n\n[b]\n  c = \"x\"\n  [b.e]\n    f = true\n\n[emp]\n\n[[l]]\n  a = 1\n\n[[l]]\n  b = 2\n"),
    FunctionCase("toToml list", "toToml", [.list([.int(1), .string("a")])], "[1, \"a\"]"),
    FunctionCase("toToml string", "toToml", [.string("x")], "\"x\""),
    FunctionCase("toToml float whole", "toToml", [.dictionary(["a": .float(2.0), "b": .float(-0.5)])], "a = 2.0\nb = -0.5\n"),
    FunctionCase("toToml quoted keys", "toToml", [.dictionary(["a b": .int(1), "c.d": .dictionary(["e f": .int(2)]), "": .int(3)])], "\"\" = 3\n\"a b\" = 1\n\n[\"c.d\"]\n  \"e f\" = 2\n"),
    FunctionCase("toToml inline table", "toToml", [.dictionary(["a": .list([.int(1), .dictionary(["x": .int(1), "y": .dictionary(["z": .int(2)])])])])], "a = [1, {x = 1, y = {z = 2}}]\n"),
    FunctionCase("toToml nil element", "toToml", [.dictionary(["a": .list([.int(1), .null])])], "toml: cannot encode array with nil element"),
    FunctionCase("toToml nil", "toToml", [.null], "error: reflect: call of reflect.Value.Type on zero Value"),
    FunctionCase("toToml control characters", "toToml", [.dictionary(["a": .string("\u{1}\t\u{7f}")])], "a = \"\\u0001\\t\\u007f\"\n"),
    FunctionCase("mustToToml", "mustToToml", [.dictionary(["a": .int(1)])], "a = 1\n"),
    FunctionCase("mustToToml nil element", "mustToToml", [.list([.null])], "error: toml: cannot encode array with nil element"),
]

@Test(arguments: helmCases)
func helmFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}
