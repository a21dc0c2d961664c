/// Go's `strconv.Quote`, as `%q` and `%#v` print strings.
public enum GoQuoting {
    /// Quotes `text` with Go's escapes: `\n`-style for the usual controls, `\xXX` for other
    /// ASCII controls, `\uXXXX` or `\UXXXXXXXX` for runes `unicode.IsPrint` rejects.
    public static func quote(_ text: String, asciiOnly: Bool = false) -> String {
        // Printable ASCII other than the quote and the backslash is copied as it is, so most
        // strings need no escaping pass.
        if text.utf8.allSatisfy(isCopiedAsIs) {
            return "\"" + text + "\""
        }
        var output: [UInt8] = [UInt8(ascii: "\"")]
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            appendEscaped(scalar, to: &output, quote: UInt8(ascii: "\""), asciiOnly: asciiOnly)
        }
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    private static func isCopiedAsIs(_ byte: UInt8) -> Bool {
        let quote: UInt8 = 0x22
        let backslash: UInt8 = 0x5C
        return byte >= 0x20 && byte < 0x7F && byte != quote && byte != backslash
    }

    /// Quotes one rune as `strconv.QuoteRune` does, for `%q` of an integer.
    public static func quoteRune(_ scalar: Unicode.Scalar, asciiOnly: Bool = false) -> String {
        var output: [UInt8] = [UInt8(ascii: "'")]
        appendEscaped(scalar, to: &output, quote: UInt8(ascii: "'"), asciiOnly: asciiOnly)
        output.append(UInt8(ascii: "'"))
        return String(decoding: output, as: UTF8.self)
    }

    static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout [UInt8], quote: UInt8, asciiOnly: Bool) {
        let value = scalar.value
        if value == UInt32(quote) || value == 0x5C {
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(value))
            return
        }
        if let byte = GoByteString.escapedByte(scalar) {
            output.append(contentsOf: Array("\\x".utf8))
            appendHex(UInt32(byte), digits: 2, to: &output)
            return
        }
        if value < 0x80 ? (value >= 0x20 && value != 0x7F) : (!asciiOnly && isPrint(scalar)) {
            output.append(contentsOf: String(scalar).utf8)
            return
        }

        switch value {
        case 0x07: output.append(contentsOf: Array("\\a".utf8))
        case 0x08: output.append(contentsOf: Array("\\b".utf8))
        case 0x0C: output.append(contentsOf: Array("\\f".utf8))
        case 0x0A: output.append(contentsOf: Array("\\n".utf8))
        case 0x0D: output.append(contentsOf: Array("\\r".utf8))
        case 0x09: output.append(contentsOf: Array("\\t".utf8))
        case 0x0B: output.append(contentsOf: Array("\\v".utf8))
        case 0..<0x20, 0x7F:
            output.append(contentsOf: Array("\\x".utf8))
            appendHex(value, digits: 2, to: &output)
        case 0x80..<0x10000:
            output.append(contentsOf: Array("\\u".utf8))
            appendHex(value, digits: 4, to: &output)
        default:
            output.append(contentsOf: Array("\\U".utf8))
            appendHex(value, digits: 8, to: &output)
        }
    }

    private static func appendHex(_ value: UInt32, digits: Int, to output: inout [UInt8]) {
        let hexDigits = Array("0123456789abcdef".utf8)
        for position in stride(from: digits - 1, through: 0, by: -1) {
            output.append(hexDigits[Int((value >> (UInt32(position) * 4)) & 0xF)])
        }
    }

    /// Approximates Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and
    /// the ASCII space.
    public static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x20 { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
