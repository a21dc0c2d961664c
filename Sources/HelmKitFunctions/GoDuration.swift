import HelmKitValues

/// Go's `time.Duration` text: `ParseDuration` and `Duration.String`.
enum GoDuration {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    private static let units: [(String, UInt64)] = [
        ("ns", 1), ("us", 1_000), ("\u{00B5}s", 1_000), ("\u{03BC}s", 1_000), ("ms", 1_000_000),
        ("s", 1_000_000_000), ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ]

    /// Parses as `time.ParseDuration`, such as `1h30m`, `-1.5s` or `300ms`.
    static func parse(_ text: String) throws -> Int64 {
        let original = text
        func invalid() -> ParseError { ParseError(description: "time: invalid duration \(GoQuoting.quote(original))") }
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { throw invalid() }

        var total: UInt64 = 0
        while !rest.isEmpty {
            let whole = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(whole.count)
            var fraction: Substring = ""
            if rest.first == "." {
                rest = rest.dropFirst()
                fraction = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else { throw invalid() }

            let unitText = rest.prefix { !($0 == "." || ($0.isASCII && $0.isNumber)) }
            rest = rest.dropFirst(unitText.count)
            guard !unitText.isEmpty else {
                throw ParseError(description: "time: missing unit in duration \(GoQuoting.quote(original))")
            }
            guard let scale = units.first(where: { $0.0 == unitText })?.1 else {
                throw ParseError(description: "time: unknown unit \(GoQuoting.quote(String(unitText))) in duration \(GoQuoting.quote(original))")
            }

            guard let wholeValue = whole.isEmpty ? 0 : UInt64(whole) else { throw invalid() }
            let (scaled, overflowed) = wholeValue.multipliedReportingOverflow(by: scale)
            guard !overflowed else { throw invalid() }
            var part = scaled
            if !fraction.isEmpty {
                // The fraction in units of `scale`, truncated, as Go computes it.
                var fractionValue: Double = 0
                var place: Double = 1
                for digit in fraction.prefix(18) {
                    place /= 10
                    fractionValue += Double(digit.wholeNumberValue ?? 0) * place
                }
                part &+= UInt64(fractionValue * Double(scale))
            }
            let (sum, sumOverflowed) = total.addingReportingOverflow(part)
            guard !sumOverflowed, sum <= UInt64(Int64.max) + (negative ? 1 : 0) else { throw invalid() }
            total = sum
        }
        if negative { return total == UInt64(Int64.max) + 1 ? Int64.min : -Int64(total) }
        return Int64(total)
    }

    /// Formats as `Duration.String`: `1h2m3.5s`, `1.5ms`, `0s`.
    static func format(_ duration: Int64) -> String {
        if duration == 0 { return "0s" }
        let negative = duration < 0
        let magnitude = duration.magnitude
        var text: String

        if magnitude < 1_000_000_000 {
            let (unit, scale): (String, UInt64)
            switch magnitude {
            case ..<1_000: (unit, scale) = ("ns", 1)
            case ..<1_000_000: (unit, scale) = ("\u{00B5}s", 1_000)
            default: (unit, scale) = ("ms", 1_000_000)
            }
            text = decimal(magnitude, scale: scale) + unit
        } else {
            let hours = magnitude / 3_600_000_000_000
            let minutes = magnitude / 60_000_000_000 % 60
            text = decimal(magnitude % 60_000_000_000, scale: 1_000_000_000) + "s"
            if hours > 0 || minutes > 0 { text = "\(minutes)m" + text }
            if hours > 0 { text = "\(hours)h" + text }
        }
        return negative ? "-" + text : text
    }

    /// Prints `value / scale` with the fraction's trailing zeros removed.
    private static func decimal(_ value: UInt64, scale: UInt64) -> String {
        let whole = value / scale
        var fraction = String(value % scale)
        guard scale > 1, value % scale != 0 else { return String(whole) }
        let width = String(scale).count - 1
        fraction = String(repeating: "0", count: width - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
