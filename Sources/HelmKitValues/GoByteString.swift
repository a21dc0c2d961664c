import Foundation

/// Go strings that are not valid UTF-8, carried in Swift strings.
///
/// A Go string is any sequence of bytes: `.Files.Get` of a binary file, `b64dec` of binary data
/// or `substr` through a multi-byte character yield bytes that are not UTF-8, and `b64enc`,
/// `sha256sum` or `len` must then see those exact bytes.
///
/// A Swift `String` contains only Unicode scalars. So each byte that Go's UTF-8 decoder rejects
/// becomes one private-use scalar of plane 16: U+10FE80 for byte 0x80 up to U+10FEFF for 0xFF.
/// Wherever Go would use the bytes, the scalar turns back into its byte. The range keeps clear
/// of U+10FFFF, the last code point, which boundary tests use.
///
/// NOTE: a string that really contains one of those private-use code points is read as the
/// byte it stands for.
public enum GoByteString {
    private static let firstEscape: UInt32 = 0x10FE80

    /// Returns the string Go's `string(bytes)` holds, escaping each byte that is not part of a
    /// valid UTF-8 sequence.
    public static func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        switch bytes.withContiguousStorageIfAvailable(validString) {
        case let valid??:
            return valid
        case .some(nil):
            break
        case nil:
            if let valid = String(validating: bytes, as: UTF8.self) {
                return valid
            }
        }

        return escapingString(Array(bytes))
    }

    /// Returns the string of `input` with each byte outside a valid UTF-8 sequence escaped.
    private static func escapingString(_ input: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < input.count {
            if let (scalar, length) = GoUTF8.validScalar(in: input, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(escape(input[index]))
                index += 1
            }
        }
        return String(scalars)
    }

    /// Returns what the generic `string(_:)` returns, without its generic call into the
    /// buffer. The lexer's tokens and the decoders' byte arrays take this path.
    public static func string(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { buffer in validString(buffer) ?? escapingString(Array(buffer)) }
    }

    public static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in validString(buffer) ?? escapingString(bytes) }
    }

    /// Returns the string of `bytes` when they are valid UTF-8, else nil.
    ///
    /// Decoding replaces each invalid sequence with U+FFFD, so the decoded bytes equal the input
    /// only when the input is valid. This is cheaper than the generic `String(validating:as:)`,
    /// which instantiated type metadata on every call, a few percent of a large chart's run.
    private static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let isValid = text.withUTF8 { decoded -> Bool in
            guard decoded.count == bytes.count else { return false }
            guard let decodedStart = decoded.baseAddress, let inputStart = bytes.baseAddress else { return true }
            return memcmp(decodedStart, inputStart, bytes.count) == 0
        }
        return isValid ? text : nil
    }

    /// Returns the bytes Go holds for `text`: its UTF-8 encoding, with escaped bytes restored.
    public static func bytes(_ text: String) -> [UInt8] {
        guard mayContainEscape(text) else {
            return Array(text.utf8)
        }

        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let byte = escapedByte(scalar) {
                output.append(byte)
            } else {
                output.append(contentsOf: String(scalar).utf8)
            }
        }
        return output
    }

    /// Returns Go's `len` of the string: its number of bytes.
    public static func byteCount(_ text: String) -> Int {
        guard mayContainEscape(text) else {
            return text.utf8.count
        }
        return text.unicodeScalars.reduce(0) { count, scalar in
            count + (escapedByte(scalar) == nil ? String(scalar).utf8.count : 1)
        }
    }

    /// Returns the byte `scalar` stands for, or nil for an ordinary scalar.
    public static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.value >= firstEscape && scalar.value < firstEscape + 0x80 else { return nil }
        return UInt8(scalar.value - firstEscape + 0x80)
    }

    /// Returns `text` with each escaped byte replaced by U+FFFD, as encoding/json writes it and
    /// as the YAML written through JSON then shows it.
    public static func replacingEscapes(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(escapedByte(scalar) == nil ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Returns false when `text` certainly contains no escaped byte: every escape scalar encodes
    /// with the lead byte 0xF4.
    public static func mayContainEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, 0xF4, bytes.count) != nil
        }
    }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        // Only bytes from 0x80 reach here, because ASCII bytes always decode.
        Unicode.Scalar(firstEscape + UInt32(byte) - 0x80) ?? "\u{FFFD}"
    }
}
