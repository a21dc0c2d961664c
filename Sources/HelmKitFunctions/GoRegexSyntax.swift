import HelmKitTemplate

/// Checks and rewrites of Go regexp syntax for ICU.
enum GoRegexSyntax {
    static func parseError(_ problem: String, _ fragment: String) -> FunctionCallError {
        .failed("error parsing regexp: \(problem): `\(fragment)`")
    }

    /// Rewrites a Go pattern for ICU, throwing Go's error for the mistakes Go reports most often.
    static func translate(_ pattern: String) throws -> String {
        let hasDotAllFlag = pattern.contains("(?s") || pattern.range(of: #"\(\?[a-zA-Z]*s"#, options: .regularExpression) != nil
        let hasMultilineFlag = pattern.range(of: #"\(\?[a-zA-Z]*m"#, options: .regularExpression) != nil
        let characters = Array(pattern)
        var output = ""
        var index = 0
        var inClass = false
        var depth = 0
        var classStart = 0

        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                guard index + 1 < characters.count else {
                    throw parseError("trailing backslash at end of expression", "")
                }
                let escaped = characters[index + 1]
                if !inClass, escaped.isNumber, escaped != "0" {
                    throw parseError("invalid escape sequence", "\\\(escaped)")
                }
                output += asciiClass(escaped, inClass: inClass) ?? "\\\(escaped)"
                index += 2
                continue
            }
            if inClass {
                if character == "[", index + 1 < characters.count, characters[index + 1] == ":",
                   let close = closingPosixClass(characters, from: index) {
                    output += String(characters[index...close])
                    index = close + 1
                    continue
                }
                if character == "]" {
                    // A "]" right after "[" or "[^" is a literal member, in Go's syntax.
                    let isFirstMember = index == classStart + 1 || (index == classStart + 2 && characters[classStart + 1] == "^")
                    output += isFirstMember ? "\\]" : "]"
                    inClass = isFirstMember
                    index += 1
                    continue
                }
                output.append(character == "[" ? "\\[" : String(character))
                index += 1
                continue
            }

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
                    continue
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

        if inClass { throw parseError("missing closing ]", String(characters[classStart...])) }
        if depth > 0 { throw parseError("missing closing )", pattern) }
        // ICU rejects an empty pattern, which in Go matches the empty string everywhere.
        return output.isEmpty ? "(?:)" : output
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
