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
            return foldedCasedLetters(negated: negated, isBracketContent: isBracketContent)
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
        } else if scripts.contains(canonical) {
            // TODO: PCRE2 10.42 has no Unicode 15 scripts and rejects `\p{Kawi}` at compile time,
            // although Go accepts it.
            property = canonical
        } else {
            return nil
        }
        return (negated ? "\\P{" : "\\p{") + property + "}"
    }

    /// Writes `\p{Lu}` or `\p{Ll}` under the `i` flag, which Go extends with every character that
    /// case-folds into the class: the cased letters (PCRE2's `L&`) and U+0345, which folds to ι.
    /// PCRE2 ignores the flag for properties, so the translation spells the folded class out.
    ///
    /// TODO: this slightly overshoots Go, because `L&` also contains lowercase letters without an
    /// upper case (such as U+0138), and the negated form inside brackets does not exclude U+0345.
    private static func foldedCasedLetters(negated: Bool, isBracketContent: Bool) -> String {
        if negated {
            return isBracketContent ? "\\P{L&}" : "[^\\p{L&}\\x{345}]"
        }
        return isBracketContent ? "\\p{L&}\\x{345}" : "[\\p{L&}\\x{345}]"
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
