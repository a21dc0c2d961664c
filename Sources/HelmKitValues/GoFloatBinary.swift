/// strconv's binary-exponent float formats: `b` (`4503599627370496p-52`) and the hexadecimal
/// `x` and `X` (`0x1.8p+00`).
extension GoFloat {
    /// Formats a finite value's exact significand and power of two, as `%b` does.
    static func binaryExponentForm(_ value: Double) -> String {
        let (significand, exponent) = significandAndExponent(of: value)
        let sign = value.sign == .minus ? "-" : ""
        let power = exponent - Double.significandBitCount
        return sign + String(significand) + "p" + (power < 0 ? "-" : "+") + String(abs(power))
    }

    /// Formats a finite value as a hexadecimal mantissa 1.hhh (or 0 for zero) and a power of two,
    /// rounding to `precision` hex digits half to even; -1 means every digit needed.
    static func hexadecimalForm(_ value: Double, precision: Int, upperCase: Bool) -> String {
        var (mantissa, exponent) = significandAndExponent(of: value)
        if mantissa == 0 {
            exponent = 0
        }

        // Put the leading 1 at bit 60, leaving room for a carry when rounding.
        mantissa <<= UInt64(60 - Double.significandBitCount)
        while mantissa != 0 && mantissa & (1 << 60) == 0 {
            mantissa <<= 1
            exponent -= 1
        }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let dropped = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            if dropped | (mantissa & 1) > 1 << 59 {
                mantissa += 1
            }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {
                mantissa >>= 1
                exponent += 1
            }
        }

        let hexDigits = Array((upperCase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var text: [UInt8] = []
        if value.sign == .minus {
            text.append(UInt8(ascii: "-"))
        }
        text.append(UInt8(ascii: "0"))
        text.append(upperCase ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        text.append(UInt8(ascii: "0") + UInt8((mantissa >> 60) & 1))

        mantissa <<= 4
        if precision < 0 && mantissa != 0 {
            text.append(UInt8(ascii: "."))
            while mantissa != 0 {
                text.append(hexDigits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if precision > 0 {
            text.append(UInt8(ascii: "."))
            for _ in 0..<precision {
                text.append(hexDigits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }

        text.append(upperCase ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        text.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = String(abs(exponent))
        if magnitude.utf8.count < 2 {
            text.append(UInt8(ascii: "0"))
        }
        text.append(contentsOf: magnitude.utf8)
        return String(decoding: text, as: UTF8.self)
    }

    /// Returns the integer significand, with the implicit leading bit for normal values, and the
    /// unbiased exponent, so the value is significand × 2^(exponent − 52).
    private static func significandAndExponent(of value: Double) -> (UInt64, Int) {
        let magnitude = abs(value)
        if magnitude.isNormal {
            return (magnitude.significandBitPattern | (1 << UInt64(Double.significandBitCount)), Int(magnitude.exponent))
        }
        // Zero and subnormals use the smallest normal exponent without the implicit bit.
        return (magnitude.significandBitPattern, Int(Double.leastNormalMagnitude.exponent))
    }
}
