/// Escapes, bracket expressions and Unicode classes of Go's RE2 syntax, written for PCRE2.
extension GoRegexParser {
    /// Parses a backslash outside brackets: an assertion, `\Q…\E`, a class or one character.
    mutating func parseEscapeOutsideClass() throws {
        guard let escaped = scalar(at: index + 1) else {
            throw GoRegexSyntax.parseError(.trailingBackslash, "")
        }
        switch escaped {
        case "A", "b", "B", "z":
            appendAtom("\\" + String(escaped), isAssertion: true)
            index += 2
        case "C":
            // Go does not support matching a single byte.
            throw GoRegexSyntax.parseError(.invalidEscape, "\\C")
        case "Q":
            appendQuotedLiterals()
        case "p", "P":
            let (syntax, end) = try unicodeClass(at: index, isBracketContent: false)
            appendAtom(syntax)
            index = end
        case "d", "D", "w", "W":
            // Without PCRE2_UCP these are ASCII-only, as in Go.
            appendAtom("\\" + String(escaped))
            index += 2
        case "s":
            appendAtom("[" + GoRegexSyntax.spaceMembers + "]")
            index += 2
        case "S":
            appendAtom("[^" + GoRegexSyntax.spaceMembers + "]")
            index += 2
        default:
            let (value, end) = try parseEscape(at: index)
            appendAtom(GoRegexSyntax.literal(value))
            index = end
        }
    }

    /// Appends each character between `\Q` and `\E` (or the end of the pattern) as a literal.
    private mutating func appendQuotedLiterals() {
        var position = index + 2
        while position < scalars.count {
            if scalars[position] == "\\", scalar(at: position + 1) == "E" {
                index = position + 2
                return
            }
            appendAtom(GoRegexSyntax.literal(scalars[position].value))
            position += 1
        }
        index = position
    }

    /// Parses a one-character escape at `start` as Go's `parseEscape`, returning the code point
    /// and the position after the escape.
    func parseEscape(at start: Int) throws -> (UInt32, Int) {
        var position = start + 1
        guard let escaped = scalar(at: position) else {
            throw GoRegexSyntax.parseError(.trailingBackslash, "")
        }
        position += 1
        func invalid() -> Error {
            GoRegexSyntax.parseError(.invalidEscape, text(start..<min(position, scalars.count)))
        }
        func octalDigit(_ scalar: Unicode.Scalar?) -> UInt32? {
            guard let scalar, ("0"..."7").contains(scalar) else { return nil }
            return scalar.value - 0x30
        }

        switch escaped {
        case "0"..."7":
            // A lone digit other than 0 would be a back-reference, which Go does not support.
            if escaped != "0", octalDigit(scalar(at: position)) == nil { throw invalid() }
            var value = escaped.value - 0x30
            for _ in 1..<3 {
                guard let digit = octalDigit(scalar(at: position)) else { break }
                value = value * 8 + digit
                position += 1
            }
            return (value, position)
        case "x":
            return try parseHexEscape(start: start, after: position)
        case "a": return (0x07, position)
        case "f": return (0x0C, position)
        case "n": return (0x0A, position)
        case "r": return (0x0D, position)
        case "t": return (0x09, position)
        case "v": return (0x0B, position)
        default:
            let isPunctuation = escaped.isASCII && !escaped.properties.isAlphabetic && !("0"..."9").contains(escaped)
            guard isPunctuation else { throw invalid() }
            return (escaped.value, position)
        }
    }

    /// Parses `\xHH` or `\x{H…}` after the `x` at `after`.
    private func parseHexEscape(start: Int, after: Int) throws -> (UInt32, Int) {
        var position = after
        func invalid() -> Error {
            GoRegexSyntax.parseError(.invalidEscape, text(start..<min(position, scalars.count)))
        }
        func hexDigit(_ scalar: Unicode.Scalar?) -> UInt32? {
            guard let scalar, scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else { return nil }
            return digit
        }
        guard let first = scalar(at: position) else { throw invalid() }
        position += 1
        if first == "{" {
            var value: UInt32 = 0
            var digitCount = 0
            while true {
                guard let next = scalar(at: position) else { throw invalid() }
                position += 1
                if next == "}" { break }
                guard let digit = hexDigit(next) else { throw invalid() }
                value = value * 16 + digit
                if value > 0x10FFFF { throw invalid() }
                digitCount += 1
            }
            guard digitCount > 0 else { throw invalid() }
            return (value, position)
        }
        let second = scalar(at: position)
        if second != nil { position += 1 }
        guard let high = hexDigit(first), let low = hexDigit(second) else { throw invalid() }
        return (high * 16 + low, position)
    }

    /// Parses `\pL`, `\p{Name}`, `\PL`, `\P{Name}` or `\p{^Name}` at `start`, returning the
    /// PCRE2 syntax (bracket content when `isBracketContent`) and the position after it.
    func unicodeClass(at start: Int, isBracketContent: Bool) throws -> (String, Int) {
        var isNegated = scalars[start + 1] == "P"
        guard let opening = scalar(at: start + 2) else {
            throw GoRegexSyntax.parseError(.invalidCharRange, text(start..<(start + 2)))
        }
        var name: String
        let end: Int
        if opening != "{" {
            name = String(opening)
            end = start + 3
        } else {
            guard let close = scalars[start...].firstIndex(of: "}") else {
                throw GoRegexSyntax.parseError(.invalidCharRange, text(start..<scalars.count))
            }
            name = text((start + 3)..<close)
            end = close + 1
        }
        if name.hasPrefix("^") {
            isNegated.toggle()
            name.removeFirst()
        }
        let syntax = GoUnicodeClassNames.pcre2Class(named: name, negated: isNegated, isBracketContent: isBracketContent,
                                                    caseInsensitive: isCaseInsensitive)
        guard let syntax else {
            throw GoRegexSyntax.parseError(.invalidCharRange, text(start..<end))
        }
        return (syntax, end)
    }

    /// Parses a bracket expression as Go's `parseClass`.
    mutating func parseClass() throws {
        let classStart = index
        var position = index + 1
        var syntax = "["
        if scalar(at: position) == "^" {
            syntax += "^"
            position += 1
        }
        var isFirst = true
        // "]" right after "[" or "[^" is a member, not the end.
        while position >= scalars.count || scalars[position] != "]" || isFirst {
            isFirst = false
            guard position < scalars.count else {
                throw GoRegexSyntax.parseError(.missingBracket, text(classStart..<scalars.count))
            }
            if let (members, end) = try posixClass(at: position) {
                syntax += members
                position = end
                continue
            }
            if scalars[position] == "\\", let escaped = scalar(at: position + 1) {
                switch escaped {
                case "p", "P":
                    let (members, end) = try unicodeClass(at: position, isBracketContent: true)
                    syntax += members
                    position = end
                    continue
                case "d", "D", "w", "W":
                    syntax += "\\" + String(escaped)
                    position += 2
                    continue
                case "s":
                    syntax += GoRegexSyntax.spaceMembers
                    position += 2
                    continue
                case "S":
                    syntax += GoRegexSyntax.nonSpaceMembers
                    position += 2
                    continue
                default:
                    break
                }
            }

            let rangeStart = position
            let (low, afterLow) = try classCharacter(at: position, classStart: classStart)
            position = afterLow
            var high = low
            // "a-]" ends with a literal "-".
            if scalar(at: position) == "-", let next = scalar(at: position + 1), next != "]" {
                (high, position) = try classCharacter(at: position + 1, classStart: classStart)
                guard high >= low else {
                    throw GoRegexSyntax.parseError(.invalidCharRange, text(rangeStart..<position))
                }
            }
            syntax += GoRegexSyntax.literal(low)
            if high != low { syntax += "-" + GoRegexSyntax.literal(high) }
        }
        syntax += "]"
        appendAtom(syntax)
        index = position + 1
    }

    private func classCharacter(at position: Int, classStart: Int) throws -> (UInt32, Int) {
        guard let character = scalar(at: position) else {
            throw GoRegexSyntax.parseError(.missingBracket, text(classStart..<scalars.count))
        }
        if character == "\\" { return try parseEscape(at: position) }
        return (character.value, position + 1)
    }

    /// Parses `[:name:]` or `[:^name:]` inside brackets. Returns nil when there is none, so the
    /// `[` is a member.
    private func posixClass(at position: Int) throws -> (String, Int)? {
        guard scalars.count - position > 2, scalars[position] == "[", scalars[position + 1] == ":" else { return nil }
        var close = position + 2
        while close + 1 < scalars.count, !(scalars[close] == ":" && scalars[close + 1] == "]") {
            close += 1
        }
        guard close + 1 < scalars.count else { return nil }
        let whole = text(position..<(close + 2))
        var name = text((position + 2)..<close)
        if name.hasPrefix("^") { name.removeFirst() }
        guard GoRegexSyntax.posixClassNames.contains(name) else {
            throw GoRegexSyntax.parseError(.invalidCharRange, whole)
        }
        return (whole, close + 2)
    }
}
