/// go-yaml v2 writes a string that starts with a byte order mark in double quotes with every
/// character escaped (`"\uFEFF\x61\x62"`), because its emitter's BOM test (yamlprivateh.go,
/// `is_bom`) looks at the first character of the string for every position. libyaml escapes
/// only the mark.
///
/// The writer emits such a string as a placeholder of the same byte length, which libyaml
/// writes plain and lays out the same way, and swaps in the escaped text afterwards.
enum ByteOrderMarkString {
    /// The first placeholder character: each placeholder starts with its own character from the
    /// private use area, followed by `a`s up to the string's byte length.
    private static let firstPlaceholderCharacter: UInt32 = 0xE100
    /// The number of placeholders available before U+F8FF, the end of the private use area.
    static let maxPlaceholders = 0xF800 - 0xE100

    /// Returns true for a string go-yaml v2 escapes this way.
    static func startsWithByteOrderMark(_ text: String) -> Bool {
        text.unicodeScalars.first == "\u{FEFF}"
    }

    /// Returns true when `scalar` could be taken for a placeholder.
    static func isPlaceholderCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (firstPlaceholderCharacter..<firstPlaceholderCharacter + UInt32(maxPlaceholders)).contains(scalar.value)
    }

    /// Returns placeholder number `index` for a string of `byteCount` UTF-8 bytes (at least 3,
    /// the length of the mark).
    static func placeholder(index: Int, byteCount: Int) -> String {
        let lead = Unicode.Scalar(firstPlaceholderCharacter + UInt32(index)) ?? "\u{E100}"
        return String(lead) + String(repeating: "a", count: max(byteCount - 3, 0))
    }

    /// Returns `text` as go-yaml v2 writes it: in double quotes, each character escaped.
    static func escaped(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            result += "\\"
            switch scalar.value {
            case 0x00: result += "0"
            case 0x07: result += "a"
            case 0x08: result += "b"
            case 0x09: result += "t"
            case 0x0A: result += "n"
            case 0x0B: result += "v"
            case 0x0C: result += "f"
            case 0x0D: result += "r"
            case 0x1B: result += "e"
            case 0x22: result += "\""
            case 0x5C: result += "\\"
            case 0x85: result += "N"
            case 0xA0: result += "_"
            case 0x2028: result += "L"
            case 0x2029: result += "P"
            case ...0xFF: result += "x" + hexDigits(scalar.value, count: 2)
            case ...0xFFFF: result += "u" + hexDigits(scalar.value, count: 4)
            default: result += "U" + hexDigits(scalar.value, count: 8)
            }
        }
        return result + "\""
    }

    private static func hexDigits(_ value: UInt32, count: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(count - digits.count, 0)) + digits
    }
}
