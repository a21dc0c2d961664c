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
    FunctionCase("toYamlPretty nested", "toYamlPretty", [.dictionary(["a": .dictionary(["list": .list([.int(1), .string("two"), .dictionary(["x": .bool(true), "z": .list([.int(1), .int(2)])])]), "s": .string("yes"), "on": .bool(true), "e": .string(""), "f": .float(1.5), "big": .float(1e6), "multi": .string("line1\nline2\n"), "colon": .string("a: b"), "num": .string("123"), "empty_list": .list([]), "empty_map": .dictionary([:]), "nested": .list([.list([.int(1), .int(2)]), .list([.int(3)])])])])], "a:\n  big: 1e+06\n  colon: 'a: b'\n  e: \"\"\n  empty_list: []\n  empty_map: {}\n  f: 1.5\n  list:\n    - 1\n    - two\n    - x: true\n      z:\n        - 1\n        - 2\n  multi: |\n    line1\n    line2\n  nested:\n    - - 1\n      - 2\n    - - 3\n  num: \"123\"\n  \"on\": true\n  s: \"yes\""),
    FunctionCase("toYamlPretty list of maps", "toYamlPretty", [.list([.dictionary(["a": .int(1), "b": .dictionary(["c": .int(2)])]), .dictionary(["d": .list([])])])], "- a: 1\n  b:\n    c: 2\n- d: []"),
    FunctionCase("toYamlPretty scalar", "toYamlPretty", [.string("hello")], "hello"),
    FunctionCase("toYamlPretty multiline scalar", "toYamlPretty", [.string("a\nb")], "|-\n  a\n  b"),
    FunctionCase("toYamlPretty nil", "toYamlPretty", [.null], "null"),
    FunctionCase("toYamlPretty block in list", "toYamlPretty", [.list([.string("x\ny"), .dictionary(["k": .string("p\nq\n")])])], "- |-\n  x\n  y\n- k: |\n    p\n    q"),
    FunctionCase("toYamlPretty floats", "toYamlPretty", [.dictionary(["a": .float(1.0), "b": .float(0.000001), "c": .float(123456789.0), "d": .float(-2.5)])], "a: 1\nb: 1e-06\nc: 1.23456789e+08\nd: -2.5"),
    FunctionCase("toYamlPretty key order", "toYamlPretty", [.dictionary(["a10": .int(1), "a2": .int(2), "a_b": .int(3), "ab": .int(4), "a": .int(5), "B": .int(6), "a01": .int(7), "a1": .int(8), "1": .int(9), "-x": .int(10), "a-b": .int(11), "x9y": .int(12), "x9": .int(13), "x10": .int(14)])], "-x: 10\n\"1\": 9\nB: 6\na: 5\na-b: 11\na_b: 3\na1: 8\na01: 7\na2: 2\na10: 1\nab: 4\nx9: 13\nx9y: 12\nx10: 14"),
    FunctionCase("fromToml basic", "fromToml", [.string("a = 1\nb = \"x\"\n[t]\nc = [1, 2.5]")], "map[a:1 b:x t:map[c:[1 2.5]]]"),
    FunctionCase("fromToml truncated", "fromToml", [.string("a = ")], "map[Error:toml: line 1 (last key \"a\"): unexpected EOF; expected value]"),
    FunctionCase("fromToml duplicate key", "fromToml", [.string("a = 1\na = 2")], "map[Error:toml: line 2 (last key \"a\"): Key 'a' has already been defined.]"),
    FunctionCase("fromToml duplicate table", "fromToml", [.string("[t]\nx=1\n[t]\ny=2")], "map[Error:toml: line 3: Key 't' has already been defined.]"),
    FunctionCase("fromToml numbers", "fromToml", [.string("a = 0x1F\nb = 1_000\nc = 1e3\ne = -0.5\nf = 0o17\ng = 0b11\nh = +7")], "map[a:31 b:1000 c:1000 e:-0.5 f:15 g:3 h:7]"),
    FunctionCase("fromToml strings", "fromToml", [.string("a = \"\"\"\nline1\\\n  line2\"\"\"\nb = 'lit\\eral'\nc = \"tab\\there \\u00e9\"")], "map[a:line1line2 b:lit\\eral c:tab\there é]"),
    FunctionCase("fromToml tables", "fromToml", [.string("x.y.z = 1\n[[arr]]\nk = 1\n[[arr]]\nk = 2\n[arr.sub]\nq = true")], "map[arr:[map[k:1] map[k:2 sub:map[q:true]]] x:map[y:map[z:1]]]"),
    FunctionCase("fromToml inline table", "fromToml", [.string("t = {a = 1, b = {c = 2}}")], "map[t:map[a:1 b:map[c:2]]]"),
    FunctionCase("fromToml bad value", "fromToml", [.string("a = tru")], "map[Error:toml: line 1 (last key \"a\"): expected value but found \"tru\" instead]"),
    FunctionCase("fromToml blank key", "fromToml", [.string("= 1")], "map[Error:toml: line 1: unexpected '=': key name appears blank]"),
    FunctionCase("fromToml trailing text", "fromToml", [.string("a = 1 b")], "map[Error:toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'b' instead]"),
    FunctionCase("fromToml comments", "fromToml", [.string("# top\na = [\n  1, # one\n  2,\n]\n\"quoted key\" = false # end")], "map[a:[1 2] quoted key:false]"),
    FunctionCase("fromToml empty", "fromToml", [.string("")], "map[]"),
    FunctionCase("fromToml types", "fromToml", [.string("i = 1\nf = 1.0")], "map[f:1 i:1]"),
    FunctionCase("fromToml dates", "fromToml", [.string("d = 1979-05-27T07:32:00Z\ne = 1979-05-27\nf = 07:32:00\ng = 1979-05-27T07:32:00.5\nh = 1979-05-27T07:32:00-07:00\ni = 1979-05-27 07:32:00Z")], "map[d:1979-05-27 07:32:00 +0000 UTC e:1979-05-27 00:00:00 +0000 date-local f:0000-01-01 07:32:00 +0000 time-local g:1979-05-27 07:32:00.5 +0000 datetime-local h:1979-05-27 07:32:00 -0700 -0700 i:1979-05-27 07:32:00 +0000 UTC]"),
    FunctionCase("toToml time and version", "toToml", [.dictionary(["t": FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")]), "v": FunctionHarness.value("semver", [.string("1.2.3")])])], "t = 2024-07-04T10:20:30+02:00\nv = \"1.2.3\"\n"),
    FunctionCase("toJson version", "toJson", [FunctionHarness.value("semver", [.string("1.2.3")])], "\"1.2.3\""),
    FunctionCase("toJson time", "toJson", [FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30.5+02:00")])], "\"2024-07-04T10:20:30.5+02:00\""),
    FunctionCase("toJson nested objects", "toJson", [.dictionary(["t": FunctionHarness.value("toDate", [.string("2006-01-02"), .string("2024-07-04")]), "v": .list([FunctionHarness.value("semver", [.string("v1.2")])])])], "{\"t\":\"2024-07-04T00:00:00Z\",\"v\":[\"1.2.0\"]}"),
    FunctionCase("toYaml version", "toYaml", [.dictionary(["v": FunctionHarness.value("semver", [.string("v1.2")])])], "v: 1.2.0"),
    FunctionCase("toYaml time", "toYaml", [.dictionary(["t": FunctionHarness.value("toDate", [.string("2006-01-02"), .string("2024-07-04")])])], "t: \"2024-07-04T00:00:00Z\""),
    FunctionCase("toYamlPretty time and version", "toYamlPretty", [.dictionary(["t": FunctionHarness.value("toDate", [.string("2006-01-02"), .string("2024-07-04")]), "v": FunctionHarness.value("semver", [.string("1.2.3")])])], "t: 2024-07-04T00:00:00Z\nv: 1.2.3"),
    FunctionCase("toPrettyJson time", "toPrettyJson", [.list([FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30.5+02:00")])])], "[\n  \"2024-07-04T10:20:30.5+02:00\"\n]"),
    FunctionCase("fromToml error 0", "fromToml", [.string("$1")], "map[Error:toml: line 1: expected '.' or '=', but got '$' instead]"),
    FunctionCase("fromToml error 1", "fromToml", [.string("a $")], "map[Error:toml: line 1: expected '.' or '=', but got '$' instead]"),
    FunctionCase("fromToml error 2", "fromToml", [.string("a")], "map[Error:toml: line 1: unexpected EOF; expected key separator '=']"),
    FunctionCase("fromToml error 3", "fromToml", [.string("a ")], "map[Error:toml: line 1: unexpected EOF; expected key separator '=']"),
    FunctionCase("fromToml error 4", "fromToml", [.string("a.$ = 1")], "map[Error:toml: line 1: expected '.' or '=', but got '$' instead]"),
    FunctionCase("fromToml error 5", "fromToml", [.string("a = 1\n$")], "map[Error:toml: line 2: expected '.' or '=', but got '$' instead]"),
    FunctionCase("fromToml error 6", "fromToml", [.string("a b = 1")], "map[Error:toml: line 1: expected '.' or '=', but got 'b' instead]"),
    FunctionCase("fromToml error 7", "fromToml", [.string("a.b")], "map[Error:toml: line 1: unexpected EOF; expected key separator '=']"),
    FunctionCase("fromToml error 8", "fromToml", [.string("[a")], "map[Error:toml: line 1: expected '.' or ']' to end table name, but got '\\x00' instead]"),
    FunctionCase("fromToml error 9", "fromToml", [.string("[a]x")], "map[Error:toml: line 1 (last key \"a\"): expected a top-level item to end with a newline, comment, or EOF, but got 'x' instead]"),
    FunctionCase("fromToml error 10", "fromToml", [.string("a = [1")], "map[Error:toml: line 1 (last key \"a\"): expected a comma (',') or array terminator (']'), but got end of file]"),
    FunctionCase("fromToml error 11", "fromToml", [.string("a = {b = 1")], "map[Error:toml: line 1 (last key \"a.b\"): expected a comma or an inline table terminator '}', but got end of file instead]"),
    FunctionCase("fromToml error 12", "fromToml", [.string("a = \"x")], "map[Error:toml: line 1 (last key \"a\"): unexpected EOF; expected '\"']"),
    FunctionCase("fromToml error 13", "fromToml", [.string("a = 1\nb")], "map[Error:toml: line 2: unexpected EOF; expected key separator '=']"),
    FunctionCase("fromToml error 14", "fromToml", [.string("[a]\nb = 1\nc")], "map[Error:toml: line 3 (last key \"a\"): unexpected EOF; expected key separator '=']"),
    FunctionCase("fromToml error 15", "fromToml", [.string("[a.b]\nx = [1 2]")], "map[Error:toml: line 2 (last key \"a.b.x\"): expected a comma (',') or array terminator (']'), but got '2']"),
]

@Test(arguments: helmCases)
func helmFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

/// Helm encodes Sprig's `certificate` struct by its fields: `Cert` and `Key` in JSON, `cert` and
/// `key` in `toYamlPretty`, whose go-yaml v3 lower-cases field names.
@Test func certificatesEncodeAsFields() throws {
    let library = FunctionHarness.library()
    let genCA = try #require(library["genCA"])
    let toJson = try #require(library["toJson"])
    let toYamlPretty = try #require(library["toYamlPretty"])
    let authority = try genCA([.string("x"), .int(1)])
    #expect(try toJson([authority]).goPrinted.hasPrefix("{\"Cert\":\"-----BEGIN CERTIFICATE-----\\n"))
    #expect(try toYamlPretty([authority]).goPrinted.hasPrefix("cert: |\n  -----BEGIN CERTIFICATE-----\n"))
}
