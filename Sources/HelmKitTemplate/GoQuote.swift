import HelmKitValues

/// The `%q` and `%#U` forms that text/template puts into its error texts, on top of the value
/// module's `strconv.Quote`.
enum GoQuote {
    /// Quotes `text` as `strconv.Quote` does; `maxRunes` truncates first, as `%.Nq` does.
    static func quote(_ text: String, maxRunes: Int? = nil) -> String {
        guard let limit = maxRunes, text.unicodeScalars.count > limit else { return GoQuoting.quote(text) }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: text.unicodeScalars.prefix(limit))
        return GoQuoting.quote(String(prefix))
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

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        GoQuoting.isPrint(scalar)
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        if digits.count >= width { return digits }
        return String(repeating: "0", count: width - digits.count) + digits
    }
}
