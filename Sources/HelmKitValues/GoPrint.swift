/// Go's `fmt` printing of values with the `%v` verb, which is what `{{ . }}`, `print` and
/// `toString` produce.
extension Value {
    /// The text `fmt.Sprint` produces for the value.
    public var goPrinted: String {
        var output = ""
        appendGoPrinted(to: &output, nested: false)
        return output
    }

    func appendGoPrinted(to output: inout String, nested: Bool) {
        switch self {
        case .null:
            output += "<nil>"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .int(let number), .int64(let number):
            output += String(number)
        case .float(let number):
            output += GoFloat.format(number, verb: "g", precision: -1)
        case .string(let text):
            output += text
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += " " }
                item.appendGoPrinted(to: &output, nested: true)
            }
            output += "]"
        case .map(let map):
            // fmt prints maps with their keys sorted.
            output += "map["
            for (index, key) in map.sortedKeys.enumerated() {
                if index > 0 { output += " " }
                output += key
                output += ":"
                map[key]?.appendGoPrinted(to: &output, nested: true)
            }
            output += "]"
        case .bytes(let bytes):
            output += "["
            output += bytes.map { String($0) }.joined(separator: " ")
            output += "]"
        case .object(let object):
            output += object.goDescription
        }
    }
}

/// Go's `strconv.FormatFloat` for the formats templates meet.
public enum GoFloat {
    /// Formats like `strconv.FormatFloat(value, verb, precision, 64)` for verbs `g`, `e` and `f`.
    /// A precision of -1 means the fewest digits that read back as the same value.
    public static func format(_ value: Double, verb: Character, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }

        let negative = value.sign == .minus
        let (digits, decimalExponent) = decimalDigits(of: abs(value), precision: precision, verb: verb)
        let body: String

        switch verb {
        case "e", "E":
            body = exponentForm(digits: digits, decimalExponent: decimalExponent,
                                fractionDigits: precision < 0 ? digits.count - 1 : precision, letter: verb)
        case "f", "F":
            body = fixedForm(digits: digits, decimalExponent: decimalExponent,
                             fractionDigits: precision < 0 ? max(digits.count - decimalExponent, 0) : precision)
        default:
            // strconv's %g picks the exponent form when the exponent is below -4 or reaches the
            // precision; for the shortest precision that limit is 6, so 1000000 prints as 1e+06.
            var shownDigits = precision < 0 ? digits.count : max(precision, 1)
            var exponentLimit = shownDigits
            if exponentLimit > digits.count && digits.count >= decimalExponent {
                exponentLimit = digits.count
            }
            if precision < 0 {
                exponentLimit = 6
            }
            let exponent = decimalExponent - 1
            if exponent < -4 || exponent >= exponentLimit {
                shownDigits = min(shownDigits, digits.count)
                body = exponentForm(digits: digits, decimalExponent: decimalExponent,
                                    fractionDigits: shownDigits - 1, letter: verb == "G" ? "E" : "e")
            } else {
                if shownDigits > decimalExponent {
                    shownDigits = digits.count
                }
                body = fixedForm(digits: digits, decimalExponent: decimalExponent,
                                 fractionDigits: max(shownDigits - decimalExponent, 0))
            }
        }
        return negative ? "-" + body : body
    }

    /// Returns the decimal digits (no leading zeros) and the position of the decimal point,
    /// so that the value is 0.d1d2d3… × 10^decimalExponent.
    static func decimalDigits(of value: Double, precision: Int, verb: Character) -> ([UInt8], Int) {
        if value == 0 { return ([0], 1) }
        // Swift's description is the shortest representation that reads back as the same value.
        let text = precision < 0 ? "\(value)" : roundedDescription(value, precision: precision, verb: verb)
        var mantissa = text
        var exponent = 0
        if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<eIndex])
            exponent = Int(text[text.index(after: eIndex)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointPosition: Int? = nil
        for character in mantissa {
            if character == "." {
                pointPosition = digits.count
            } else if let digit = character.wholeNumberValue {
                digits.append(UInt8(digit))
            }
        }
        var decimalExponent = (pointPosition ?? digits.count) + exponent
        while digits.count > 1, digits.first == 0 {
            digits.removeFirst()
            decimalExponent -= 1
        }
        while digits.count > 1, digits.last == 0 {
            digits.removeLast()
        }
        return (digits, decimalExponent)
    }

    static func roundedDescription(_ value: Double, precision: Int, verb: Character) -> String {
        // TODO: exact rounding for explicit precisions; this goes through a shortest-form
        // decimal string and rounds half away from zero, where Go rounds the exact binary value.
        var (digits, decimalExponent) = decimalDigits(of: value, precision: -1, verb: verb)
        let keep: Int
        switch verb {
        case "e", "E": keep = precision + 1
        case "f", "F": keep = decimalExponent + precision
        default: keep = max(precision, 1)
        }
        if keep < 0 { return "0" }
        if keep < digits.count {
            let roundUp = digits[keep] >= 5
            digits = Array(digits[..<keep])
            if roundUp {
                var index = digits.count - 1
                while index >= 0 {
                    if digits[index] == 9 {
                        digits[index] = 0
                        index -= 1
                    } else {
                        digits[index] += 1
                        break
                    }
                }
                if index < 0 {
                    digits.insert(1, at: 0)
                    decimalExponent += 1
                }
            }
        }
        if digits.isEmpty { return "0" }
        return "0." + digits.map { String($0) }.joined() + "e" + String(decimalExponent)
    }

    static func exponentForm(digits: [UInt8], decimalExponent: Int, fractionDigits: Int, letter: Character) -> String {
        var text = String(digits[0])
        if fractionDigits > 0 {
            text += "."
            for index in 1...fractionDigits {
                text += index < digits.count ? String(digits[index]) : "0"
            }
        }
        let exponent = digits == [0] ? 0 : decimalExponent - 1
        text += String(letter)
        text += exponent < 0 ? "-" : "+"
        let magnitude = abs(exponent)
        text += magnitude < 10 ? "0" + String(magnitude) : String(magnitude)
        return text
    }

    static func fixedForm(digits: [UInt8], decimalExponent: Int, fractionDigits: Int) -> String {
        var integerPart = ""
        if decimalExponent <= 0 {
            integerPart = "0"
        } else {
            for index in 0..<decimalExponent {
                integerPart += index < digits.count ? String(digits[index]) : "0"
            }
        }
        guard fractionDigits > 0 else { return integerPart }
        var fraction = ""
        for position in 0..<fractionDigits {
            let index = decimalExponent + position
            fraction += index >= 0 && index < digits.count ? String(digits[index]) : "0"
        }
        return integerPart + "." + fraction
    }
}
