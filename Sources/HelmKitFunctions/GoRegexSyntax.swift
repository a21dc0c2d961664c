import HelmKitTemplate

/// A Go pattern rewritten in PCRE2 syntax.
struct TranslatedPattern {
    let pcre2Pattern: String
    /// The name of each capturing group in order, "" for an unnamed group.
    let groupNames: [String]
    /// The PCRE2 group numbers of each of the user's groups in order. Hidden groups shift them, and
    /// a group that the translation writes more than once has several.
    let groupNumbers: [[Int]]
    /// Whether the pattern contains the checkpoint callouts GoRegexEmitter.swift describes.
    let usesCallouts: Bool
}

/// The kinds of parse error Go's regexp/syntax reports, with Go's texts.
enum GoRegexErrorCode: String {
    case invalidCharClass = "invalid character class"
    case invalidCharRange = "invalid character class range"
    case invalidEscape = "invalid escape sequence"
    case invalidNamedCapture = "invalid named capture"
    case invalidPerlOp = "invalid or unsupported Perl syntax"
    case invalidRepeatOp = "invalid nested repetition operator"
    case invalidRepeatSize = "invalid repeat count"
    case missingBracket = "missing closing ]"
    case missingParen = "missing closing )"
    case missingRepeatArgument = "missing argument to repetition operator"
    case trailingBackslash = "trailing backslash at end of expression"
    case unexpectedParen = "unexpected )"
}

/// Parses Go's RE2 syntax as Go's regexp/syntax does and writes the same pattern for PCRE2.
///
/// Every literal other than an ASCII letter or digit is written as `\x{…}`, so no Go literal can
/// turn into PCRE2 syntax. Capturing groups are written unnamed, because Go allows names PCRE2
/// rejects (such as ones starting with a digit). `TranslatedPattern.groupNames` keeps the names.
/// Loops whose body can match empty get hidden groups and callouts, as GoRegexEmitter.swift
/// describes.
enum GoRegexSyntax {
    /// The largest count in `x{n,m}`, and the largest product of nested counts (Go's `maxRepeat`).
    static let maxRepeat = 1000

    static func parseError(_ code: GoRegexErrorCode, _ expression: String) -> FunctionCallError {
        .failed("error parsing regexp: \(code.rawValue): `\(expression)`")
    }

    /// Translates `pattern`, throwing Go's `error parsing regexp: …` text for a pattern Go rejects.
    static func translate(_ pattern: String) throws -> TranslatedPattern {
        var parser = GoRegexParser(pattern)
        return try parser.run()
    }

    /// Writes a code point as PCRE2 syntax that means only that code point, in or out of brackets.
    static func literal(_ value: UInt32) -> String {
        if let scalar = Unicode.Scalar(value), scalar.isASCII,
           scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            return String(scalar)
        }
        return "\\x{" + String(value, radix: 16) + "}"
    }

    /// Go's `\s`: tab, newline, form feed, carriage return and space (PCRE2's `\s` adds vertical tab).
    static let spaceMembers = "\\x{9}\\x{a}\\x{c}\\x{d}\\x{20}"
    /// Everything but Go's `\s`, as ranges that also work inside brackets.
    static let nonSpaceMembers = "\\x{0}-\\x{8}\\x{b}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}"

    /// The POSIX classes Go accepts inside brackets, which PCRE2 spells the same way.
    static let posixClassNames: Set<String> = [
        "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
        "space", "upper", "word", "xdigit",
    ]

    /// A group named in a replacement template.
    enum GroupReference {
        case number(Int)
        case name(String)
    }

    /// Reads a group reference after `$` in a replacement as Go's `extract`: `{name}` or the
    /// longest run of Unicode letters, digits and underscores. A name of decimal digits without
    /// a leading zero, of at most nine digits, is a group number. Returns nil when there is no reference,
    /// so the `$` stays literal.
    static func groupReference(_ text: Substring) -> (GroupReference, Substring)? {
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || isLetter(scalar)
                || scalar.properties.generalCategory == .decimalNumber
        }
        var rest = text.unicodeScalars[...]
        let hasBrace = rest.first == "{"
        if hasBrace { rest = rest.dropFirst() }
        let name = rest.prefix(while: isNameCharacter)
        guard !name.isEmpty else { return nil }
        rest = rest[name.endIndex...]
        if hasBrace {
            guard rest.first == "}" else { return nil }
            rest = rest.dropFirst()
        }
        let nameText = String(Substring(name))
        let remainder = Substring(rest)
        let isNumber = name.allSatisfy { ("0"..."9").contains($0) } && !(name.first == "0" && name.count > 1)
        if isNumber, name.count <= 9, let number = Int(nameText) {
            return (.number(number), remainder)
        }
        return (.name(nameText), remainder)
    }

    /// Tests Go's `unicode.IsLetter`: general category L.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
