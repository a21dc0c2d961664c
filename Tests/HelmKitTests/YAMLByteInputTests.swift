import Testing
import HelmKitValues

/// YAML read from bytes that are not valid UTF-8, as go-yaml v2 rejects them. Expected texts
/// come from Helm v4.2.3's `{{ .Files.Get "case" | fromYaml | toJson }}`.
@Suite struct YAMLByteInputTests {
    private static let cases: [(name: String, bytes: [UInt8], message: String)] = [
        ("invalid leading byte", Array("a: x".utf8) + [0xFF] + Array("y\n".utf8), "invalid leading UTF-8 octet"),
        ("invalid trailing byte", Array("a: x".utf8) + [0xC3, 0x28] + Array("y\n".utf8), "invalid trailing UTF-8 octet"),
        ("cut sequence at end", Array("a: x".utf8) + [0xE2, 0x82], "incomplete UTF-8 octet sequence"),
        ("invalid byte on line 3", Array("a: 1\nb: 2\nc: ".utf8) + [0xFF, 0x0A], "invalid leading UTF-8 octet"),
        ("Latin-1 comment", Array("# Gr".utf8) + [0xF6, 0xDF] + Array("e\na: 1\n".utf8), "invalid trailing UTF-8 octet"),
        ("overlong encoding", Array("a: ".utf8) + [0xC0, 0xAF, 0x0A], "invalid length of a UTF-8 sequence"),
        ("surrogate", Array("a: ".utf8) + [0xED, 0xA0, 0x80, 0x0A], "invalid Unicode character"),
        ("past U+10FFFF", Array("a: ".utf8) + [0xF4, 0x90, 0x80, 0x80, 0x0A], "invalid Unicode character"),
        ("five-byte lead", Array("a: ".utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80, 0x0A], "invalid leading UTF-8 octet"),
        ("after a syntax error", Array("a: b: c\nd: ".utf8) + [0xFF, 0x0A], "invalid leading UTF-8 octet"),
        ("inside double quotes", Array("a: \"".utf8) + [0xFF] + Array("\"\n".utf8), "invalid leading UTF-8 octet"),
    ]

    @Test func invalidUTF8FailsAsHelm() {
        for testCase in Self.cases {
            var message: String?
            do {
                _ = try YAMLCodec.decode(bytes: testCase.bytes)
            } catch {
                message = "\(error)"
            }
            #expect(message == "error converting YAML to JSON: yaml: " + testCase.message, "\(testCase.name)")
        }
    }

    @Test func validBytesDecodeAsText() throws {
        let value = try YAMLCodec.decode(bytes: Array("a: é\n".utf8))
        #expect(try JSONCodec.encode(value) == "{\"a\":\"é\"}")
    }
}
