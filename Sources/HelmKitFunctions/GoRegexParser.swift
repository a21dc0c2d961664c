/// One pass over a Go pattern, following the order of checks in Go's regexp/syntax `parse`, so
/// that the first error Go would report is the one thrown. It builds a `GoRegexNode` tree, which
/// `GoRegexEmitter` writes as PCRE2 syntax. Brackets and escapes are in GoRegexClasses.swift.
struct GoRegexParser {
    /// A finished operand that a repetition operator can apply to.
    struct Atom {
        /// The atom's index in `sequence`.
        var index: Int
        /// The largest product of nested counted repetitions inside, as Go's `repeatIsValid` computes it.
        var repeatProduct: Int
    }

    /// An open group, with the state of the enclosing sequence to restore when it closes.
    struct Group {
        /// The PCRE2 syntax that opens the group, such as `(?i:`, or nil for a capturing group.
        var opening: String?
        var captureIndex: Int?
        var enclosingSequence: [GoRegexNode]
        var enclosingAlternatives: [[GoRegexNode]]
        var enclosingProduct: Int
        var enclosingCaseInsensitive: Bool
        var enclosingUngreedy: Bool
    }

    let pattern: String
    let scalars: [Unicode.Scalar]
    var index = 0
    /// The current alternative of the innermost open group, or of the whole pattern.
    var sequence: [GoRegexNode] = []
    /// The finished alternatives of the innermost open group, or of the whole pattern.
    var alternatives: [[GoRegexNode]] = []
    var groupNames: [String] = []
    var groups: [Group] = []
    var lastAtom: Atom? = nil
    /// The largest `Atom.repeatProduct` in the innermost open group so far.
    var sequenceProduct = 1
    /// Whether the `i` flag is in effect at the current position.
    var isCaseInsensitive = false
    /// Whether the `U` flag, which swaps greedy and lazy repetition, is in effect at the current position.
    var isUngreedy = false
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
                alternatives.append(sequence)
                sequence = []
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
        return GoRegexEmitter.translate(alternatives + [sequence], groupNames: groupNames)
    }

    mutating func appendAtom(_ syntax: String, isAssertion: Bool = false, repeatProduct: Int = 1) {
        lastAtom = Atom(index: sequence.count, repeatProduct: repeatProduct)
        sequenceProduct = max(sequenceProduct, repeatProduct)
        sequence.append(isAssertion ? .assertion(syntax) : .consuming(syntax))
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
                    pushGroup(opening: "(?" + flags + ":", captureIndex: nil)
                } else if !flags.isEmpty {
                    sequence.append(.flags("(?" + flags + ")"))
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
        pushGroup(opening: nil, captureIndex: groupNames.count)
        groupNames.append(captureName)
    }

    /// Saves the state of the enclosing sequence and starts an empty one for the group's content.
    private mutating func pushGroup(opening: String?, captureIndex: Int?) {
        groups.append(Group(opening: opening, captureIndex: captureIndex, enclosingSequence: sequence,
                            enclosingAlternatives: alternatives, enclosingProduct: sequenceProduct,
                            enclosingCaseInsensitive: isCaseInsensitive, enclosingUngreedy: isUngreedy))
        sequence = []
        alternatives = []
        sequenceProduct = 1
        lastAtom = nil
    }

    private mutating func closeGroup() throws {
        guard let group = groups.popLast() else {
            throw GoRegexSyntax.parseError(.unexpectedParen, pattern)
        }
        let node = GoRegexNode.group(opening: group.opening, captureIndex: group.captureIndex,
                                     alternatives: alternatives + [sequence])
        sequence = group.enclosingSequence + [node]
        alternatives = group.enclosingAlternatives
        let innerProduct = sequenceProduct
        sequenceProduct = max(group.enclosingProduct, innerProduct)
        isCaseInsensitive = group.enclosingCaseInsensitive
        isUngreedy = group.enclosingUngreedy
        lastAtom = Atom(index: sequence.count - 1, repeatProduct: innerProduct)
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

        sequence[atom.index] = .repeated(sequence[atom.index], minimum: bounds.minimum, maximum: bounds.maximum,
                                         syntax: syntax, isLazy: isLazy != isUngreedy, hasLazySuffix: isLazy)
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
