/// Go's number syntax as go-yaml v2 reads it: `strconv.ParseInt(s, 0, 64)`, `ParseUint(s, 0, 64)`
/// and its own float pattern.
enum GoNumberSyntax {
    /// Parses like `strconv.ParseInt(text, 0, 64)` without underscores: an optional sign, then
    /// `0x`, `0o`, `0b` or a leading `0` (octal) prefix. Returns nil on a syntax or range error.
    static func parseInt(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var digits = bytes
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard let magnitude = parseUInt(digits) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// Parses like `strconv.ParseUint(text, 0, 64)` without underscores; a sign is a syntax error.
    static func parseUInt(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        guard let first = bytes.first else { return nil }
        var digits = bytes
        var base: UInt64 = 10
        if first == UInt8(ascii: "0") {
            let marker = digits.count >= 3 ? digits[digits.startIndex + 1] | 0x20 : 0
            switch marker {
            case UInt8(ascii: "b"): base = 2; digits = digits.dropFirst(2)
            case UInt8(ascii: "o"): base = 8; digits = digits.dropFirst(2)
            case UInt8(ascii: "x"): base = 16; digits = digits.dropFirst(2)
            default: base = 8; digits = digits.dropFirst()
            }
        }

        var value: UInt64 = 0
        for byte in digits {
            guard let digit = digitValue(byte), digit < base else { return nil }
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: base)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
            guard !overflowMultiply, !overflowAdd else { return nil }
            value = sum
        }
        return value
    }

    /// Matches go-yaml v2's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isDecimalFloat(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            rest = rest.dropFirst()
        }

        let integerDigits = rest.prefix(while: isDigit).count
        rest = rest.dropFirst(integerDigits)
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let fractionDigits = rest.prefix(while: isDigit).count
            guard integerDigits > 0 || fractionDigits > 0 else { return false }
            rest = rest.dropFirst(fractionDigits)
        } else if integerDigits == 0 {
            return false
        }

        if let marker = rest.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                rest = rest.dropFirst()
            }
            let exponentDigits = rest.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return false }
            rest = rest.dropFirst(exponentDigits)
        }
        return rest.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
