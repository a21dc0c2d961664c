import HelmKitTemplate
import HelmKitValues

/// Word and case conversions from goutils v1.1.1 (`title` is Go's `strings.Title`) and
/// huandu/xstrings v1.5.0 (`snakecase`, `kebabcase`, `camelcase`, `shuffle`).
enum StringCase {
    /// Upper-cases the first letter of each word as `strings.Title`.
    static func title(_ text: String) -> String {
        var previous: Unicode.Scalar = " "
        return GoUnicode.mapScalars(text) { scalar in
            defer { previous = scalar }
            return isTitleSeparator(previous) ? GoUnicode.toTitle(scalar) : scalar
        }
    }

    private static func isTitleSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let isWordCharacter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
            return !isWordCharacter
        }
        if GoUnicode.isLetter(scalar) || GoUnicode.isDigit(scalar) { return false }
        return GoStrings.isSpace(scalar)
    }

    /// Lower-cases the first letter of each whitespace-separated word, as goutils' `Uncapitalize`.
    static func untitle(_ text: String) -> String {
        var atWordStart = true
        return GoUnicode.mapScalars(text) { scalar in
            if GoStrings.isSpace(scalar) {
                atWordStart = true
                return scalar
            }
            guard atWordStart else { return scalar }
            atWordStart = false
            return GoUnicode.toLower(scalar)
        }
    }

    /// Removes whitespace as goutils' `DeleteWhiteSpace`, which works on bytes: when it removes
    /// anything, every other byte is re-encoded as the Latin-1 character of that value.
    static func deleteWhitespace(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let nonSpaceBytes = bytes.filter { !GoStrings.isSpace(Unicode.Scalar($0)) }
        guard nonSpaceBytes.count != bytes.count else { return text }
        var output = String.UnicodeScalarView()
        output.append(contentsOf: nonSpaceBytes.map { Unicode.Scalar($0) })
        return String(output)
    }

    /// Returns the first byte of each whitespace-separated word, as goutils' `Initials`, which
    /// also writes each byte as the Latin-1 character of that value.
    static func initials(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var afterGap = true
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if GoStrings.isSpace(scalar) {
                afterGap = true
            } else if afterGap {
                output.append(scalar)
                afterGap = false
            }
        }
        return String(output)
    }

    /// Swaps case as goutils' `SwapCase`: a lower-case letter after whitespace becomes title case.
    static func swapCase(_ text: String) -> String {
        var afterWhitespace = true
        return GoUnicode.mapScalars(text) { scalar in
            if GoUnicode.isUpper(scalar) || GoUnicode.isTitle(scalar) {
                afterWhitespace = false
                return GoUnicode.toLower(scalar)
            }
            if GoUnicode.isLower(scalar) {
                defer { afterWhitespace = false }
                return afterWhitespace ? GoUnicode.toTitle(scalar) : GoUnicode.toUpper(scalar)
            }
            afterWhitespace = GoStrings.isSpace(scalar)
            return scalar
        }
    }

    static func isConnector(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || GoStrings.isSpace(scalar)
    }

    /// Converts to upper camel case as xstrings' `ToPascalCase`: connectors between words go,
    /// repeated connectors keep all but one, and a run of capitals after a capital is lowered.
    static func pascalCase(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        var output = String.UnicodeScalarView()

        var current: Unicode.Scalar? = nil
        var wordStartsUpper = false
        while let scalar = scalars.popFirst() {
            if !isConnector(scalar) {
                wordStartsUpper = GoUnicode.isUpper(scalar)
                current = GoUnicode.toUpper(scalar)
                break
            }
            output.append(scalar)
            current = scalar
        }
        guard var current else { return "" }

        while let next = scalars.popFirst() {
            let previous = current
            current = next
            if isConnector(current) && isConnector(previous) {
                output.append(previous)
                continue
            }
            if isConnector(previous) {
                wordStartsUpper = GoUnicode.isUpper(current)
                current = GoUnicode.toUpper(current)
            } else {
                if wordStartsUpper {
                    if GoUnicode.isUpper(current) {
                        current = GoUnicode.toLower(current)
                    } else {
                        wordStartsUpper = false
                    }
                }
                output.append(previous)
            }
        }
        output.append(current)
        return String(output)
    }
}
