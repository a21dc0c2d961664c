import Testing
import HelmKitValues

/// One codec case: its input text and the text Helm v4.2.3 produced for it.
struct CodecCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let expected: String

    init(_ name: String, input: String, expected: String) {
        self.name = name
        self.input = input
        self.expected = expected
    }

    var testDescription: String { name }
}

/// One encoding case with a value built in Swift, for the kinds a template can pass to `toYaml`.
struct ValueCase: CustomTestStringConvertible, Sendable {
    let name: String
    let value: Value
    let expected: String

    init(_ name: String, _ value: Value, _ expected: String) {
        self.name = name
        self.value = value
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Expected texts come from Helm v4.2.3: `{{ .Files.Get "case.yaml" | fromYaml | toJson }}` and
/// `… | toYaml` for the files, and `{{ toYaml EXPRESSION }}` for the values. Helm's `toYaml` trims
/// one final line break, which `YAMLCodec.encode` keeps, so the expectations add it back.
@Suite struct YAMLCodecTests {
    /// Returns what `fromYaml` followed by `toJson` prints, with a failure as `error: MESSAGE`.
    private func fromYAMLThenJSON(_ text: String) -> String {
        do {
            return try JSONCodec.encode(try YAMLCodec.decodeMap(text))
        } catch {
            return "error: \(error)"
        }
    }

    @Test(arguments: decodeCases)
    func decodeMatchesHelm(_ testCase: CodecCase) {
        #expect(fromYAMLThenJSON(testCase.input) == testCase.expected)
    }

    @Test(arguments: encodeCases)
    func encodeOfDecodedMatchesHelm(_ testCase: CodecCase) throws {
        let value = try YAMLCodec.decodeMap(testCase.input)
        #expect(try YAMLCodec.encode(value) == testCase.expected)
    }

    @Test(arguments: valueCases)
    func encodeOfValueMatchesHelm(_ testCase: ValueCase) throws {
        #expect(try YAMLCodec.encode(testCase.value) == testCase.expected)
    }

    @Test func decodeKeepsNumbersAsFloat64() throws {
        let value = try YAMLCodec.decode("a: 1\nb: 0x10\n")
        #expect(value.value(atPath: ["a"])?.goKind == "float64")
        #expect(value.value(atPath: ["b"])?.goPrinted == "16")
    }

    @Test func decodeOfEmptyTextIsNull() throws {
        #expect(try YAMLCodec.decode("").isNull)
        #expect(try YAMLCodec.decode("# comment\n").isNull)
    }

    @Test func decodeListRejectsMapping() {
        #expect(throws: ValueError.self) { try YAMLCodec.decodeList("a: 1") }
        #expect((try? YAMLCodec.decodeList("- a"))?.goPrinted == "[a]")
    }

    @Test func decodeCopiesAliasedMaps() throws {
        let value = try YAMLCodec.decode("a: &x {k: 1}\nb: *x\n")
        guard case .map(let first)? = value.value(atPath: ["a"]),
              case .map(let second)? = value.value(atPath: ["b"]) else {
            Issue.record("expected two maps")
            return
        }
        #expect(first !== second)
    }

    @Test func encodeRejectsNaN() {
        #expect(throws: ValueError.self) { try YAMLCodec.encode(.float(.nan)) }
    }

    static let valueCases: [ValueCase] = [
        ValueCase("top-level string", .string("abc"), "abc\n"),
        ValueCase("top-level kept line breaks", .string("abc\n\n"), "|+\n  abc\n\n"),
        ValueCase("top-level clipped line break", .string("abc\n"), "|\n  abc\n"),
        ValueCase("Go int", .int(42), "42\n"),
        ValueCase("float", .float(1.5), "1.5\n"),
        ValueCase("empty list", .list([]), "[]\n"),
        ValueCase("empty map", .dictionary([:]), "{}\n"),
        ValueCase("nil", .null, "null\n"),
        ValueCase(
            "list of block scalars",
            .list([.string("a\nb"), .list([.int(1), .int(2)]), .dictionary(["k": .string("v\n\n")])]),
            "- |-\n  a\n  b\n- - 1\n  - 2\n- k: |+\n    v\n\n"),
        ValueCase("empty string", .string(""), "\"\"\n"),
        ValueCase("null word", .string("null"), "\"null\"\n"),
        ValueCase(
            "folded non-ASCII",
            .dictionary(["k": .string(String(repeating: "é", count: 43) + " " + String(repeating: "é", count: 46) + " ééééé")]),
            "k: " + String(repeating: "é", count: 43) + " " + String(repeating: "é", count: 46) + "\n  ééééé\n"),
        ValueCase(
            "long run of spaces",
            .dictionary(["k": .string("a" + String(repeating: " ", count: 84) + "b")]),
            "k: a" + String(repeating: " ", count: 84) + "b\n"),
        ValueCase(
            "folded in nested lists",
            .list([.list([.list([.string("deep string that is long enough to wrap around the eighty column limit of the emitter")])])]),
            "- - - deep string that is long enough to wrap around the eighty column limit of the\n      emitter\n"),
        ValueCase(
            "folded double-quoted",
            .dictionary(["k": .string("tab\there and a very long line that goes over the limit so that we can see the wrapping")]),
            "k: \"tab\\there and a very long line that goes over the limit so that we can see the\n  wrapping\"\n"),
        ValueCase("tab after line break", .dictionary(["k": .string("line1\n\tindented with tab")]), "k: \"line1\\n\\tindented with tab\"\n"),
        ValueCase("next line character", .dictionary(["k": .string("\u{85}next line")]), "k: ' next line'\n"),
        ValueCase("carriage return", .dictionary(["k": .string("a\r\nb")]), "k: \"a\\r\\nb\"\n"),
        ValueCase("line separator", .dictionary(["k": .string("x\u{2028}y")]), "k: 'x\u{2028}  y'\n"),
        ValueCase("trailing spaces before break", .dictionary(["k": .string("a\nb   \n")]), "k: \"a\\nb   \\n\"\n"),
        ValueCase("leading hash", .dictionary(["k": .string("#comment")]), "k: '#comment'\n"),
        ValueCase("one trailing break", .dictionary(["k": .string("a\n")]), "k: |\n  a\n"),
        ValueCase(
            "keys needing quotes",
            .dictionary([
                "a b": .int(1), "c:d": .int(2), "e: f": .int(3), "-g": .int(4), "- h": .int(5), "[i]": .int(6),
                "0x1": .int(7), "1e3": .int(8), ".5": .int(9), "Yes": .int(10), "~": .int(11), "": .int(12), "<<": .int(13),
            ]),
            "\"\": 12\n'- h': 5\n-g: 4\n\".5\": 9\n<<: 13\n'[i]': 6\n\"~\": 11\n\"0x1\": 7\n\"1e3\": 8\n\"Yes\": 10\na b: 1\nc:d: 2\n'e: f': 3\n"),
        ValueCase(
            "numbers",
            .list([.int(1000000), .float(1e6), .float(1e20), .float(0.000001), .float(-0.0), .float(3), .float(1e21)]),
            "- 1000000\n- 1000000\n- 1e+20\n- 1e-06\n- 0\n- 3\n- 1e+21\n"),
        ValueCase("NUL character", .dictionary(["k": .string("ab\u{0}cd")]), "k: \"ab\\0cd\"\n"),
        ValueCase("no-break space", .dictionary(["k": .string("\u{a0}x")]), "k: \u{a0}x\n"),
    ]

    static let decodeCases: [CodecCase] = [
        CodecCase(
            "blocks file",
            input: "a: |\n"
            + "  keep\n"
            + "   indented\n"
            + "  \n"
            + "  trailing blank kept\n"
            + "b: >\n"
            + "  folded text\n"
            + "  continues here\n"
            + "\n"
            + "  new paragraph\n"
            + "c: |+\n"
            + "  keep all\n"
            + "\n"
            + "d: >-\n"
            + "  strip\n"
            + "e: |2\n"
            + "   two extra\n"
            + "f: \"multi\n"
            + "  line double\"\n"
            + "g: 'multi\n"
            + "  line single'\n"
            + "h: plain\n"
            + "  multi line\n"
            + "i: # comment after key\n"
            + "  value\n"
            + "j: [a, {b: c}, [d]]\n"
            + "k: {a: [1, 2], b: {c: d}}\n"
            + "l: !!set {a, b}\n"
            + "m: ? complex\n"
            + "n:\n"
            + "  - - nested\n"
            + "    - list\n"
            + "  -\n"
            + "    - x\n",
            expected: "error: error converting YAML to JSON: yaml: line 29: mapping keys are not allowed in this context"),
        CodecCase(
            "bom file",
            input: "\u{feff}a: 1\n"
            + "b: 2\n",
            expected: "{\"a\":1,\"b\":2}"),
        CodecCase(
            "crlf file",
            input: "a: 1\n"
            + "b:\n"
            + "  - x\n"
            + "  - \"y\"\n"
            + "c: |\n"
            + "  line1\n"
            + "  line2\n",
            expected: "{\"a\":1,\"b\":[\"x\",\"y\"],\"c\":\"line1\\nline2\\n\"}"),
        CodecCase(
            "mapping value in plain scalar",
            input: "a: b: c",
            expected: "error: error converting YAML to JSON: yaml: mapping values are not allowed in this context"),
        CodecCase(
            "unclosed flow sequence",
            input: "a: [",
            expected: "error: error converting YAML to JSON: yaml: line 1: did not find expected node content"),
        CodecCase(
            "unknown anchor",
            input: "a: *x",
            expected: "error: error converting YAML to JSON: yaml: unknown anchor 'x' referenced"),
        CodecCase(
            "self-referencing anchor",
            input: "a: &x [*x]",
            expected: "error: error converting YAML to JSON: yaml: anchor 'x' value contains itself"),
        CodecCase(
            "merge of a scalar",
            input: "<<: 1",
            expected: "error: error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value"),
        CodecCase(
            "tab indentation",
            input: "a:\n\tb: 1",
            expected: "error: error converting YAML to JSON: yaml: line 2: found character that cannot start any token"),
        CodecCase(
            "int tag on text",
            input: "a: !!int abc",
            expected: "error: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int"),
        CodecCase(
            "bad indentation",
            input: "a: 1\n b: 2",
            expected: "error: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"),
        CodecCase(
            "unterminated single quote",
            input: "a: 'x",
            expected: "error: error converting YAML to JSON: yaml: found unexpected end of stream"),
        CodecCase(
            "unclosed flow mapping",
            input: "{a: 1",
            expected: "error: error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'"),
        CodecCase(
            "sequence after mapping",
            input: "a: 1\n- b",
            expected: "error: error converting YAML to JSON: yaml: line 1: did not find expected key"),
        CodecCase(
            "sequence as key",
            input: "? [a]\n: 1",
            expected: "error: error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}"),
        CodecCase(
            "null key",
            input: "~: 1",
            expected: "error: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"),
        CodecCase(
            "NaN value",
            input: "a: .nan",
            expected: "error: error converting YAML to JSON: json: unsupported value: NaN"),
        CodecCase(
            "negative infinity",
            input: "b: -.inf",
            expected: "error: error converting YAML to JSON: json: unsupported value: -Inf"),
        CodecCase(
            "unclosed flow in block",
            input: "x: 1\n"
            + "y: [1, 2\n"
            + "z: 3",
            expected: "error: error converting YAML to JSON: yaml: line 2: did not find expected ',' or ']'"),
        CodecCase(
            "sequence entry among keys",
            input: "x:\n"
            + "  - a\n"
            + "  b: c",
            expected: "error: error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator"),
        CodecCase(
            "unknown escape",
            input: "x: \"a\\qb\"",
            expected: "error: error converting YAML to JSON: yaml: found unknown escape character"),
        CodecCase(
            "less-indented block scalar",
            input: "x: |\n"
            + "  a\n"
            + " b",
            expected: "error: error converting YAML to JSON: yaml: line 2: did not find expected key"),
        CodecCase(
            "reserved at sign",
            input: "x: @a",
            expected: "error: error converting YAML to JSON: yaml: found character that cannot start any token"),
        CodecCase(
            "reserved backtick",
            input: "x: `a",
            expected: "error: error converting YAML to JSON: yaml: found character that cannot start any token"),
        CodecCase(
            "duplicate key",
            input: "a: 1\na: 2",
            expected: "{\"a\":2}"),
        CodecCase(
            "binary tag",
            input: "x: !!binary aGVsbG8=",
            expected: "{\"x\":\"hello\"}"),
        CodecCase(
            "invalid base64",
            input: "x: !!binary aGVsbG8",
            expected: "error: error converting YAML to JSON: yaml: !!binary value contains invalid base64 data"),
        CodecCase(
            "second document ignored",
            input: "key: value\n"
            + "---\n"
            + "other: doc",
            expected: "{\"key\":\"value\"}"),
        CodecCase(
            "empty document",
            input: "---\n",
            expected: "{}"),
        CodecCase(
            "comment only",
            input: "# only comment",
            expected: "{}"),
        CodecCase(
            "float tag on text",
            input: "x: !!float abc",
            expected: "error: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!float"),
        CodecCase(
            "null tag on text",
            input: "x: !!null abc",
            expected: "error: error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!null"),
        CodecCase(
            "bool tag",
            input: "x: !!bool yes",
            expected: "{\"x\":true}"),
        CodecCase(
            "str tag",
            input: "x: !!str 1.5",
            expected: "{\"x\":\"1.5\"}"),
        CodecCase(
            "custom tag",
            input: "x: !custom 5",
            expected: "{\"x\":\"5\"}"),
        CodecCase(
            "document end marker",
            input: "x: 1\n"
            + "...\n",
            expected: "{\"x\":1}"),
        CodecCase(
            "percent in plain scalar",
            input: "x: %a",
            expected: "error: error converting YAML to JSON: yaml: found character that cannot start any token"),
        CodecCase(
            "YAML directive",
            input: "%YAML 1.1\n"
            + "---\n"
            + "x: 1",
            expected: "{\"x\":1}"),
        CodecCase(
            "flow sequence as inline key",
            input: "x: [a, b]: c",
            expected: "error: error converting YAML to JSON: yaml: mapping values are not allowed in this context"),
        CodecCase(
            "duplicate flow key",
            input: "x: {a: 1, a: 2}",
            expected: "{\"x\":{\"a\":2}}"),
        CodecCase(
            "double-quoted escape",
            input: "\"x\\u00e9\": 1",
            expected: "{\"xé\":1}"),
        CodecCase(
            "billion laughs",
            input: "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
            + "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
            + "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n",
            expected: "error: error converting YAML to JSON: yaml: document contains excessive aliasing"),
        CodecCase(
            "sequence entry after key",
            input: "o: - x\n",
            expected: "error: error converting YAML to JSON: yaml: block sequence entries are not allowed in this context"),
        CodecCase(
            "keys file",
            input: "1.5: a\n"
            + "0.1: b\n"
            + "3.14159265: c\n"
            + "true: e\n"
            + "0x1F: f\n"
            + ".inf: i\n"
            + "-0x10: j\n"
            + "0o17: k\n"
            + "1:30: p\n"
            + "2001-12-14: q\n"
            + "Off: s\n"
            + "-.5: t\n"
            + "-0b11: v\n"
            + ".NaN: w\n",
            expected: "{\"-0.5\":\"t\",\"-16\":\"j\",\"-3\":\"v\",\".inf\":\"i\",\".nan\":\"w\",\"0.1\":\"b\",\"1.5\":\"a\",\"15\":\"k\",\"1:30\":\"p\",\"2001-12-14\":\"q\",\"3.1415927\":\"c\",\"31\":\"f\",\"false\":\"s\",\"true\":\"e\"}"),
        CodecCase(
            "key over the simple key limit",
            input: String(repeating: "k", count: 1100) + ": v\n"
            + "short: x\n",
            expected: "error: error converting YAML to JSON: yaml: mapping values are not allowed in this context"),
        CodecCase(
            "merges file",
            input: "a: &a {x: 1, y: 2}\n"
            + "b:\n"
            + "  <<: *a\n"
            + "  y: 3\n"
            + "  z: 4\n"
            + "c:\n"
            + "  y: 3\n"
            + "  <<: *a\n"
            + "d:\n"
            + "  <<: [{x: 5}, *a]\n"
            + "e:\n"
            + "  \"<<\": *a\n"
            + "f: *a\n"
            + "g: &s scalar\n"
            + "h: *s\n"
            + "i: !!str 12\n"
            + "j: !!float 3\n",
            expected: "{\"a\":{\"true\":2,\"x\":1},\"b\":{\"true\":3,\"x\":1,\"z\":4},\"c\":{\"true\":2,\"x\":1},\"d\":{\"true\":2,\"x\":5},\"e\":{\"\\u003c\\u003c\":{\"true\":2,\"x\":1}},\"f\":{\"true\":2,\"x\":1},\"g\":\"scalar\",\"h\":\"scalar\",\"i\":\"12\",\"j\":3}"),
        CodecCase(
            "misc file",
            input: "a: value # comment\n"
            + "b:\n"
            + "    - x\n"
            + "    - y\n"
            + "c: 1\t# tab comment\n"
            + "d:    \n"
            + "  e: 1\n"
            + "&k key: v\n"
            + "f: {g, h: }\n"
            + "i:\n"
            + "- ? j\n"
            + "  : k\n"
            + "l: \"a:b\"\n"
            + "m: [a: 1, b]\n"
            + "n: a:b\n"
            + "p: x - y\n"
            + "q: http://x.y/z?a=b\n"
            + "r: !!str\n"
            + "s: |-\n"
            + "\n"
            + "t: >+\n"
            + "  x\n"
            + "\n",
            expected: "{\"a\":\"value\",\"b\":[\"x\",true],\"c\":1,\"d\":{\"e\":1},\"f\":{\"g\":null,\"h\":null},\"false\":\"a:b\",\"i\":[{\"j\":\"k\"}],\"key\":\"v\",\"l\":\"a:b\",\"m\":[{\"a\":1},\"b\"],\"p\":\"x - y\",\"q\":\"http://x.y/z?a=b\",\"r\":\"\",\"s\":\"\",\"t\":\"x\\n\\n\"}"),
        CodecCase(
            "nested file",
            input: "empty_map: {}\n"
            + "empty_list: []\n"
            + "nested:\n"
            + "  a:\n"
            + "    b: []\n"
            + "    c: {}\n"
            + "  list:\n"
            + "  - a\n"
            + "  - b: 1\n"
            + "    c: [1, 2]\n"
            + "  - - x\n"
            + "    - y\n"
            + "  - []\n"
            + "  - {}\n"
            + "  - null\n"
            + "keys:\n"
            + "  a10: 1\n"
            + "  a2: 2\n"
            + "  a1: 3\n"
            + "  b: 4\n"
            + "  B: 5\n"
            + "  _x: 6\n"
            + "  \"1\": 7\n"
            + "  \"10\": 8\n"
            + "  \"9\": 9\n"
            + "  a01: 10\n"
            + "  a001: 11\n"
            + "  \"-1\": 12\n"
            + "  é: 13\n"
            + "anchors:\n"
            + "  base: &base {x: 1, y: 2}\n"
            + "  merged:\n"
            + "    <<: *base\n"
            + "    y: 3\n"
            + "  list: &l [1, 2]\n"
            + "  again: *l\n",
            expected: "{\"anchors\":{\"again\":[1,2],\"base\":{\"true\":2,\"x\":1},\"list\":[1,2],\"merged\":{\"true\":3,\"x\":1}},\"empty_list\":[],\"empty_map\":{},\"keys\":{\"-1\":12,\"1\":7,\"10\":8,\"9\":9,\"B\":5,\"_x\":6,\"a001\":11,\"a01\":10,\"a1\":3,\"a10\":1,\"a2\":2,\"b\":4,\"é\":13},\"nested\":{\"a\":{\"b\":[],\"c\":{}},\"list\":[\"a\",{\"b\":1,\"c\":[1,2]},[\"x\",true],[],{},null]}}"),
        CodecCase(
            "scalars file",
            input: "a: yes\n"
            + "b: No\n"
            + "c: on\n"
            + "d: OFF\n"
            + "e: y\n"
            + "f: n\n"
            + "g: ~\n"
            + "h: null\n"
            + "i:\n"
            + "j: 0x1F\n"
            + "k: 017\n"
            + "l: 0o17\n"
            + "m: 1_000\n"
            + "n: 1:30\n"
            + "o: 2001-12-14\n"
            + "p: 1e3\n"
            + "q: .5\n"
            + "r: -.5\n"
            + "s: +12\n"
            + "t: 1000000\n"
            + "u: 1.0\n"
            + "v: 12345678901234567890\n"
            + "w: 9223372036854775807\n"
            + "x: 1e21\n"
            + "y: 0.0000001\n"
            + "z: 3.14159\n"
            + "aa: \"quoted 12\"\n"
            + "bb: '12'\n"
            + "cc: 1e20\n"
            + "dd: -0\n"
            + "ee: 0.1\n"
            + "ff: 123456789.5\n",
            expected: "{\"a\":true,\"aa\":\"quoted 12\",\"b\":false,\"bb\":\"12\",\"c\":true,\"cc\":100000000000000000000,\"d\":false,\"dd\":0,\"e\":true,\"ee\":0.1,\"f\":false,\"false\":\"1:30\",\"ff\":123456789.5,\"g\":null,\"h\":null,\"i\":null,\"j\":31,\"k\":15,\"l\":15,\"m\":1000,\"o\":\"2001-12-14\",\"p\":1000,\"q\":0.5,\"r\":-0.5,\"s\":12,\"t\":1000000,\"true\":1e-7,\"u\":1,\"v\":12345678901234567000,\"w\":9223372036854776000,\"x\":1e+21,\"z\":3.14159}"),
        CodecCase(
            "strings file",
            input: "plain: hello world\n"
            + "colon: \"a: b\"\n"
            + "hash: \"a #b\"\n"
            + "hash2: \"a#b\"\n"
            + "lead: \" leading\"\n"
            + "trail: \"trailing \"\n"
            + "empty: \"\"\n"
            + "tru: \"true\"\n"
            + "num: \"1\"\n"
            + "flt: \"1.5\"\n"
            + "nul: \"null\"\n"
            + "tilde: \"~\"\n"
            + "date: \"2001-12-14\"\n"
            + "base60: \"1:30\"\n"
            + "dash: \"- a\"\n"
            + "dash2: \"-a\"\n"
            + "star: \"*a\"\n"
            + "amp: \"&a\"\n"
            + "bang: \"!a\"\n"
            + "pct: \"%a\"\n"
            + "at: \"@a\"\n"
            + "back: \"`a\"\n"
            + "brace: \"{a}\"\n"
            + "brack: \"[a]\"\n"
            + "comma: \"a, b\"\n"
            + "q: \"'a'\"\n"
            + "dq: \"\\\"a\\\"\"\n"
            + "qmark: \"? a\"\n"
            + "qmark2: \"?a\"\n"
            + "colon2: \":a\"\n"
            + "colonend: \"a:\"\n"
            + "tab: \"a\\tb\"\n"
            + "uni: \"héllo wörld\"\n"
            + "emoji: \"😀 smile\"\n"
            + "nbsp: \"a\\u00a0b\"\n"
            + "bell: \"a\\u0007b\"\n"
            + "dots: \"...\"\n"
            + "dashes: \"---\"\n"
            + "long: \"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\"\n"
            + "longnospace: \"LoremipsumdolorsitametconsecteturadipiscingelitseddoeiusmodtemporincididuntutlaboreetdoloremagnaaliquaLoremipsum\"\n"
            + "ml1: \"line1\\nline2\"\n"
            + "ml2: \"line1\\nline2\\n\"\n"
            + "ml3: \"line1\\nline2\\n\\n\"\n"
            + "ml4: \"line1 \\nline2\"\n"
            + "ml5: \" lead\\nline2\"\n"
            + "ml6: \"\\nlead break\"\n"
            + "ml7: \"a\\n\\n\\nb\"\n"
            + "ml8: \"a\\n  indented\\nb\"\n"
            + "ml9: \"long line in a block Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\\nsecond\"\n"
            + "mltab: \"a\\tb\\nc\"\n"
            + "json: '{\"a\": 1}'\n"
            + "url: \"http://example.com/a?b=c#d\"\n"
            + "key with spaces: v\n"
            + "\"1\": one\n"
            + "\"true\": t\n"
            + "\"\": emptykey\n"
            + "\"a: b\": k\n"
            + "\"a\\nb\": nl\n"
            + "? \"a very long key that is longer than one hundred and twenty eight characters is emitted as a complex key in libyaml because of the simple key limit\"\n"
            + ": v\n",
            expected: "{\"\":\"emptykey\",\"1\":\"one\",\"a\\nb\":\"nl\",\"a very long key that is longer than one hundred and twenty eight characters is emitted as a complex key in libyaml because of the simple key limit\":\"v\",\"a: b\":\"k\",\"amp\":\"\\u0026a\",\"at\":\"@a\",\"back\":\"`a\",\"bang\":\"!a\",\"base60\":\"1:30\",\"bell\":\"a\\u0007b\",\"brace\":\"{a}\",\"brack\":\"[a]\",\"colon\":\"a: b\",\"colon2\":\":a\",\"colonend\":\"a:\",\"comma\":\"a, b\",\"dash\":\"- a\",\"dash2\":\"-a\",\"dashes\":\"---\",\"date\":\"2001-12-14\",\"dots\":\"...\",\"dq\":\"\\\"a\\\"\",\"emoji\":\"😀 smile\",\"empty\":\"\",\"flt\":\"1.5\",\"hash\":\"a #b\",\"hash2\":\"a#b\",\"json\":\"{\\\"a\\\": 1}\",\"key with spaces\":\"v\",\"lead\":\" leading\",\"long\":\"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\",\"longnospace\":\"LoremipsumdolorsitametconsecteturadipiscingelitseddoeiusmodtemporincididuntutlaboreetdoloremagnaaliquaLoremipsum\",\"ml1\":\"line1\\nline2\",\"ml2\":\"line1\\nline2\\n\",\"ml3\":\"line1\\nline2\\n\\n\",\"ml4\":\"line1 \\nline2\",\"ml5\":\" lead\\nline2\",\"ml6\":\"\\nlead break\",\"ml7\":\"a\\n\\n\\nb\",\"ml8\":\"a\\n  indented\\nb\",\"ml9\":\"long line in a block Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\\nsecond\",\"mltab\":\"a\\tb\\nc\",\"nbsp\":\"a\u{a0}b\",\"nul\":\"null\",\"num\":\"1\",\"pct\":\"%a\",\"plain\":\"hello world\",\"q\":\"'a'\",\"qmark\":\"? a\",\"qmark2\":\"?a\",\"star\":\"*a\",\"tab\":\"a\\tb\",\"tilde\":\"~\",\"trail\":\"trailing \",\"tru\":\"true\",\"true\":\"t\",\"uni\":\"héllo wörld\",\"url\":\"http://example.com/a?b=c#d\"}"),
    ]

    static let encodeCases: [CodecCase] = [
        CodecCase(
            "bom file",
            input: "\u{feff}a: 1\n"
            + "b: 2\n",
            expected: "a: 1\n"
            + "b: 2\n"),
        CodecCase(
            "crlf file",
            input: "a: 1\n"
            + "b:\n"
            + "  - x\n"
            + "  - \"y\"\n"
            + "c: |\n"
            + "  line1\n"
            + "  line2\n",
            expected: "a: 1\n"
            + "b:\n"
            + "- x\n"
            + "- \"y\"\n"
            + "c: |\n"
            + "  line1\n"
            + "  line2\n"),
        CodecCase(
            "duplicate key",
            input: "a: 1\na: 2",
            expected: "a: 2\n"),
        CodecCase(
            "binary tag",
            input: "x: !!binary aGVsbG8=",
            expected: "x: hello\n"),
        CodecCase(
            "second document ignored",
            input: "key: value\n"
            + "---\n"
            + "other: doc",
            expected: "key: value\n"),
        CodecCase(
            "empty document",
            input: "---\n",
            expected: "{}\n"),
        CodecCase(
            "comment only",
            input: "# only comment",
            expected: "{}\n"),
        CodecCase(
            "bool tag",
            input: "x: !!bool yes",
            expected: "x: true\n"),
        CodecCase(
            "str tag",
            input: "x: !!str 1.5",
            expected: "x: \"1.5\"\n"),
        CodecCase(
            "custom tag",
            input: "x: !custom 5",
            expected: "x: \"5\"\n"),
        CodecCase(
            "document end marker",
            input: "x: 1\n"
            + "...\n",
            expected: "x: 1\n"),
        CodecCase(
            "YAML directive",
            input: "%YAML 1.1\n"
            + "---\n"
            + "x: 1",
            expected: "x: 1\n"),
        CodecCase(
            "duplicate flow key",
            input: "x: {a: 1, a: 2}",
            expected: "x:\n"
            + "  a: 2\n"),
        CodecCase(
            "double-quoted escape",
            input: "\"x\\u00e9\": 1",
            expected: "xé: 1\n"),
        CodecCase(
            "keys file",
            input: "1.5: a\n"
            + "0.1: b\n"
            + "3.14159265: c\n"
            + "true: e\n"
            + "0x1F: f\n"
            + ".inf: i\n"
            + "-0x10: j\n"
            + "0o17: k\n"
            + "1:30: p\n"
            + "2001-12-14: q\n"
            + "Off: s\n"
            + "-.5: t\n"
            + "-0b11: v\n"
            + ".NaN: w\n",
            expected: "\"-0.5\": t\n"
            + "\"-3\": v\n"
            + "\"-16\": j\n"
            + "\".inf\": i\n"
            + "\".nan\": w\n"
            + "\"0.1\": b\n"
            + "\"1.5\": a\n"
            + "\"1:30\": p\n"
            + "\"3.1415927\": c\n"
            + "\"15\": k\n"
            + "\"31\": f\n"
            + "\"2001-12-14\": q\n"
            + "\"false\": s\n"
            + "\"true\": e\n"),
        CodecCase(
            "merges file",
            input: "a: &a {x: 1, y: 2}\n"
            + "b:\n"
            + "  <<: *a\n"
            + "  y: 3\n"
            + "  z: 4\n"
            + "c:\n"
            + "  y: 3\n"
            + "  <<: *a\n"
            + "d:\n"
            + "  <<: [{x: 5}, *a]\n"
            + "e:\n"
            + "  \"<<\": *a\n"
            + "f: *a\n"
            + "g: &s scalar\n"
            + "h: *s\n"
            + "i: !!str 12\n"
            + "j: !!float 3\n",
            expected: "a:\n"
            + "  \"true\": 2\n"
            + "  x: 1\n"
            + "b:\n"
            + "  \"true\": 3\n"
            + "  x: 1\n"
            + "  z: 4\n"
            + "c:\n"
            + "  \"true\": 2\n"
            + "  x: 1\n"
            + "d:\n"
            + "  \"true\": 2\n"
            + "  x: 5\n"
            + "e:\n"
            + "  <<:\n"
            + "    \"true\": 2\n"
            + "    x: 1\n"
            + "f:\n"
            + "  \"true\": 2\n"
            + "  x: 1\n"
            + "g: scalar\n"
            + "h: scalar\n"
            + "i: \"12\"\n"
            + "j: 3\n"),
        CodecCase(
            "misc file",
            input: "a: value # comment\n"
            + "b:\n"
            + "    - x\n"
            + "    - y\n"
            + "c: 1\t# tab comment\n"
            + "d:    \n"
            + "  e: 1\n"
            + "&k key: v\n"
            + "f: {g, h: }\n"
            + "i:\n"
            + "- ? j\n"
            + "  : k\n"
            + "l: \"a:b\"\n"
            + "m: [a: 1, b]\n"
            + "n: a:b\n"
            + "p: x - y\n"
            + "q: http://x.y/z?a=b\n"
            + "r: !!str\n"
            + "s: |-\n"
            + "\n"
            + "t: >+\n"
            + "  x\n"
            + "\n",
            expected: "a: value\n"
            + "b:\n"
            + "- x\n"
            + "- true\n"
            + "c: 1\n"
            + "d:\n"
            + "  e: 1\n"
            + "f:\n"
            + "  g: null\n"
            + "  h: null\n"
            + "\"false\": a:b\n"
            + "i:\n"
            + "- j: k\n"
            + "key: v\n"
            + "l: a:b\n"
            + "m:\n"
            + "- a: 1\n"
            + "- b\n"
            + "p: x - y\n"
            + "q: http://x.y/z?a=b\n"
            + "r: \"\"\n"
            + "s: \"\"\n"
            + "t: |+\n"
            + "  x\n"
            + "\n"),
        CodecCase(
            "nested file",
            input: "empty_map: {}\n"
            + "empty_list: []\n"
            + "nested:\n"
            + "  a:\n"
            + "    b: []\n"
            + "    c: {}\n"
            + "  list:\n"
            + "  - a\n"
            + "  - b: 1\n"
            + "    c: [1, 2]\n"
            + "  - - x\n"
            + "    - y\n"
            + "  - []\n"
            + "  - {}\n"
            + "  - null\n"
            + "keys:\n"
            + "  a10: 1\n"
            + "  a2: 2\n"
            + "  a1: 3\n"
            + "  b: 4\n"
            + "  B: 5\n"
            + "  _x: 6\n"
            + "  \"1\": 7\n"
            + "  \"10\": 8\n"
            + "  \"9\": 9\n"
            + "  a01: 10\n"
            + "  a001: 11\n"
            + "  \"-1\": 12\n"
            + "  é: 13\n"
            + "anchors:\n"
            + "  base: &base {x: 1, y: 2}\n"
            + "  merged:\n"
            + "    <<: *base\n"
            + "    y: 3\n"
            + "  list: &l [1, 2]\n"
            + "  again: *l\n",
            expected: "anchors:\n"
            + "  again:\n"
            + "  - 1\n"
            + "  - 2\n"
            + "  base:\n"
            + "    \"true\": 2\n"
            + "    x: 1\n"
            + "  list:\n"
            + "  - 1\n"
            + "  - 2\n"
            + "  merged:\n"
            + "    \"true\": 3\n"
            + "    x: 1\n"
            + "empty_list: []\n"
            + "empty_map: {}\n"
            + "keys:\n"
            + "  \"-1\": 12\n"
            + "  _x: 6\n"
            + "  \"1\": 7\n"
            + "  \"9\": 9\n"
            + "  \"10\": 8\n"
            + "  B: 5\n"
            + "  a1: 3\n"
            + "  a01: 10\n"
            + "  a001: 11\n"
            + "  a2: 2\n"
            + "  a10: 1\n"
            + "  b: 4\n"
            + "  é: 13\n"
            + "nested:\n"
            + "  a:\n"
            + "    b: []\n"
            + "    c: {}\n"
            + "  list:\n"
            + "  - a\n"
            + "  - b: 1\n"
            + "    c:\n"
            + "    - 1\n"
            + "    - 2\n"
            + "  - - x\n"
            + "    - true\n"
            + "  - []\n"
            + "  - {}\n"
            + "  - null\n"),
        CodecCase(
            "scalars file",
            input: "a: yes\n"
            + "b: No\n"
            + "c: on\n"
            + "d: OFF\n"
            + "e: y\n"
            + "f: n\n"
            + "g: ~\n"
            + "h: null\n"
            + "i:\n"
            + "j: 0x1F\n"
            + "k: 017\n"
            + "l: 0o17\n"
            + "m: 1_000\n"
            + "n: 1:30\n"
            + "o: 2001-12-14\n"
            + "p: 1e3\n"
            + "q: .5\n"
            + "r: -.5\n"
            + "s: +12\n"
            + "t: 1000000\n"
            + "u: 1.0\n"
            + "v: 12345678901234567890\n"
            + "w: 9223372036854775807\n"
            + "x: 1e21\n"
            + "y: 0.0000001\n"
            + "z: 3.14159\n"
            + "aa: \"quoted 12\"\n"
            + "bb: '12'\n"
            + "cc: 1e20\n"
            + "dd: -0\n"
            + "ee: 0.1\n"
            + "ff: 123456789.5\n",
            expected: "a: true\n"
            + "aa: quoted 12\n"
            + "b: false\n"
            + "bb: \"12\"\n"
            + "c: true\n"
            + "cc: 1e+20\n"
            + "d: false\n"
            + "dd: 0\n"
            + "e: true\n"
            + "ee: 0.1\n"
            + "f: false\n"
            + "\"false\": \"1:30\"\n"
            + "ff: 1.234567895e+08\n"
            + "g: null\n"
            + "h: null\n"
            + "i: null\n"
            + "j: 31\n"
            + "k: 15\n"
            + "l: 15\n"
            + "m: 1000\n"
            + "o: \"2001-12-14\"\n"
            + "p: 1000\n"
            + "q: 0.5\n"
            + "r: -0.5\n"
            + "s: 12\n"
            + "t: 1000000\n"
            + "\"true\": 1e-07\n"
            + "u: 1\n"
            + "v: 12345678901234567000\n"
            + "w: 9223372036854776000\n"
            + "x: 1e+21\n"
            + "z: 3.14159\n"),
        CodecCase(
            "strings file",
            input: "plain: hello world\n"
            + "colon: \"a: b\"\n"
            + "hash: \"a #b\"\n"
            + "hash2: \"a#b\"\n"
            + "lead: \" leading\"\n"
            + "trail: \"trailing \"\n"
            + "empty: \"\"\n"
            + "tru: \"true\"\n"
            + "num: \"1\"\n"
            + "flt: \"1.5\"\n"
            + "nul: \"null\"\n"
            + "tilde: \"~\"\n"
            + "date: \"2001-12-14\"\n"
            + "base60: \"1:30\"\n"
            + "dash: \"- a\"\n"
            + "dash2: \"-a\"\n"
            + "star: \"*a\"\n"
            + "amp: \"&a\"\n"
            + "bang: \"!a\"\n"
            + "pct: \"%a\"\n"
            + "at: \"@a\"\n"
            + "back: \"`a\"\n"
            + "brace: \"{a}\"\n"
            + "brack: \"[a]\"\n"
            + "comma: \"a, b\"\n"
            + "q: \"'a'\"\n"
            + "dq: \"\\\"a\\\"\"\n"
            + "qmark: \"? a\"\n"
            + "qmark2: \"?a\"\n"
            + "colon2: \":a\"\n"
            + "colonend: \"a:\"\n"
            + "tab: \"a\\tb\"\n"
            + "uni: \"héllo wörld\"\n"
            + "emoji: \"😀 smile\"\n"
            + "nbsp: \"a\\u00a0b\"\n"
            + "bell: \"a\\u0007b\"\n"
            + "dots: \"...\"\n"
            + "dashes: \"---\"\n"
            + "long: \"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\"\n"
            + "longnospace: \"LoremipsumdolorsitametconsecteturadipiscingelitseddoeiusmodtemporincididuntutlaboreetdoloremagnaaliquaLoremipsum\"\n"
            + "ml1: \"line1\\nline2\"\n"
            + "ml2: \"line1\\nline2\\n\"\n"
            + "ml3: \"line1\\nline2\\n\\n\"\n"
            + "ml4: \"line1 \\nline2\"\n"
            + "ml5: \" lead\\nline2\"\n"
            + "ml6: \"\\nlead break\"\n"
            + "ml7: \"a\\n\\n\\nb\"\n"
            + "ml8: \"a\\n  indented\\nb\"\n"
            + "ml9: \"long line in a block Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\\nsecond\"\n"
            + "mltab: \"a\\tb\\nc\"\n"
            + "json: '{\"a\": 1}'\n"
            + "url: \"http://example.com/a?b=c#d\"\n"
            + "key with spaces: v\n"
            + "\"1\": one\n"
            + "\"true\": t\n"
            + "\"\": emptykey\n"
            + "\"a: b\": k\n"
            + "\"a\\nb\": nl\n"
            + "? \"a very long key that is longer than one hundred and twenty eight characters is emitted as a complex key in libyaml because of the simple key limit\"\n"
            + ": v\n",
            expected: "\"\": emptykey\n"
            + "\"1\": one\n"
            + "? |-\n"
            + "  a\n"
            + "  b\n"
            + ": nl\n"
            + "? a very long key that is longer than one hundred and twenty eight characters is emitted\n"
            + "  as a complex key in libyaml because of the simple key limit\n"
            + ": v\n"
            + "'a: b': k\n"
            + "amp: '&a'\n"
            + "at: '@a'\n"
            + "back: '`a'\n"
            + "bang: '!a'\n"
            + "base60: \"1:30\"\n"
            + "bell: \"a\\ab\"\n"
            + "brace: '{a}'\n"
            + "brack: '[a]'\n"
            + "colon: 'a: b'\n"
            + "colon2: :a\n"
            + "colonend: 'a:'\n"
            + "comma: a, b\n"
            + "dash: '- a'\n"
            + "dash2: -a\n"
            + "dashes: '---'\n"
            + "date: \"2001-12-14\"\n"
            + "dots: '...'\n"
            + "dq: '\"a\"'\n"
            + "emoji: \"\\U0001F600 smile\"\n"
            + "empty: \"\"\n"
            + "flt: \"1.5\"\n"
            + "hash: 'a #b'\n"
            + "hash2: a#b\n"
            + "json: '{\"a\": 1}'\n"
            + "key with spaces: v\n"
            + "lead: ' leading'\n"
            + "long: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\n"
            + "  incididunt ut labore et dolore magna aliqua.\n"
            + "longnospace: LoremipsumdolorsitametconsecteturadipiscingelitseddoeiusmodtemporincididuntutlaboreetdoloremagnaaliquaLoremipsum\n"
            + "ml1: |-\n"
            + "  line1\n"
            + "  line2\n"
            + "ml2: |\n"
            + "  line1\n"
            + "  line2\n"
            + "ml3: |+\n"
            + "  line1\n"
            + "  line2\n"
            + "\n"
            + "ml4: \"line1 \\nline2\"\n"
            + "ml5: |2-\n"
            + "   lead\n"
            + "  line2\n"
            + "ml6: |2-\n"
            + "\n"
            + "  lead break\n"
            + "ml7: |-\n"
            + "  a\n"
            + "\n"
            + "\n"
            + "  b\n"
            + "ml8: |-\n"
            + "  a\n"
            + "    indented\n"
            + "  b\n"
            + "ml9: |-\n"
            + "  long line in a block Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\n"
            + "  second\n"
            + "mltab: \"a\\tb\\nc\"\n"
            + "nbsp: a\u{a0}b\n"
            + "nul: \"null\"\n"
            + "num: \"1\"\n"
            + "pct: '%a'\n"
            + "plain: hello world\n"
            + "q: '''a'''\n"
            + "qmark: '? a'\n"
            + "qmark2: ?a\n"
            + "star: '*a'\n"
            + "tab: \"a\\tb\"\n"
            + "tilde: \"~\"\n"
            + "trail: 'trailing '\n"
            + "tru: \"true\"\n"
            + "\"true\": t\n"
            + "uni: héllo wörld\n"
            + "url: http://example.com/a?b=c#d\n"),
    ]
}
