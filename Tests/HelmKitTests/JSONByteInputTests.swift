import Testing
import HelmKitValues

/// JSON read from bytes that are not valid UTF-8: as in Go, each byte of an invalid sequence
/// inside a string becomes one U+FFFD. Expected texts come from Helm v4.2.3's
/// `{{ .Files.Get "case" | fromJson | toJson }}`.
@Suite struct JSONByteInputTests {
    private static let replacement = "\u{FFFD}"

    private static let cases: [(name: String, bytes: [UInt8], expected: String)] = [
        ("stray and cut sequences", Array("{\"a\":\"x".utf8) + [0xFF, 0xE2, 0x82] + Array("y\"}".utf8),
         "{\"a\":\"x" + String(repeating: replacement, count: 3) + "y\"}"),
        ("overlong, surrogate and too large", Array("{\"a\":\"".utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80] + Array("\"}".utf8),
         "{\"a\":\"" + String(repeating: replacement, count: 9) + "\"}"),
        ("valid then cut four-byte sequence", Array("{\"a\":\"€😀".utf8) + [0xF0, 0x9F, 0x98] + Array("\"}".utf8),
         "{\"a\":\"€😀" + String(repeating: replacement, count: 3) + "\"}"),
        ("invalid key", Array("{\"".utf8) + [0xFF] + Array("\":1}".utf8), "{\"" + replacement + "\":1}"),
        ("invalid byte before value", [0xFF] + Array("{}".utf8), "{\"Error\":\"invalid character 'ÿ' looking for beginning of value\"}"),
        ("invalid byte after value", Array("{\"a\":1}".utf8) + [0xFF], "{\"Error\":\"invalid character 'ÿ' after top-level value\"}"),
    ]

    @Test func invalidUTF8DecodesAsHelm() throws {
        for testCase in Self.cases {
            var (value, error) = JSONCodec.decodeMap(bytes: testCase.bytes)
            if let error {
                value = .map(ValueMap(["Error": .string(error.message)]))
            }
            #expect(try JSONCodec.encode(value) == testCase.expected, "\(testCase.name)")
        }
    }
}
