/// The names Go's regexp accepts in `\p{…}`, mapped to PCRE2 syntax.
///
/// Go (as in Helm v4.2.3) looks a name up after `canonicalName`: underscores, hyphens and spaces
/// dropped, the first letter upper case and the rest lower case. It then tries `Any`,
/// `Assigned`, `Ascii`, the general categories, the scripts and the long category names.
enum GoUnicodeClassNames {
    /// Go's `unicode.Categories` keys, in canonical form.
    private static let categories: Set<String> = [
        "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
        "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm",
        "So", "Z", "Zl", "Zp", "Zs",
    ]

    /// Unicode's long category names (Go's `unicode.CategoryAliases`), in canonical form.
    private static let categoryAliases: [String: String] = [
        "Casedletter": "L&", "Closepunctuation": "Pe", "Combiningmark": "M", "Connectorpunctuation": "Pc",
        "Control": "Cc", "Currencysymbol": "Sc", "Dashpunctuation": "Pd", "Decimalnumber": "Nd",
        "Digit": "Nd", "Enclosingmark": "Me", "Finalpunctuation": "Pf", "Format": "Cf",
        "Initialpunctuation": "Pi", "Letter": "L", "Letternumber": "Nl", "Lineseparator": "Zl",
        "Lowercaseletter": "Ll", "Mark": "M", "Mathsymbol": "Sm", "Modifierletter": "Lm",
        "Modifiersymbol": "Sk", "Nonspacingmark": "Mn", "Number": "N", "Openpunctuation": "Ps",
        "Other": "C", "Otherletter": "Lo", "Othernumber": "No", "Otherpunctuation": "Po",
        "Othersymbol": "So", "Paragraphseparator": "Zp", "Privateuse": "Co", "Punct": "P",
        "Punctuation": "P", "Separator": "Z", "Spaceseparator": "Zs", "Spacingmark": "Mc",
        "Surrogate": "Cs", "Symbol": "S", "Titlecaseletter": "Lt", "Unassigned": "Cn",
        "Uppercaseletter": "Lu", "Cntrl": "Cc",
    ]

    /// The `unicode.Scripts` keys (Unicode 15.0 in the Go that builds Helm v4.2.3) that Go can find.
    /// Go canonicalizes the requested name but not the table keys, so it never finds a script
    /// whose key has an underscore or an inner capital, such as `Old_Italic` or `SignWriting`.
    private static let scripts: Set<String> = [
        "Adlam", "Ahom", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Batak", "Bengali",
        "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Carian", "Chakma", "Cham",
        "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform", "Cypriot", "Cyrillic", "Deseret",
        "Devanagari", "Dogra", "Duployan", "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic",
        "Gothic", "Grantha", "Greek", "Gujarati", "Gurmukhi", "Han", "Hangul", "Hanunoo", "Hatran",
        "Hebrew", "Hiragana", "Inherited", "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi",
        "Kharoshthi", "Khmer", "Khojki", "Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Lisu",
        "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean", "Marchen",
        "Medefaidrin", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean",
        "Nandinagari", "Newa", "Nko", "Nushu", "Ogham", "Oriya", "Osage", "Osmanya", "Palmyrene",
        "Phoenician", "Rejang", "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham",
        "Sinhala", "Sogdian", "Soyombo", "Sundanese", "Syriac", "Tagalog", "Tagbanwa", "Takri", "Tamil",
        "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Toto",
        "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Yezidi", "Yi",
    ]

    /// Writes Go's class `name` for PCRE2, or returns nil when Go has no class of that name.
    /// The result is bracket content when `isBracketContent`, else a whole atom.
    static func pcre2Class(named name: String, negated: Bool, isBracketContent: Bool, caseInsensitive: Bool) -> String? {
        let canonical = canonicalName(name)
        let category = categories.contains(canonical) ? canonical : categoryAliases[canonical]
        if caseInsensitive, category == "Lu" || category == "Ll" {
            return foldedCasedLetters(category: category ?? "Lu", negated: negated, isBracketContent: isBracketContent)
        }
        switch canonical {
        case "Ascii":
            let members = negated ? "\\x{80}-\\x{10ffff}" : "\\x{0}-\\x{7f}"
            return isBracketContent ? members : "[" + members + "]"
        case "Assigned":
            return negated ? "\\p{Cn}" : "\\P{Cn}"
        case "Any":
            return negated ? "\\P{Any}" : "\\p{Any}"
        case "Lc":
            return negated ? "\\P{L&}" : "\\p{L&}"
        default:
            break
        }
        let property: String
        if categories.contains(canonical) {
            property = canonical
        } else if let category = categoryAliases[canonical] {
            property = category
        } else if let ranges = scriptsMissingFromPCRE2[canonical] {
            return spelledOut(ranges, negated: negated, isBracketContent: isBracketContent)
        } else if scripts.contains(canonical) {
            property = canonical
        } else {
            return nil
        }
        return (negated ? "\\P{" : "\\p{") + property + "}"
    }

    /// The scripts of Unicode 15 that PCRE2 10.42 does not know, with their code point ranges
    /// from Unicode 15.0's Scripts.txt.
    private static let scriptsMissingFromPCRE2: [String: [ClosedRange<UInt32>]] = [
        "Kawi": [0x11F00...0x11F10, 0x11F12...0x11F3A, 0x11F3E...0x11F59],
    ]

    /// Writes a class of code point ranges. Inside brackets a negated class becomes the ranges
    /// between them, because PCRE2 has no class subtraction.
    private static func spelledOut(_ ranges: [ClosedRange<UInt32>], negated: Bool, isBracketContent: Bool) -> String {
        func item(_ range: ClosedRange<UInt32>) -> String {
            let low = "\\x{" + String(range.lowerBound, radix: 16) + "}"
            let high = "\\x{" + String(range.upperBound, radix: 16) + "}"
            return range.lowerBound == range.upperBound ? low : low + "-" + high
        }

        if !negated {
            let members = ranges.map(item).joined()
            return isBracketContent ? members : "[" + members + "]"
        }
        if !isBracketContent {
            return "[^" + ranges.map(item).joined() + "]"
        }
        var gaps: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next {
                gaps.append(next...(range.lowerBound - 1))
            }
            next = range.upperBound + 1
        }
        gaps.append(next...0x10FFFF)
        return gaps.map(item).joined()
    }

    /// Writes `\p{Lu}` or `\p{Ll}` under the `i` flag, which Go extends with every character that
    /// shares a case-folding orbit with a member. PCRE2 ignores the flag for properties, so the
    /// translation spells the folded class out.
    private static func foldedCasedLetters(category: String, negated: Bool, isBracketContent: Bool) -> String {
        let ranges = category == "Lu" ? GoCaseFoldedClasses.uppercase : GoCaseFoldedClasses.lowercase
        return spelledOut(ranges, negated: negated, isBracketContent: isBracketContent)
    }

    /// Applies Go's `canonicalName`.
    static func canonicalName(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars where scalar != "_" && scalar != "-" && scalar != " " {
            let text = String(scalar)
            result += result.isEmpty ? text.uppercased() : text.lowercased()
        }
        return result
    }
}
