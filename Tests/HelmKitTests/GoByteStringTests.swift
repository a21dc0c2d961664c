import Testing
import HelmKitValues

/// Go strings that are not UTF-8: bytes survive the trip through a Swift `String`, and the
/// bytes Go's decoder rejects one at a time (`utf8.DecodeRune` returning width 1) are exactly
/// the escaped ones.
@Suite struct GoByteStringTests {
    /// Inputs with the number of bytes Go's decoder reads as `RuneError` of width 1.
    static let inputs: [(name: String, bytes: [UInt8], invalidBytes: Int)] = [
        ("ASCII", Array("plain".utf8), 0),
        ("two-byte character", [0xC3, 0xA9], 0),
        ("lone lead byte", [0xC3], 1),
        ("lead then ASCII", [0xC3, 0x28], 1),
        ("continuation byte", [0x80], 1),
        ("overlong slash", [0xC0, 0xAF], 2),
        ("overlong three bytes", [0xE0, 0x80, 0xAF], 3),
        ("surrogate half", [0xED, 0xA0, 0x80], 3),
        ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 4),
        ("truncated four bytes", [0xF0, 0x9F, 0x98], 3),
        ("F5 lead", [0xF5, 0x80, 0x80, 0x80], 4),
        ("FE and FF", [0xFE, 0xFF], 2),
        ("emoji", [0xF0, 0x9F, 0x98, 0x80], 0),
        ("last code point", [0xF4, 0x8F, 0xBF, 0xBF], 0),
        ("mixed", [0x00, 0x01, 0xFE, 0xFF, 0x80, 0xC3, 0x28, 0xE2, 0x82, 0xAC], 4),
    ]

    @Test(arguments: 0..<inputs.count)
    func bytesSurviveString(_ index: Int) {
        let input = Self.inputs[index]
        let text = GoByteString.string(input.bytes)

        #expect(GoByteString.bytes(text) == input.bytes, "\(input.name)")
        #expect(GoByteString.byteCount(text) == input.bytes.count, "\(input.name)")
    }

    @Test(arguments: 0..<inputs.count)
    func invalidBytesAreEscaped(_ index: Int) {
        let input = Self.inputs[index]
        let text = GoByteString.string(input.bytes)

        let escaped = text.unicodeScalars.filter { GoByteString.escapedByte($0) != nil }
        #expect(escaped.count == input.invalidBytes, "\(input.name)")
    }

    @Test func replacementForJSON() {
        let text = GoByteString.string([0x61, 0xFF, 0x62])

        #expect(GoByteString.replacingEscapes(text) == "a\u{FFFD}b")
    }

    @Test func validTextIsUnchanged() {
        let text = "caf\u{E9} \u{10FFFF}"

        #expect(GoByteString.string(Array(text.utf8)) == text)
        #expect(GoByteString.bytes(text) == Array(text.utf8))
        #expect(GoByteString.byteCount(text) == text.utf8.count)
    }
}
