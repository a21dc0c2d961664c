/// One pass over a Go pattern, following the order of checks in Go's regexp/syntax `parse`, so
/// that the first error Go would report is the one thrown. Brackets and escapes are in
/// GoRegexClasses.swift.
struct GoRegexParser {
    /// A finished operand that a repetition operator can apply to.
    struct Atom {
        /// The UTF-8 offset in `output` where the atom starts.
        var start: Int
        /// The largest product of nested counted repetitions inside, as Go's `repeatIsValid` computes it.
        var repeatProduct: Int
        /// Whether the atom is an assertion such as `^`, which PCRE2 repeats only inside a group.
        var isAssertion: Bool
        var traits: MatchTraits
        /// The traits of the sequence before the atom, to combine again when a repetition changes the atom.
        var precedingTraits: MatchTraits
    }

    /// An open group, with the state of the enclosing sequence to restore when it closes.
    struct Group {
        var start: Int
        var isCapture: Bool
        var enclosingProduct: Int
        var enclosingCaseInsensitive: Bool
        var enclosingUngreedy: Bool
        var enclosingSequence: MatchTraits
        var enclosingAlternatives: MatchTraits?
    }

    let pattern: String
    let scalars: [Unicode.Scalar]
    var index = 0
    var output = ""
    var groupNames: [String] = []
    var groups: [Group] = []
    var lastAtom: Atom? = nil
    /// The largest `Atom.repeatProduct` in the innermost open group so far.
    var sequenceProduct = 1
    /// Whether the `i` flag is in effect at the current position.
    var isCaseInsensitive = false
    /// Whether the `U` flag, which swaps greedy and lazy repetition, is in effect at the current position.
    var isUngreedy = false
    /// The traits of the current alternative up to the current position.
    var sequenceTraits = MatchTraits.emptySequence
    /// The combined traits of the finished alternatives of the innermost open group, nil before its first `|`.
    var alternativeTraits: MatchTraits? = nil
    /// The start of the previous token when it was a repetition operator, for Go's check of `a**`.
    var lastRepeatStart: Int? = nil

    init(_ pattern: String) {
        self.pattern = pattern
        scalars = Array(pattern.unicodeScalars)
    }

    func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
    }

    func scalar(at position: Int) -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    mutating func run() throws -> TranslatedPattern {
        while index < scalars.count {
            let tokenStart = index
            var isRepeat = false
            switch scalars[index] {
            case "(":
                try openGroup()
            case "|":
                output += "|"
                alternativeTraits = sequenceTraits.alternative(before: alternativeTraits)
                sequenceTraits = .emptySequence
                lastAtom = nil
                index += 1
            case ")":
                try closeGroup()
            case "^", "$":
                appendAtom(String(scalars[index]), isAssertion: true)
                index += 1
            case ".":
                appendAtom(".")
                index += 1
            case "[":
                try parseClass()
            case "*", "+", "?":
                try applyRepeat(from: tokenStart, operatorEnd: index + 1, counts: nil)
                isRepeat = true
            case "{":
                if let (counts, end) = countedRepeat(at: index) {
                    try applyRepeat(from: tokenStart, operatorEnd: end, counts: counts)
                    isRepeat = true
                } else {
                    // A brace that does not start `{n}`, `{n,}` or `{n,m}` is a literal, as in Go.
                    appendAtom(GoRegexSyntax.literal(0x7B))
                    index += 1
                }
            case "\\":
                try parseEscapeOutsideClass()
            default:
                appendAtom(GoRegexSyntax.literal(scalars[index].value))
                index += 1
            }
            lastRepeatStart = isRepeat ? tokenStart : nil
        }
        guard groups.isEmpty else { throw GoRegexSyntax.parseError(.missingParen, pattern) }
        return GoRegexMarkers.resolve(output, groupNames: groupNames)
    }

    mutating func appendAtom(_ syntax: String, isAssertion: Bool = false, repeatProduct: Int = 1) {
        let traits = isAssertion ? MatchTraits.assertion : MatchTraits.consuming
        lastAtom = Atom(start: output.utf8.count, repeatProduct: repeatProduct, isAssertion: isAssertion,
                        traits: traits, precedingTraits: sequenceTraits)
        sequenceTraits = sequenceTraits.followed(by: traits)
        sequenceProduct = max(sequenceProduct, repeatProduct)
        output += syntax
    }

    // MARK: Groups

    private mutating func openGroup() throws {
        guard scalar(at: index + 1) == "?" else {
            beginGroup(captureName: "")
            index += 1
            return
        }
        let remaining = scalars.count - index
        let startsWithP = remaining > 4 && scalars[index + 2] == "P" && scalars[index + 3] == "<"
        let startsWithName = remaining > 3 && scalars[index + 2] == "<"
        if startsWithP || startsWithName {
            try openNamedGroup(nameStart: index + (startsWithP ? 4 : 3))
            return
        }
        try parseFlags()
    }

    private mutating func openNamedGroup(nameStart: Int) throws {
        guard let close = scalars[index...].firstIndex(of: ">") else {
            throw GoRegexSyntax.parseError(.invalidNamedCapture, text(index..<scalars.count))
        }
        let name = text(nameStart..<close)
        let isValidName = !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        }
        guard isValidName else {
            throw GoRegexSyntax.parseError(.invalidNamedCapture, text(index..<(close + 1)))
        }
        beginGroup(captureName: name)
        index = close + 1
    }

    /// Parses `(?flags)` or `(?flags:`, where Go accepts only the flags i, m, s and U.
    private mutating func parseFlags() throws {
        var position = index + 2
        var enabled = ""
        var disabled = ""
        var isNegated = false
        var sawFlag = false
        scanning: while position < scalars.count {
            let character = scalars[position]
            position += 1
            switch character {
            case "i", "m", "s", "U":
                if isNegated { disabled.unicodeScalars.append(character) } else { enabled.unicodeScalars.append(character) }
                sawFlag = true
            case "-":
                // A second "-", or "-" with no flag after it, is an error in Go.
                if isNegated { break scanning }
                isNegated = true
                sawFlag = false
            case ":", ")":
                if isNegated && !sawFlag { break scanning }
                let flags = enabled + (disabled.isEmpty ? "" : "-" + disabled)
                if character == ":" {
                    pushGroup(isCapture: false)
                    output += "(?" + flags + ":"
                } else if !flags.isEmpty {
                    output += "(?" + flags + ")"
                }
                if enabled.contains("i") { isCaseInsensitive = true }
                if disabled.contains("i") { isCaseInsensitive = false }
                if enabled.contains("U") { isUngreedy = true }
                if disabled.contains("U") { isUngreedy = false }
                index = position
                return
            default:
                break scanning
            }
        }
        throw GoRegexSyntax.parseError(.invalidPerlOp, text(index..<position))
    }

    private mutating func beginGroup(captureName: String) {
        pushGroup(isCapture: true)
        output += GoRegexMarkers.userGroup(groupNames.count)
        groupNames.append(captureName)
    }

    /// Saves the state of the enclosing sequence and starts an empty one for the group's content.
    private mutating func pushGroup(isCapture: Bool) {
        groups.append(Group(start: output.utf8.count, isCapture: isCapture, enclosingProduct: sequenceProduct,
                            enclosingCaseInsensitive: isCaseInsensitive, enclosingUngreedy: isUngreedy,
                            enclosingSequence: sequenceTraits, enclosingAlternatives: alternativeTraits))
        sequenceProduct = 1
        sequenceTraits = .emptySequence
        alternativeTraits = nil
        lastAtom = nil
    }

    private mutating func closeGroup() throws {
        guard let group = groups.popLast() else {
            throw GoRegexSyntax.parseError(.unexpectedParen, pattern)
        }
        output += ")"
        let innerProduct = sequenceProduct
        sequenceProduct = max(group.enclosingProduct, innerProduct)
        isCaseInsensitive = group.enclosingCaseInsensitive
        isUngreedy = group.enclosingUngreedy
        var traits = sequenceTraits.lastAlternative(after: alternativeTraits)
        if group.isCapture { traits.containsCapture = true }
        lastAtom = Atom(start: group.start, repeatProduct: innerProduct, isAssertion: false,
                        traits: traits, precedingTraits: group.enclosingSequence)
        sequenceTraits = group.enclosingSequence.followed(by: traits)
        alternativeTraits = group.enclosingAlternatives
        index += 1
    }

    // MARK: Repetition

    /// Parses `{n}`, `{n,}` or `{n,m}` at `start` as Go's `parseRepeat`, returning the minimum,
    /// the maximum (-1 for none, and a minimum of -1 for a number too big) and the end.
    private func countedRepeat(at start: Int) -> ((minimum: Int, maximum: Int), Int)? {
        var position = start + 1
        func number() -> Int? {
            guard let first = scalar(at: position), ("0"..."9").contains(first) else { return nil }
            // Go rejects leading zeros, so `{01}` is a literal.
            if first == "0", let next = scalar(at: position + 1), ("0"..."9").contains(next) { return nil }
            var value = 0
            while let digit = scalar(at: position), ("0"..."9").contains(digit) {
                // Go stops counting at 1e8 and reports the number as too big.
                if value >= 100_000_000 || value < 0 {
                    value = -1
                } else {
                    value = value * 10 + Int(digit.value - 0x30)
                }
                position += 1
            }
            return value
        }
        guard let minimum = number(), position < scalars.count else { return nil }
        var maximum = minimum
        var tooBig = minimum < 0
        if scalars[position] == "," {
            position += 1
            guard position < scalars.count else { return nil }
            if scalars[position] == "}" {
                maximum = -1
            } else {
                guard let parsed = number() else { return nil }
                maximum = parsed
                if parsed < 0 { tooBig = true }
            }
        }
        guard scalar(at: position) == "}" else { return nil }
        return ((tooBig ? -1 : minimum, maximum), position + 1)
    }

    /// Applies `*`, `+`, `?` (no `counts`) or a counted repetition to the last atom, with Go's
    /// checks: the counts in range, no stacked operators, an operand, and nested counts whose
    /// product stays within `maxRepeat`.
    private mutating func applyRepeat(from start: Int, operatorEnd: Int, counts: (minimum: Int, maximum: Int)?) throws {
        let limit = GoRegexSyntax.maxRepeat
        if let counts {
            let (minimum, maximum) = counts
            if minimum < 0 || minimum > limit || maximum > limit || maximum >= 0 && minimum > maximum {
                throw GoRegexSyntax.parseError(.invalidRepeatSize, text(start..<operatorEnd))
            }
        }
        var end = operatorEnd
        let isLazy = scalar(at: end) == "?"
        if isLazy { end += 1 }
        if let lastRepeatStart {
            throw GoRegexSyntax.parseError(.invalidRepeatOp, text(lastRepeatStart..<end))
        }
        guard var atom = lastAtom else {
            throw GoRegexSyntax.parseError(.missingRepeatArgument, text(start..<end))
        }

        let operatorCharacter = scalars[start]
        var bounds = (minimum: operatorCharacter == "+" ? 1 : 0, maximum: operatorCharacter == "?" ? 1 : -1)
        var syntax = String(operatorCharacter)
        if let counts {
            bounds = counts
            let (minimum, maximum) = counts
            atom.repeatProduct = Self.repeatProduct(inner: atom.repeatProduct, minimum: minimum, maximum: maximum)
            if (minimum >= 2 || maximum >= 2) && atom.repeatProduct > limit {
                throw GoRegexSyntax.parseError(.invalidRepeatSize, text(start..<end))
            }
            if maximum == minimum {
                syntax = "{\(minimum)}"
            } else if maximum < 0 {
                syntax = "{\(minimum),}"
            } else {
                syntax = "{\(minimum),\(maximum)}"
            }
        }
        if isLazy { syntax += "?" }

        let repeatedTraits = atom.traits.repeated(minimum: bounds.minimum, maximum: bounds.maximum,
                                                  isLazy: isLazy != isUngreedy)
        if bounds.maximum < 0 && atom.traits.needsIterationGuard {
            appendGuardedLoop(atomStart: atom.start, minimum: bounds.minimum, isLazy: isLazy)
        } else {
            if atom.isAssertion {
                // PCRE2 rejects a quantifier right after an assertion, but accepts one after a group.
                let insertAt = output.utf8.index(output.utf8.startIndex, offsetBy: atom.start)
                output.insert(contentsOf: "(?:", at: insertAt)
                output += ")"
            }
            output += syntax
        }
        atom.isAssertion = false
        atom.traits = repeatedTraits
        sequenceTraits = atom.precedingTraits.followed(by: repeatedTraits)
        lastAtom = atom
        sequenceProduct = max(sequenceProduct, atom.repeatProduct)
        index = end
    }

    /// Computes what Go's `repeatIsValid` checks: `{0}` hides its operand, `{0,}` adds no factor,
    /// and any other count multiplies the nested product.
    static func repeatProduct(inner: Int, minimum: Int, maximum: Int) -> Int {
        if maximum == 0 { return 1 }
        let factor = maximum < 0 ? minimum : maximum
        if factor == 0 { return inner }
        let (product, overflow) = factor.multipliedReportingOverflow(by: inner)
        return overflow ? Int.max : product
    }
}
