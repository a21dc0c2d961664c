/// fmt's verbs for integers, floats and strings (Go's `fmtInteger`, `fmtFloat`, `fmtS`, `fmtQ`).
extension GoValuePrinter {
    mutating func formatSignedInteger(_ number: Int64, verb: Unicode.Scalar, value: Value) {
        switch verb {
        case "v", "d", "b", "o", "O", "x", "X":
            formatInteger(number.magnitude, negative: number < 0, verb: verb)
        case "c":
            padWithoutZeros(Array(String(Self.rune(number)).utf8))
        case "q":
            let scalar = Self.rune(number)
            padWithoutZeros(Array(GoQuoting.quoteRune(scalar, asciiOnly: flags.plus).utf8))
        case "U":
            formatUnicode(number)
        default:
            badVerb(verb, value)
        }
    }

    private static func rune(_ number: Int64) -> Unicode.Scalar {
        guard number >= 0, number <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(number)) else {
            return "\u{FFFD}"
        }
        return scalar
    }

    /// Formats an integer magnitude in the verb's base, with precision or `0`-flag zeros, the
    /// `#` prefixes and the sign, as fmt's `fmtInteger` does.
    mutating func formatInteger(_ magnitude: UInt64, negative: Bool, verb: Unicode.Scalar) {
        let base: UInt64
        switch verb {
        case "b": base = 2
        case "o", "O": base = 8
        case "x", "X": base = 16
        default: base = 10
        }
        let digitSet = Array((verb == "X" ? "0123456789ABCDEF" : "0123456789abcdef").utf8)

        var minimumDigits = 0
        if let precision = flags.precision {
            if precision == 0 && magnitude == 0 {
                let zero = flags.zero
                flags.zero = false
                writePadding(flags.width ?? 0)
                flags.zero = zero
                return
            }
            minimumDigits = precision
        } else if flags.zero, !flags.minus, let width = flags.width {
            minimumDigits = width
            if negative || flags.plus || flags.space {
                minimumDigits -= 1
            }
        }

        var reversed: [UInt8] = []
        var rest = magnitude
        repeat {
            reversed.append(digitSet[Int(rest % base)])
            rest /= base
        } while rest > 0
        while reversed.count < minimumDigits {
            reversed.append(UInt8(ascii: "0"))
        }

        if flags.sharp {
            switch base {
            case 2: reversed.append(contentsOf: [UInt8(ascii: "b"), UInt8(ascii: "0")])
            case 8 where reversed.last != UInt8(ascii: "0"): reversed.append(UInt8(ascii: "0"))
            case 16: reversed.append(contentsOf: [verb == "X" ? UInt8(ascii: "X") : UInt8(ascii: "x"), UInt8(ascii: "0")])
            default: break
            }
        }
        if verb == "O" {
            reversed.append(contentsOf: [UInt8(ascii: "o"), UInt8(ascii: "0")])
        }
        if negative {
            reversed.append(UInt8(ascii: "-"))
        } else if flags.plus {
            reversed.append(UInt8(ascii: "+"))
        } else if flags.space {
            reversed.append(UInt8(ascii: " "))
        }
        padWithoutZeros(reversed.reversed())
    }

    private mutating func formatUnicode(_ number: Int64) {
        var hex = String(UInt64(bitPattern: number), radix: 16, uppercase: true)
        let minimumDigits = max(flags.precision ?? 4, 4)
        if hex.count < minimumDigits {
            hex = String(repeating: "0", count: minimumDigits - hex.count) + hex
        }
        var text = "U+" + hex
        if flags.sharp, number >= 0, number <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(number)),
           GoQuoting.isPrint(scalar) || (scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F) {
            text += " '" + String(scalar) + "'"
        }
        padWithoutZeros(Array(text.utf8))
    }

    mutating func formatFloat(_ number: Double, verb: Unicode.Scalar, value: Value) {
        switch verb {
        case "v":
            formatFloat(number, format: "g", defaultPrecision: -1)
        case "g", "G", "b", "x", "X":
            formatFloat(number, format: Character(verb), defaultPrecision: -1)
        case "e", "E", "f":
            formatFloat(number, format: Character(verb), defaultPrecision: 6)
        case "F":
            formatFloat(number, format: "f", defaultPrecision: 6)
        default:
            badVerb(verb, value)
        }
    }

    /// Formats as fmt's `fmtFloat`: strconv's text, the sign flags, `#` for a kept decimal point,
    /// and zero padding after the sign.
    private mutating func formatFloat(_ number: Double, format: Character, defaultPrecision: Int) {
        let precision = flags.precision ?? defaultPrecision
        var text = Array(GoFloat.format(number, verb: format, precision: precision).utf8)
        if text.first != UInt8(ascii: "-") && text.first != UInt8(ascii: "+") {
            text.insert(UInt8(ascii: "+"), at: 0)
        }
        if flags.space && text[0] == UInt8(ascii: "+") && !flags.plus {
            text[0] = UInt8(ascii: " ")
        }

        if text[1] == UInt8(ascii: "I") || text[1] == UInt8(ascii: "N") {
            if text[1] == UInt8(ascii: "N") && !flags.space && !flags.plus {
                text.removeFirst()
            }
            padWithoutZeros(text)
            return
        }
        if flags.sharp && format != "b" {
            text = Self.keepingDecimalPoint(text, format: format, precision: precision)
        }

        if flags.plus || text[0] != UInt8(ascii: "+") {
            if flags.zero, !flags.minus, let width = flags.width, width > text.count {
                output.append(text[0])
                writePadding(width - text.count)
                output.append(contentsOf: text[1...])
                return
            }
            pad(text)
            return
        }
        pad(Array(text[1...]))
    }

    /// Applies `#` to a float's text: a decimal point always, and for `%g`, `%G` and `%x` trailing
    /// zeros up to the precision (6 when none was given). Like fmt, this counts the `x` of `0x`
    /// as a digit.
    private static func keepingDecimalPoint(_ text: [UInt8], format: Character, precision: Int) -> [UInt8] {
        var digitsLeft = 0
        if format == "g" || format == "G" || format == "x" {
            digitsLeft = precision == -1 ? 6 : precision
        }
        let isHexadecimal = format == "x" || format == "X"

        var number = text
        var tail: [UInt8] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var index = 1
        while index < number.count {
            let byte = number[index]
            if byte == UInt8(ascii: ".") {
                hasDecimalPoint = true
            } else if byte == UInt8(ascii: "p") || byte == UInt8(ascii: "P")
                        || (!isHexadecimal && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E"))) {
                tail = Array(number[index...])
                number.removeSubrange(index...)
                break
            } else {
                if byte != UInt8(ascii: "0") { sawNonzeroDigit = true }
                if sawNonzeroDigit { digitsLeft -= 1 }
            }
            index += 1
        }

        if !hasDecimalPoint {
            if number.count == 2 && number[1] == UInt8(ascii: "0") {
                digitsLeft -= 1
            }
            number.append(UInt8(ascii: "."))
        }
        while digitsLeft > 0 {
            number.append(UInt8(ascii: "0"))
            digitsLeft -= 1
        }
        return number + tail
    }

    mutating func formatString(_ text: String, verb: Unicode.Scalar) {
        switch verb {
        case "v":
            if flags.sharpV {
                formatQuoted(text)
            } else {
                pad(Array(truncated(text).utf8))
            }
        case "s":
            pad(Array(truncated(text).utf8))
        case "x", "X":
            formatHex(GoByteString.bytes(text), upperCase: verb == "X")
        case "q":
            formatQuoted(text)
        default:
            badVerb(verb, .string(text))
        }
    }

    /// Cuts `text` to the precision, counted in runes.
    private func truncated(_ text: String) -> String {
        guard let precision = flags.precision else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(precision) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private mutating func formatQuoted(_ original: String) {
        let text = truncated(original)
        if flags.sharp && Self.canBackquote(text) {
            pad(Array(("`" + text + "`").utf8))
            return
        }
        pad(Array(GoQuoting.quote(text, asciiOnly: flags.plus).utf8))
    }

    private static func canBackquote(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == "`" || scalar == "\u{FEFF}" { return false }
            if scalar.value < 0x20 && scalar != "\t" { return false }
            if scalar.value == 0x7F { return false }
        }
        return true
    }

    /// Formats bytes as hexadecimal pairs: `#` adds `0x`, and a space flag separates the pairs.
    private mutating func formatHex(_ bytes: [UInt8], upperCase: Bool) {
        let digitSet = Array((upperCase ? "0123456789ABCDEFX" : "0123456789abcdefx").utf8)
        var length = bytes.count
        if let precision = flags.precision, precision < length {
            length = precision
        }
        var width = 2 * length
        guard width > 0 else {
            writePadding(flags.width ?? 0)
            return
        }
        if flags.space {
            if flags.sharp { width *= 2 }
            width += length - 1
        } else if flags.sharp {
            width += 2
        }

        let targetWidth = flags.width ?? 0
        if targetWidth > width && !flags.minus {
            writePadding(targetWidth - width)
        }
        if flags.sharp {
            output.append(contentsOf: [UInt8(ascii: "0"), digitSet[16]])
        }
        for index in 0..<length {
            if flags.space && index > 0 {
                output.append(UInt8(ascii: " "))
                if flags.sharp {
                    output.append(contentsOf: [UInt8(ascii: "0"), digitSet[16]])
                }
            }
            output.append(digitSet[Int(bytes[index] >> 4)])
            output.append(digitSet[Int(bytes[index] & 0xF)])
        }
        if targetWidth > width && flags.minus {
            writePadding(targetWidth - width)
        }
    }
}
