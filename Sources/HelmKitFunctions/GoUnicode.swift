/// Go's `unicode` case mapping and character classes, one scalar at a time.
enum GoUnicode {
    /// Maps as `unicode.ToUpper`: Go uses the simple one-to-one mapping, so a letter whose full
    /// mapping has several scalars (such as ß) stays as it is.
    static func toUpper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.uppercaseMapping) ?? scalar
    }

    static func toLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.lowercaseMapping) ?? scalar
    }

    static func toTitle(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.titlecaseMapping) ?? scalar
    }

    static func mapScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var output = String.UnicodeScalarView()
        output.append(contentsOf: text.unicodeScalars.map(transform))
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
