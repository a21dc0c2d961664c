/// Works around a difference between the emitters: after a quoted scalar that ends with a line
/// break (U+2028 or U+2029, as other breaks select another style), libyaml 0.2.5 writes the
/// indentation before the closing quote and go-yaml v2 does not.
///
/// The writer appends a private-use character to such a scalar, so libyaml finds no trailing
/// break, and removes it from the output where it sits between the break and the closing quote.
enum TrailingBreakMarker {
    static let marker: Unicode.Scalar = "\u{E000}"

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Returns `text` without each marker that precedes a closing quote, and without the
    /// indentation libyaml wrote between the break and the marker. Inside single quotes a quote in
    /// the text is doubled, and inside double quotes it is escaped, so a lone quote after the
    /// marker closes the scalar.
    static func removed(from text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar == marker && isBeforeClosingQuote(scalars, index),
               let breakEnd = endOfBreak(before: result) {
                result.removeSubrange(breakEnd...)
                continue
            }
            result.append(scalar)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return String(view)
    }

    /// Returns the index just past the break that the marker follows, skipping the indentation
    /// (spaces, after a line feed when the indentation is 0), or nil when no break precedes it.
    private static func endOfBreak(before scalars: [Unicode.Scalar]) -> Int? {
        var end = scalars.count
        while end > 0 && scalars[end - 1] == " " {
            end -= 1
        }
        if end > 0 && scalars[end - 1] == "\n" {
            end -= 1
        }
        if end >= 1 && isBreak(scalars[end - 1]) {
            return end
        }
        let isEscapedBreak = end == scalars.count && end >= 2 && scalars[end - 2] == "\\"
            && (scalars[end - 1] == "L" || scalars[end - 1] == "P")
        return isEscapedBreak ? end : nil
    }

    private static func isBeforeClosingQuote(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        switch scalars[index + 1] {
        case "\"":
            return true
        case "'":
            return index + 2 >= scalars.count || scalars[index + 2] != "'"
        default:
            return false
        }
    }
}
