/// Go's `strconv.FormatFloat`.
public enum GoFloat {
    /// Formats like `strconv.FormatFloat(value, verb, precision, bitSize)` for the verbs `e`, `E`,
    /// `f`, `F`, `g`, `G`, `b`, `x` and `X`. A precision of -1 means
    /// the fewest digits that read back as the same value. Other precisions round the exact binary
    /// value half to even, as Go does, so `%.2f` of 2.675 is `2.67`.
    public static func format(_ value: Double, verb: Character, precision: Int, bitSize: Int = 64) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        switch verb {
        case "b":
            return binaryExponentForm(bitSize == 32 ? Double(Float(value)) : value)
        case "x", "X":
            return hexadecimalForm(bitSize == 32 ? Double(Float(value)) : value, precision: precision, upperCase: verb == "X")
        default:
            break
        }

        let negative = value.sign == .minus
        let magnitude = abs(value)
        let shortest = precision < 0
        var decimal: DecimalDigits
        var precision = precision

        if shortest {
            decimal = bitSize == 32 ? DecimalDigits(shortest: Float(magnitude)) : DecimalDigits(shortest: magnitude)
            switch verb {
            case "e", "E": precision = decimal.digits.count - 1
            case "f", "F": precision = max(decimal.digits.count - decimal.pointPosition, 0)
            default: precision = decimal.digits.count
            }
        } else {
            decimal = DecimalDigits(exact: bitSize == 32 ? Double(Float(magnitude)) : magnitude)
            switch verb {
            case "e", "E": decimal.round(toDigits: precision + 1)
            case "f", "F": decimal.round(toDigits: decimal.pointPosition + precision)
            default:
                if precision == 0 { precision = 1 }
                decimal.round(toDigits: precision)
            }
        }

        var body: String
        switch verb {
        case "e", "E":
            body = exponentForm(decimal, fractionDigits: precision, letter: verb)
        case "f", "F":
            body = fixedForm(decimal, fractionDigits: precision)
        default:
            body = generalForm(decimal, precision: precision, shortest: shortest, upperCase: verb == "G")
        }
        if negative {
            body = "-" + body
        }
        return body
    }

    /// Chooses between the exponent and fixed forms as strconv's `%g` does: the exponent form when
    /// the exponent is below -4 or reaches the precision, which is 6 for the shortest precision.
    private static func generalForm(_ decimal: DecimalDigits, precision: Int, shortest: Bool, upperCase: Bool) -> String {
        let digitCount = decimal.digits.count
        var exponentLimit = precision
        if exponentLimit > digitCount && digitCount >= decimal.pointPosition {
            exponentLimit = digitCount
        }
        if shortest {
            exponentLimit = 6
        }
        let exponent = decimal.pointPosition - 1
        if exponent < -4 || exponent >= exponentLimit {
            let shown = min(precision, digitCount)
            return exponentForm(decimal, fractionDigits: shown - 1, letter: upperCase ? "E" : "e")
        }
        let shown = precision > decimal.pointPosition ? digitCount : precision
        return fixedForm(decimal, fractionDigits: max(shown - decimal.pointPosition, 0))
    }

    static func exponentForm(_ decimal: DecimalDigits, fractionDigits: Int, letter: Character) -> String {
        var text: [UInt8] = []
        let digits = decimal.digits
        text.append(digits.isEmpty ? UInt8(ascii: "0") : digits[0] + UInt8(ascii: "0"))
        if fractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            for index in 1...fractionDigits {
                text.append(index < digits.count ? digits[index] + UInt8(ascii: "0") : UInt8(ascii: "0"))
            }
        }

        let exponent = digits.isEmpty ? 0 : decimal.pointPosition - 1
        text.append(letter == "E" ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        text.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = String(abs(exponent))
        if magnitude.utf8.count < 2 {
            text.append(UInt8(ascii: "0"))
        }
        text.append(contentsOf: magnitude.utf8)
        return String(decoding: text, as: UTF8.self)
    }

    static func fixedForm(_ decimal: DecimalDigits, fractionDigits: Int) -> String {
        var text: [UInt8] = []
        let digits = decimal.digits
        if decimal.pointPosition > 0 {
            for index in 0..<decimal.pointPosition {
                text.append(index < digits.count ? digits[index] + UInt8(ascii: "0") : UInt8(ascii: "0"))
            }
        } else {
            text.append(UInt8(ascii: "0"))
        }
        if fractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            for position in 0..<fractionDigits {
                let index = decimal.pointPosition + position
                let inRange = index >= 0 && index < digits.count
                text.append(inRange ? digits[index] + UInt8(ascii: "0") : UInt8(ascii: "0"))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
