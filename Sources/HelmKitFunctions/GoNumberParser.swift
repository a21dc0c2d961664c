import Foundation

/// Go's `strconv` number syntax, as spf13/cast parses strings.
enum GoNumberParser {
    /// Parses as `strconv.ParseInt(text, 0, 64)`: an optional sign, a `0x`, `0o`, `0b` or `0`
    /// (octal) prefix, and underscores between digits. Returns nil for invalid or out-of-range text.
    static func parseInt(_ text: String) -> Int64? {
        let (negative, unsignedDigits) = splitSign(text)
        var digits = unsignedDigits
        guard !digits.isEmpty, underscoresAreValid(digits) else { return nil }

        var radix: UInt64 = 10
        if digits.count >= 3, digits[digits.startIndex] == UInt8(ascii: "0") {
            switch digits[digits.startIndex + 1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; digits = digits.dropFirst(2)
            case UInt8(ascii: "o"): radix = 8; digits = digits.dropFirst(2)
            case UInt8(ascii: "b"): radix = 2; digits = digits.dropFirst(2)
            default: radix = 8; digits = digits.dropFirst()
            }
        } else if digits.count >= 1, digits[digits.startIndex] == UInt8(ascii: "0") {
            radix = 8
            digits = digits.dropFirst()
            // A lone "0" is zero: its digit went to the octal prefix.
            if digits.isEmpty { return 0 }
        }
        let magnitude = digits.filter { $0 != UInt8(ascii: "_") }
        return signedValue(magnitude[...], radix: radix, negative: negative)
    }

    /// Parses as `strconv.ParseInt(text, radix, 64)` for an explicit radix: a sign and digits only.
    static func parseInt(_ text: String, radix: UInt64) -> Int64? {
        let (negative, digits) = splitSign(text)
        return signedValue(digits, radix: radix, negative: negative)
    }

    /// Parses as `strconv.Atoi`.
    static func parseDecimalInt(_ text: String) -> Int64? {
        parseInt(text, radix: 10)
    }

    /// Parses as `strconv.ParseInt(text, 8, 64)`, which Sprig's `toDecimal` uses.
    static func parseOctal(_ text: String) -> Int64? {
        parseInt(text, radix: 8)
    }

    private static func splitSign(_ text: String) -> (negative: Bool, digits: ArraySlice<UInt8>) {
        let bytes = Array(text.utf8)[...]
        guard let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else {
            return (false, bytes)
        }
        return (sign == UInt8(ascii: "-"), bytes.dropFirst())
    }

    private static func signedValue(_ digits: ArraySlice<UInt8>, radix: UInt64, negative: Bool) -> Int64? {
        guard !digits.isEmpty else { return nil }
        var magnitude: UInt64 = 0
        for byte in digits {
            guard let digit = digitValue(byte), UInt64(digit) < radix else { return nil }
            let (product, overflowed) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, carried) = product.addingReportingOverflow(UInt64(digit))
            guard !overflowed, !carried else { return nil }
            magnitude = sum
        }
        let limit = UInt64(Int64.max)
        if negative {
            guard magnitude <= limit + 1 else { return nil }
            return magnitude == limit + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= limit else { return nil }
        return Int64(magnitude)
    }

    /// Parses as `strconv.ParseFloat(text, 64)`: decimal and hexadecimal (with a `p` exponent)
    /// forms, `inf`, `infinity` and `nan` in any case. Returns nil for invalid text; values too
    /// large for a float64 become infinities, where Go returns them with a range error.
    static func parseFloat(_ text: String) -> Double? {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }

        switch body.lowercased() {
        case "inf", "infinity": return negative ? -Double.infinity : Double.infinity
        case "nan": return Double.nan
        default: break
        }
        guard !body.isEmpty, underscoresAreValid(Array(body.utf8)[...]) else { return nil }

        let digits = body.replacingOccurrences(of: "_", with: "")
        let isHex = digits.lowercased().hasPrefix("0x")
        let allowed = isHex ? "0123456789abcdefABCDEF.pP+-" : "0123456789.eE+-"
        guard digits.dropFirst(isHex ? 2 : 0).allSatisfy({ allowed.contains($0) }) else { return nil }
        guard !isHex || digits.contains(where: { $0 == "p" || $0 == "P" }) else { return nil }
        guard let magnitude = Double(digits) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// Removes a fraction made only of zeros (`"8.00"` becomes `"8"`), as cast does before
    /// parsing an integer.
    static func trimmingZeroFraction(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var sawZero = false
        var index = bytes.count
        while index > 0 {
            switch bytes[index - 1] {
            case UInt8(ascii: "."):
                if sawZero {
                    return String(decoding: bytes[..<(index - 1)], as: UTF8.self)
                }
                return text
            case UInt8(ascii: "0"):
                sawZero = true
            default:
                return text
            }
            index -= 1
        }
        return text
    }

    /// Checks Go's rule that an underscore sits only between digits or after a base prefix.
    static func underscoresAreValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.contains(UInt8(ascii: "_")) else { return true }

        enum Previous { case start, digit, underscore, other }
        var previous = Previous.start
        var rest = bytes
        var isHex = false
        if rest.count >= 2, rest[rest.startIndex] == UInt8(ascii: "0") {
            let letter = rest[rest.startIndex + 1] | 0x20
            if letter == UInt8(ascii: "x") || letter == UInt8(ascii: "o") || letter == UInt8(ascii: "b") {
                isHex = letter == UInt8(ascii: "x")
                previous = .digit
                rest = rest.dropFirst(2)
            }
        }

        for byte in rest {
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let isHexLetter = isHex && (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f")
            if isDigit || isHexLetter {
                previous = .digit
            } else if byte == UInt8(ascii: "_") {
                guard previous == .digit else { return false }
                previous = .underscore
            } else {
                guard previous != .underscore else { return false }
                previous = .other
            }
        }
        return previous != .underscore
    }

    private static func digitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
