import HelmKitValues

/// Go's `unicode` case mapping and character classes, one scalar at a time.
enum GoUnicode {
    /// Maps as `unicode.ToUpper`: Go uses the simple one-to-one mapping, so a letter whose full
    /// mapping has several scalars (such as ß) stays as it is.
    static func toUpper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let mapped = single(scalar.properties.uppercaseMapping) { return mapped }
        // Greek letters with ypogegrammeni have a one-scalar simple mapping besides the full one.
        switch scalar.value {
        case 0x1F80...0x1F87, 0x1F90...0x1F97, 0x1FA0...0x1FA7: return Unicode.Scalar(scalar.value + 8) ?? scalar
        case 0x1FB3, 0x1FC3, 0x1FF3: return Unicode.Scalar(scalar.value + 9) ?? scalar
        default: return scalar
        }
    }

    static func toLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let mapped = single(scalar.properties.lowercaseMapping) { return mapped }
        // İ lowers to "i" with a combining dot in full, and to plain "i" in the simple mapping.
        return scalar == "\u{130}" ? "i" : scalar
    }

    static func toTitle(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.titlecaseMapping) ?? scalar
    }

    static func mapScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // strings.Map writes U+FFFD for each byte that is not UTF-8.
            output.append(GoByteString.escapedByte(scalar) == nil ? transform(scalar) : "\u{FFFD}")
        }
        return String(output)
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .uppercaseLetter
    }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .lowercaseLetter
    }

    static func isTitle(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .titlecaseLetter
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        let scalars = mapping.unicodeScalars
        guard scalars.count == 1 else { return nil }
        return scalars.first
    }
}
