/// Go's `strconv.Quote` and the `%q`/`%#U` forms that text/template puts into its error texts.
enum GoQuote {
    /// Quotes `text` as `strconv.Quote` does; `maxRunes` truncates first, as `%.Nq` does.
    static func quote(_ text: String, maxRunes: Int? = nil) -> String {
        var output = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if let limit = maxRunes, count >= limit { break }
            count += 1
            appendEscaped(scalar, to: &output)
        }
        output += "\""
        return output
    }

    static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\u{07}": output += "\\a"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{0B}": output += "\\v"
        default:
            if isPrintable(scalar) {
                output.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                output += "\\x" + hex(scalar.value, width: 2)
            } else if scalar.value < 0x10000 {
                output += "\\u" + hex(scalar.value, width: 4)
            } else {
                output += "\\U" + hex(scalar.value, width: 8)
            }
        }
    }

    /// Formats a rune as Go's `%#U`: `U+0041 'A'`, or `U+0007` when it is not printable.
    static func unicodeForm(_ scalar: Unicode.Scalar) -> String {
        var text = "U+" + hex(scalar.value, width: 4).uppercased()
        if isPrintable(scalar) {
            text += " '"
            text.unicodeScalars.append(scalar)
            text += "'"
        }
        return text
    }

    /// Approximates Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and
    /// the ASCII space.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
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

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        if digits.count >= width { return digits }
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
