import HelmKitValues

/// Numbers in schema error messages and the exact `multipleOf` test of Helm's validator
/// (santhosh-tekuri/jsonschema v6).
///
/// The validator words its messages through golang.org/x/text's English printer, which groups
/// digits (`70,000`) and writes exponents as `1.5×10⁰⁷`. It reads numbers from the values'
/// JSON text as exact rationals, so `0.3` is a multiple of `0.1` there.
enum SchemaNumbers {
    /// Converts a schema's count keyword to an `Int`, clamping values no count can reach and
    /// truncating fractions.
    static func clamped(_ number: Double) -> Int {
        // NOTE: for a count past Int64, Helm's message shows the exact integer's low 64 bits
        // (1e30 prints as 5,076,944,270,305,263,616); the check fails the same way.
        guard number.isFinite else { return number > 0 ? Int.max : Int.min }
        if number >= 9.2e18 { return Int.max }
        if number <= -9.2e18 { return Int.min }
        return Int(number)
    }

    /// Formats a count as the printer's `%d`: `12,345`.
    static func integer(_ number: Int) -> String {
        let digits = String(number.magnitude)
        return (number < 0 ? "-" : "") + grouped(Substring(digits))
    }

    /// Formats a float64 as the printer's `%v`: Go's shortest form, with the integer part
    /// grouped, or in scientific form with a superscript exponent of at least two digits.
    static func float(_ number: Double) -> String {
        var text = Substring(GoFloat.format(number, verb: "g", precision: -1))
        let sign = text.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty {
            text = text.dropFirst()
        }

        if let exponentStart = text.firstIndex(of: "e") {
            let mantissa = text[..<exponentStart]
            var exponent = text[text.index(after: exponentStart)...]
            var exponentSign = ""
            if exponent.hasPrefix("-") {
                exponentSign = "⁻"
            }
            if exponent.hasPrefix("-") || exponent.hasPrefix("+") {
                exponent = exponent.dropFirst()
            }
            return sign + mantissa + "×10" + exponentSign + superscript(exponent)
        }
        if text == "NaN" || text == "+Inf" || text == "Inf" {
            return sign + text
        }

        let integerPart = text.prefix { $0 != "." }
        return sign + grouped(integerPart) + text.dropFirst(integerPart.count)
    }

    /// Returns whether `number` is an integer multiple of `divisor`, computed exactly on their
    /// shortest decimal forms as the validator's rationals do.
    static func isMultiple(_ number: Double, of divisor: Double) -> Bool {
        guard let value = Decimal(number), let step = Decimal(divisor), step.digits != 0 else {
            return (number / divisor).rounded() == number / divisor
        }
        if value.digits == 0 { return true }

        // value / step = (valueDigits / stepDigits) × 10^(valueExponent - stepExponent).
        let shift = value.exponent - step.exponent
        if shift >= 0 {
            var remainder = value.digits % step.digits
            for _ in 0..<shift where remainder != 0 {
                remainder = multipliedModulo(remainder, 10, step.digits)
            }
            return remainder == 0
        }
        guard -shift <= 18 else { return false }
        let scale = UInt64(pow10(-shift))
        guard value.digits % scale == 0 else { return false }
        return (value.digits / scale) % step.digits == 0
    }

    /// A finite float64 as `digits × 10^exponent`, from its shortest decimal form.
    private struct Decimal {
        var digits: UInt64
        var exponent: Int

        init?(_ number: Double) {
            guard number.isFinite else { return nil }
            let text = GoFloat.format(number.magnitude, verb: "e", precision: -1)
            guard let exponentStart = text.firstIndex(of: "e"),
                  let writtenExponent = Int(text[text.index(after: exponentStart)...]) else { return nil }
            let mantissa = text[..<exponentStart]
            let fraction = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
            guard let value = UInt64(mantissa.filter { $0 != "." }) else { return nil }
            digits = value
            exponent = writtenExponent - fraction.count
        }
    }

    private static func multipliedModulo(_ left: UInt64, _ right: UInt64, _ modulus: UInt64) -> UInt64 {
        let product = left.multipliedFullWidth(by: right)
        return modulus.dividingFullWidth((high: product.high, low: product.low)).remainder
    }

    private static func pow10(_ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(UInt64(1)) { result, _ in result * 10 }
    }

    private static func grouped(_ digits: Substring) -> String {
        var output = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 {
                output.append(",")
            }
            output.append(digit)
        }
        return output
    }

    private static func superscript(_ digits: Substring) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = String(digits)
        while text.count < 2 {
            text = "0" + text
        }
        return String(text.map { digit in digit.wholeNumberValue.map { superscripts[$0] } ?? digit })
    }
}
