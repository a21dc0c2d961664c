import Foundation
import HelmKitTemplate

/// Checks and rewrites of Go regexp syntax for ICU.
enum GoRegexSyntax {
    static func parseError(_ problem: String, _ fragment: String) -> FunctionCallError {
        .failed("error parsing regexp: \(problem): `\(fragment)`")
    }

    /// Rewrites a Go pattern for ICU, throwing Go's error for the mistakes Go reports most often.
    static func translate(_ pattern: String) throws -> String {
        var translator = Translator(pattern)
        return try translator.run()
    }

    /// The state of one translation, walking the pattern a character at a time.
    private struct Translator {
        let pattern: String
        let characters: [Character]
        let hasDotAllFlag: Bool
        let hasMultilineFlag: Bool
        var output = ""
        var index = 0
        var inClass = false
        var classStart = 0
        var depth = 0

        init(_ pattern: String) {
            self.pattern = pattern
            characters = Array(pattern)
            hasDotAllFlag = pattern.range(of: #"\(\?[a-zA-Z]*s"#, options: .regularExpression) != nil
            hasMultilineFlag = pattern.range(of: #"\(\?[a-zA-Z]*m"#, options: .regularExpression) != nil
        }

        mutating func run() throws -> String {
            while index < characters.count {
                if characters[index] == "\\" {
                    try translateEscape()
                } else if inClass {
                    translateClassMember()
                } else {
                    try translateOperator()
                }
            }
            if inClass { throw parseError("missing closing ]", String(characters[classStart...])) }
            if depth > 0 { throw parseError("missing closing )", pattern) }
            // ICU rejects an empty pattern, which in Go matches the empty string everywhere.
            return output.isEmpty ? "(?:)" : output
        }

        private mutating func translateEscape() throws {
            guard index + 1 < characters.count else {
                throw parseError("trailing backslash at end of expression", "")
            }
            let escaped = characters[index + 1]
            if !inClass, escaped.isNumber, escaped != "0" {
                throw parseError("invalid escape sequence", "\\\(escaped)")
            }
            output += asciiClass(escaped, inClass: inClass) ?? "\\\(escaped)"
            index += 2
        }

        private mutating func translateClassMember() {
            let character = characters[index]
            if character == "[", index + 1 < characters.count, characters[index + 1] == ":",
               let close = closingPosixClass(characters, from: index) {
                output += String(characters[index...close])
                index = close + 1
                return
            }
            if character == "]" {
                // A "]" right after "[" or "[^" is a literal member, in Go's syntax.
                let isFirstMember = index == classStart + 1 || (index == classStart + 2 && characters[classStart + 1] == "^")
                output += isFirstMember ? "\\]" : "]"
                inClass = isFirstMember
                index += 1
                return
            }
            output += character == "[" ? "\\[" : String(character)
            index += 1
        }

        private mutating func translateOperator() throws {
            let character = characters[index]
            switch character {
            case "[":
                inClass = true
                classStart = index
                output.append(character)
            case "(":
                let lookahead = String(characters[index..<min(index + 4, characters.count)])
                for unsupported in ["(?=", "(?!", "(?>"] where lookahead.hasPrefix(unsupported) {
                    throw parseError("invalid or unsupported Perl syntax", unsupported)
                }
                if lookahead.hasPrefix("(?<=") || lookahead.hasPrefix("(?<!") {
                    throw parseError("invalid or unsupported Perl syntax", String(lookahead.prefix(3)))
                }
                depth += 1
                if lookahead.hasPrefix("(?P<") {
                    output += "(?<"
                    index += 4
                    return
                }
                output.append(character)
            case ")":
                guard depth > 0 else { throw parseError("unexpected )", pattern) }
                depth -= 1
                output.append(character)
            case "." where !hasDotAllFlag:
                output += "[^\\n]"
            case "$" where !hasMultilineFlag:
                output += "\\z"
            default:
                output.append(character)
            }
            index += 1
        }
    }

    /// Spells out `\d`, `\w` and `\s` (and outside brackets their negations) as the ASCII
    /// classes they are in Go, where ICU would also match other Unicode digits, letters and spaces.
    private static func asciiClass(_ escaped: Character, inClass: Bool) -> String? {
        let members: [Character: String] = ["d": "0-9", "w": "0-9A-Za-z_", "s": "\\t\\n\\f\\r "]
        if let set = members[escaped] { return inClass ? set : "[" + set + "]" }
        guard !inClass, let set = escaped.isUppercase ? members[Character(escaped.lowercased())] : nil else { return nil }
        return "[^" + set + "]"
    }

    private static func closingPosixClass(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 2
        while index + 1 < characters.count {
            if characters[index] == ":" && characters[index + 1] == "]" { return index + 1 }
            guard characters[index].isLetter else { return nil }
            index += 1
        }
        return nil
    }

    /// Reads a group reference after `$` in a replacement: `{name}` or the longest run of
    /// letters, digits and underscores. Returns nil when there is none, so `$` stays literal.
    static func groupReference(_ text: Substring) -> (String, Substring)? {
        func isNameCharacter(_ character: Character) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber || character == "_")
        }
        if text.first == "{" {
            guard let close = text.firstIndex(of: "}") else { return nil }
            let name = text[text.index(after: text.startIndex)..<close]
            guard !name.isEmpty, name.allSatisfy(isNameCharacter) else { return nil }
            return (String(name), text[text.index(after: close)...])
        }
        let name = text.prefix(while: isNameCharacter)
        guard !name.isEmpty else { return nil }
        return (String(name), text[name.endIndex...])
    }
}
