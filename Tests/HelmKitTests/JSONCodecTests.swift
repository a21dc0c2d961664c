import Testing
import HelmKitValues

/// Expected texts come from Helm v4.2.3: `{{ .Files.Get "case.json" | fromJson | toJson }}` and
/// `… | toYaml` (plus one line break, which Helm's `toYaml` trims), and `{{ toJson EXPRESSION }}`.
@Suite struct JSONCodecTests {
    /// Returns what `fromJson` followed by `toJson` prints: `fromJson` stores a failure under `Error`.
    private func fromJSONThenJSON(_ text: String) throws -> String {
        let (value, error) = JSONCodec.decodeMap(text)
        if let error {
            let map = value.mapValue ?? ValueMap()
            map["Error"] = .string(error.message)
            return try JSONCodec.encode(.map(map))
        }
        return try JSONCodec.encode(value)
    }

    @Test(arguments: fromJSONCases)
    func decodeMatchesHelm(_ testCase: CodecCase) throws {
        #expect(try fromJSONThenJSON(testCase.input) == testCase.expected)
    }

    @Test(arguments: jsonToYAMLCases)
    func yamlOfDecodedMatchesHelm(_ testCase: CodecCase) throws {
        let value = JSONCodec.decodeMap(testCase.input).value
        #expect(try YAMLCodec.encode(value) == testCase.expected)
    }

    @Test(arguments: encodeCases)
    func encodeMatchesHelm(_ testCase: ValueCase) throws {
        #expect(try JSONCodec.encode(testCase.value) == testCase.expected)
    }

    @Test func encodeRejectsInfinity() {
        #expect(throws: ValueError.self) { try JSONCodec.encode(.list([.float(-.infinity)])) }
    }

    @Test func encodeErrorNamesTheValue() {
        do {
            _ = try JSONCodec.encode(.float(.nan))
            Issue.record("NaN encoded")
        } catch {
            #expect("\(error)" == "json: unsupported value: NaN")
        }
    }

    @Test func decodeOfNullIsNilForTypedTargets() {
        #expect(JSONCodec.decodeMap("null").value.isNull)
        #expect(JSONCodec.decodeList("null").value.isNull)
    }

    @Test func decodeListReportsObject() {
        let (value, error) = JSONCodec.decodeList("{}")
        #expect(value.listValue?.isEmpty == true)
        #expect(error?.message == "json: cannot unmarshal object into Go value of type []interface {}")
    }

    @Test func decodeListKeepsNullForOutOfRangeNumber() {
        let (value, error) = JSONCodec.decodeList("[1, 1e400, 2]")
        #expect(value.goPrinted == "[1 <nil> 2]")
        #expect(error?.message == "json: cannot unmarshal number 1e400 into Go value of type float64")
    }

    @Test func decodeThrowsOnTextAfterValue() {
        #expect(throws: ValueError.self) { try JSONCodec.decode("{\"a\":1}{}") }
    }

    static let encodeCases: [ValueCase] = [
        ValueCase("Go int", .int(42), "42"),
        ValueCase("int64", .int64(-9223372036854775808), "-9223372036854775808"),
        ValueCase("float with exponent from 1e21", .float(1e21), "1e+21"),
        ValueCase("float below 1e21", .float(1e20), "100000000000000000000"),
        ValueCase("small float", .float(1e-7), "1e-7"),
        ValueCase("float at 1e-6", .float(0.000001), "0.000001"),
        ValueCase("negative zero", .float(-0.0), "-0"),
        ValueCase("HTML characters", .string("<a href=\"x\">&</a>"), "\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\""),
        ValueCase("control characters", .string("\u{1}\u{8}\u{c}\t\n\r\u{7f}"), "\"\\u0001\\b\\f\\t\\n\\r\u{7f}\""),
        ValueCase("line and paragraph separators", .string("a\u{2028}b\u{2029}c\u{85}"), "\"a\\u2028b\\u2029c\u{85}\""),
        ValueCase("bytes as base64", .bytes(Array("hi!".utf8)), "\"aGkh\""),
        ValueCase("keys sorted by bytes", .dictionary(["b": .null, "B": .bool(true), "a10": .int(1), "a2": .int(2), "é": .int(3)]),
                  "{\"B\":true,\"a10\":1,\"a2\":2,\"b\":null,\"é\":3}"),
        ValueCase("nested empty", .list([.list([]), .dictionary([:]), .null]), "[[],{},null]"),
    ]

    static let fromJSONCases: [CodecCase] = [
        CodecCase(
            "numbers strings and nesting",
            input: "{\"a\": 1e6, \"b\": 1.5e300, \"c\": -0.0, \"d\": 1e-7, \"e\": 123456789012345678901234, \"f\": 0.000001, \"g\": 1e21, \"h\": 999999999999999999999, \"i\": 5e-324, \"j\": 2.5e-5, \"k\": 100, \"l\": 1.0, \"m\": \"<&>\\u2028\\u2029\\u0001\\b\\f\\t\\\"\\\\/\", \"n\": \"\\ud83d\\ude00 \\ud800 x\", \"o\": [[[]], [{}], [[1, [2]]]], \"p\": {\"q\": {\"r\": {\"s\": \"deep long string that needs folding because it is longer than eighty columns for sure yes\"}}}, \"t\": [\"multi\\nline\\n\", \"x\\n\\n\", \" y\\nz\", \"trail \\nx\"], \"u\": 18446744073709551615, \"v\": 9223372036854775808, \"w\": 0.1, \"x\": 1e+20, \"y\": 12345678.9}\n",
            expected: "{\"a\":1000000,\"b\":1.5e+300,\"c\":-0,\"d\":1e-7,\"e\":1.2345678901234569e+23,\"f\":0.000001,\"g\":1e+21,\"h\":1e+21,\"i\":5e-324,\"j\":0.000025,\"k\":100,\"l\":1,\"m\":\"\\u003c\\u0026\\u003e\\u2028\\u2029\\u0001\\b\\f\\t\\\"\\\\/\",\"n\":\"😀 � x\",\"o\":[[[]],[{}],[[1,[2]]]],\"p\":{\"q\":{\"r\":{\"s\":\"deep long string that needs folding because it is longer than eighty columns for sure yes\"}}},\"t\":[\"multi\\nline\\n\",\"x\\n\\n\",\" y\\nz\",\"trail \\nx\"],\"u\":18446744073709552000,\"v\":9223372036854776000,\"w\":0.1,\"x\":100000000000000000000,\"y\":12345678.9}"),
        CodecCase(
            "bad literal",
            input: "{\"a\": tru}\n",
            expected: "{\"Error\":\"invalid character '}' in literal true (expecting 'e')\"}"),
        CodecCase(
            "trailing comma",
            input: "{\"a\": 1,}\n",
            expected: "{\"Error\":\"invalid character '}' looking for beginning of object key string\"}"),
        CodecCase(
            "missing colon",
            input: "{\"a\" 1}\n",
            expected: "{\"Error\":\"invalid character '1' after object key\"}"),
        CodecCase(
            "array into map",
            input: "[1, 2]\n",
            expected: "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}"),
        CodecCase(
            "leading zero",
            input: "{\"a\": 01}\n",
            expected: "{\"Error\":\"invalid character '1' after object key:value pair\"}"),
        CodecCase(
            "unknown escape",
            input: "{\"a\": \"x\\qy\"}\n",
            expected: "{\"Error\":\"invalid character 'q' in string escape code\"}"),
        CodecCase(
            "number out of range",
            input: "{\"a\": 1e400}\n",
            expected: "{\"Error\":\"json: cannot unmarshal number 1e400 into Go value of type float64\",\"a\":null}"),
        CodecCase(
            "missing comma",
            input: "{\"a\": [1 2]}\n",
            expected: "{\"Error\":\"invalid character '2' after array element\"}"),
        CodecCase(
            "raw tab in string",
            input: "{\"a\": \"tab\there\"}",
            expected: "{\"Error\":\"invalid character '\\\\t' in string literal\"}"),
        CodecCase(
            "empty input",
            input: "",
            expected: "{\"Error\":\"unexpected end of JSON input\"}"),
        CodecCase(
            "text after value",
            input: "{\"a\": 1} x",
            expected: "{\"Error\":\"invalid character 'x' after top-level value\"}"),
        CodecCase(
            "lone minus",
            input: "{\"a\": -}",
            expected: "{\"Error\":\"invalid character '}' in numeric literal\"}"),
        CodecCase(
            "missing fraction digits",
            input: "{\"a\": 1.}",
            expected: "{\"Error\":\"invalid character '}' after decimal point in numeric literal\"}"),
        CodecCase(
            "bad unicode escape",
            input: "{\"a\": \"\\u12g4\"}",
            expected: "{\"Error\":\"invalid character 'g' in \\\\u hexadecimal character escape\"}"),
        CodecCase(
            "short null",
            input: "{\"a\": nul}",
            expected: "{\"Error\":\"invalid character '}' in literal null (expecting 'l')\"}"),
        CodecCase(
            "non-ASCII value start",
            input: "{\"a\": é}",
            expected: "{\"Error\":\"invalid character 'Ã' looking for beginning of value\"}"),
        CodecCase(
            "unterminated object",
            input: "{\"a\": 1",
            expected: "{\"Error\":\"unexpected end of JSON input\"}"),
        CodecCase(
            "long keys and values",
            input: "{\"a\": {\"b\": [1, {\"c\": \"xx\\n\"}]}, \"long key that is quite long indeed and more words to reach eighty columns wide\": \"value that is also very long and will need to be folded somewhere around here ok\"}",
            expected: "{\"a\":{\"b\":[1,{\"c\":\"xx\\n\"}]},\"long key that is quite long indeed and more words to reach eighty columns wide\":\"value that is also very long and will need to be folded somewhere around here ok\"}"),
    ]

    static let jsonToYAMLCases: [CodecCase] = [
        CodecCase(
            "numbers strings and nesting",
            input: "{\"a\": 1e6, \"b\": 1.5e300, \"c\": -0.0, \"d\": 1e-7, \"e\": 123456789012345678901234, \"f\": 0.000001, \"g\": 1e21, \"h\": 999999999999999999999, \"i\": 5e-324, \"j\": 2.5e-5, \"k\": 100, \"l\": 1.0, \"m\": \"<&>\\u2028\\u2029\\u0001\\b\\f\\t\\\"\\\\/\", \"n\": \"\\ud83d\\ude00 \\ud800 x\", \"o\": [[[]], [{}], [[1, [2]]]], \"p\": {\"q\": {\"r\": {\"s\": \"deep long string that needs folding because it is longer than eighty columns for sure yes\"}}}, \"t\": [\"multi\\nline\\n\", \"x\\n\\n\", \" y\\nz\", \"trail \\nx\"], \"u\": 18446744073709551615, \"v\": 9223372036854775808, \"w\": 0.1, \"x\": 1e+20, \"y\": 12345678.9}\n",
            expected: "a: 1000000\n"
            + "b: 1.5e+300\n"
            + "c: 0\n"
            + "d: 1e-07\n"
            + "e: 1.2345678901234569e+23\n"
            + "f: 1e-06\n"
            + "g: 1e+21\n"
            + "h: 1e+21\n"
            + "i: 5e-324\n"
            + "j: 2.5e-05\n"
            + "k: 100\n"
            + "l: 1\n"
            + "m: \"<&>\\L\\P\\x01\\b\\f\\t\\\"\\\\/\"\n"
            + "\"n\": \"\\U0001F600 � x\"\n"
            + "o:\n"
            + "- - []\n"
            + "- - {}\n"
            + "- - - 1\n"
            + "    - - 2\n"
            + "p:\n"
            + "  q:\n"
            + "    r:\n"
            + "      s: deep long string that needs folding because it is longer than eighty columns\n"
            + "        for sure yes\n"
            + "t:\n"
            + "- |\n"
            + "  multi\n"
            + "  line\n"
            + "- |+\n"
            + "  x\n"
            + "\n"
            + "- |2-\n"
            + "   y\n"
            + "  z\n"
            + "- \"trail \\nx\"\n"
            + "u: 1.8446744073709552e+19\n"
            + "v: 9223372036854776000\n"
            + "w: 0.1\n"
            + "x: 1e+20\n"
            + "\"y\": 1.23456789e+07\n"),
        CodecCase(
            "long keys and values",
            input: "{\"a\": {\"b\": [1, {\"c\": \"xx\\n\"}]}, \"long key that is quite long indeed and more words to reach eighty columns wide\": \"value that is also very long and will need to be folded somewhere around here ok\"}",
            expected: "a:\n"
            + "  b:\n"
            + "  - 1\n"
            + "  - c: |\n"
            + "      xx\n"
            + "long key that is quite long indeed and more words to reach eighty columns wide: value\n"
            + "  that is also very long and will need to be folded somewhere around here ok\n"),
    ]
}
