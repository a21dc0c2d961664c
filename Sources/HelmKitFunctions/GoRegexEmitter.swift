/// Writes a parsed Go pattern as PCRE2 syntax, adding what PCRE2 needs to match as Go does where
/// a loop's body can match empty.
///
/// Go's backtracker and pike VM (regexp/backtrack.go and regexp/exec.go, as in the Go release
/// Helm v4.2.3 is built with) visit each pair of program instruction and text position at most
/// once. Go compiles `x+` as `x` followed by a branch back to `x`, `x*` with a nullable `x` as
/// `(?:x+)?`, `x{n,}` as n-1 copies of `x` followed by `x+`, and `x{n,m}` as copies and nested
/// optional copies (regexp/syntax compile.go and simplify.go). So an iteration after the first
/// that matches empty reaches the loop's branch again at the same position and dies, and so does
/// one that, before consuming anything, reaches a branch (`|`, `?` or an inner loop) that the
/// previous iteration passed at the same position. Go then tries the remaining alternatives and
/// finally leaves the loop, and the captures of the last iteration that survived are kept. PCRE2
/// instead accepts an empty iteration, keeps its captures and leaves the loop.
///
/// Inside a loop whose body can match empty and whose result could differ, each place where Go has
/// a branch instruction gets a checkpoint `(?C"h")()`: a callout that `PCRE2Pattern` runs and that
/// fails when hidden group h last recorded the current position, then group h to record it.
/// Along one match path the position never decreases, so a recorded position equal to the current
/// one means the path passed this branch at this position before, as Go's visited check would
/// find. PCRE2 copies a counted repeat's body internally, and its copies would share one hidden
/// group where Go has distinct instructions, so the emitter writes out such copies itself when
/// they contain checkpoints. A user's group written more than once gets several PCRE2 numbers.
///
/// NOTE: Go also skips a pair that a path explored and abandoned earlier in the same search, even
/// when the current path did not pass it. Checkpoints only see the current path, so a pattern
/// with nested nullable loops may still match differently from Go, and may backtrack far enough
/// to reach `PCRE2Pattern`'s limits where Go, which never explores a pair twice, finishes.

/// A parsed Go pattern, before it is written as PCRE2 syntax.
indirect enum GoRegexNode {
    /// A literal, a class or an escape that consumes one character.
    case consuming(String)
    case assertion(String)
    /// A flag change such as `(?i)`, which applies up to the end of the enclosing group.
    case flags(String)
    /// `opening` is the PCRE2 syntax that opens a non-capturing group, such as `(?i:`.
    case group(opening: String?, captureIndex: Int?, alternatives: [[GoRegexNode]])
    /// `syntax` is the repetition operator as written for PCRE2, and `isLazy` includes the `U` flag.
    case repeated(GoRegexNode, minimum: Int, maximum: Int, syntax: String, isLazy: Bool, hasLazySuffix: Bool)

    var traits: MatchTraits {
        switch self {
        case .consuming:
            return .consuming
        case .assertion:
            return .assertion
        case .flags:
            return .emptySequence
        case .group(_, let captureIndex, let alternatives):
            var combined: MatchTraits? = nil
            for (offset, alternative) in alternatives.enumerated() {
                let sequenceTraits = alternative.reduce(MatchTraits.emptySequence) { $0.followed(by: $1.traits) }
                if offset < alternatives.count - 1 {
                    combined = sequenceTraits.alternative(before: combined)
                } else {
                    combined = sequenceTraits.lastAlternative(after: combined)
                }
            }
            var traits = combined ?? .emptySequence
            if captureIndex != nil { traits.containsCapture = true }
            return traits
        case .repeated(let operand, let minimum, let maximum, _, let isLazy, _):
            return operand.traits.repeated(minimum: minimum, maximum: maximum, isLazy: isLazy)
        }
    }
}

struct GoRegexEmitter {
    private var pattern = ""
    private var lastGroupNumber = 0
    /// The PCRE2 numbers of each of the user's groups, in the order of `groupNames`.
    private var groupNumbers: [[Int]]
    private var calloutCount = 0

    /// Writes the alternatives of a whole pattern as PCRE2 syntax.
    static func translate(_ alternatives: [[GoRegexNode]], groupNames: [String]) -> TranslatedPattern {
        var emitter = GoRegexEmitter(groupNumbers: Array(repeating: [], count: groupNames.count))
        emitter.emitAlternatives(alternatives, isTracked: false)
        return TranslatedPattern(pcre2Pattern: emitter.pattern, groupNames: groupNames,
                                 groupNumbers: emitter.groupNumbers, usesCallouts: emitter.calloutCount > 0)
    }

    /// Writes `alternatives` separated by `|`. `isTracked` is whether the text is inside the body
    /// of a loop that needs checkpoints.
    private mutating func emitAlternatives(_ alternatives: [[GoRegexNode]], isTracked: Bool) {
        for (offset, alternative) in alternatives.enumerated() {
            if offset > 0 { pattern += "|" }
            for node in alternative {
                emit(node, isTracked: isTracked)
            }
        }
    }

    private mutating func emit(_ node: GoRegexNode, isTracked: Bool) {
        switch node {
        case .consuming(let syntax), .assertion(let syntax), .flags(let syntax):
            pattern += syntax
        case .group(let opening, let captureIndex, let alternatives):
            if let captureIndex {
                lastGroupNumber += 1
                groupNumbers[captureIndex].append(lastGroupNumber)
                pattern += "("
            } else {
                pattern += opening ?? "(?:"
            }
            if isTracked && alternatives.count > 1 {
                // Go's branch comes before every alternative, so the checkpoint does too.
                appendCheckpoint()
                pattern += "(?:"
                emitAlternatives(alternatives, isTracked: true)
                pattern += ")"
            } else {
                emitAlternatives(alternatives, isTracked: isTracked)
            }
            pattern += ")"
        case .repeated(let operand, let minimum, let maximum, let syntax, _, let hasLazySuffix):
            let lazySuffix = hasLazySuffix ? "?" : ""
            if maximum < 0 {
                emitLoop(operand, minimum: minimum, syntax: syntax, lazySuffix: lazySuffix, isTracked: isTracked)
            } else {
                emitBoundedRepeat(operand, minimum: minimum, maximum: maximum, syntax: syntax,
                                  lazySuffix: lazySuffix, isTracked: isTracked)
            }
        }
    }

    /// Writes an operand that a quantifier follows. PCRE2 rejects a quantifier right after an
    /// assertion, but accepts one after a group.
    private mutating func emitOperand(_ operand: GoRegexNode, isTracked: Bool) {
        if case .assertion(let syntax) = operand {
            pattern += "(?:" + syntax + ")"
        } else {
            emit(operand, isTracked: isTracked)
        }
    }

    /// Writes `x*`, `x+` or `x{n,}`.
    private mutating func emitLoop(_ operand: GoRegexNode, minimum: Int, syntax: String, lazySuffix: String,
                                   isTracked: Bool) {
        let operandTraits = operand.traits
        guard isTracked || operandTraits.needsCheckpoints else {
            emitOperand(operand, isTracked: false)
            pattern += syntax
            return
        }
        if minimum >= 2 {
            emitCopies(of: operand, count: minimum - 1, isTracked: isTracked)
        }
        if operandTraits.isNullable {
            // The `?` of Go's `(?:x+)?` for `x*` is a branch on entry, and the loop's branch
            // follows each iteration.
            if minimum == 0 && isTracked { appendCheckpoint() }
            pattern += "(?:"
            emit(operand, isTracked: true)
            appendCheckpoint()
            pattern += (minimum == 0 ? ")*" : ")+") + lazySuffix
        } else if minimum == 0 {
            // Go enters `x*` at its branch, which also follows each iteration: one instruction,
            // so the checkpoint on entry checks the group that the end of each iteration records.
            var body = self
            body.pattern = ""
            body.lastGroupNumber = lastGroupNumber + 1
            body.emit(operand, isTracked: true)
            let entryGroup = lastGroupNumber + 1
            let iterationEndGroup = body.lastGroupNumber + 1
            pattern += "(?C\"\(entryGroup),\(iterationEndGroup)\")()(?:" + body.pattern + "())*" + lazySuffix
            lastGroupNumber = iterationEndGroup
            groupNumbers = body.groupNumbers
            calloutCount = body.calloutCount + 1
        } else {
            // An iteration of a non-nullable `x` consumes, so a path never reaches Go's branch
            // after it twice at one position.
            pattern += "(?:"
            emit(operand, isTracked: true)
            pattern += ")+" + lazySuffix
        }
    }

    /// Writes `x?`, `x{n}` or `x{n,m}` as Go does: n copies, then m-n nested optional copies.
    private mutating func emitBoundedRepeat(_ operand: GoRegexNode, minimum: Int, maximum: Int, syntax: String,
                                            lazySuffix: String, isTracked: Bool) {
        var plain = self
        plain.emitOperand(operand, isTracked: isTracked)
        // `x{0}` never runs its operand, and without checkpoints PCRE2's own copies are exact.
        if maximum == 0 || plain.calloutCount == calloutCount && !(isTracked && minimum < maximum) {
            self = plain
            pattern += syntax
            return
        }
        emitCopies(of: operand, count: minimum, isTracked: isTracked)
        for _ in minimum..<maximum {
            if isTracked { appendCheckpoint() }
            pattern += "(?:"
            emit(operand, isTracked: isTracked)
        }
        for _ in minimum..<maximum {
            pattern += ")?" + lazySuffix
        }
    }

    /// Writes `count` copies of `operand`, as one PCRE2 repeat unless the operand has checkpoints.
    private mutating func emitCopies(of operand: GoRegexNode, count: Int, isTracked: Bool) {
        guard count > 0 else { return }
        var single = self
        single.pattern = ""
        single.emitOperand(operand, isTracked: isTracked)
        if single.calloutCount == calloutCount {
            pattern += count == 1 ? single.pattern : "(?:" + single.pattern + "){\(count)}"
            lastGroupNumber = single.lastGroupNumber
            groupNumbers = single.groupNumbers
            return
        }
        for _ in 0..<count {
            emitOperand(operand, isTracked: isTracked)
        }
    }

    /// Appends a callout that fails when the hidden group after it last recorded the current
    /// position, then that group.
    private mutating func appendCheckpoint() {
        lastGroupNumber += 1
        calloutCount += 1
        pattern += "(?C\"\(lastGroupNumber)\")()"
    }
}

/// What decides whether a loop over a piece of pattern needs checkpoints.
struct MatchTraits {
    /// Whether it can match empty, with assertions counted as empty, as Go's compiler decides
    /// whether `x*` needs the `(?:x+)?` form.
    var isNullable: Bool
    /// Whether a way to match empty may be tried before a way that consumes text, as in `(?:|a)`
    /// or `a*?`. Where an empty way always comes last, rejecting it only leaves the loop, as PCRE2
    /// does anyway.
    var mayPreferEmpty: Bool
    var containsCapture: Bool

    /// The traits of an empty sequence, before its first atom.
    static let emptySequence = MatchTraits(isNullable: true, mayPreferEmpty: false, containsCapture: false)
    /// A literal or a class.
    static let consuming = MatchTraits(isNullable: false, mayPreferEmpty: false, containsCapture: false)
    static let assertion = MatchTraits(isNullable: true, mayPreferEmpty: false, containsCapture: false)

    /// Whether an unbounded repeat of this needs checkpoints: only there do Go's results differ
    /// from PCRE2's, in the captures or in which iteration is tried next. Other loops stay free of
    /// callouts, which keeps them fast.
    var needsCheckpoints: Bool {
        isNullable && (containsCapture || mayPreferEmpty)
    }

    /// Returns the traits of this sequence followed by `next`.
    func followed(by next: MatchTraits) -> MatchTraits {
        MatchTraits(isNullable: isNullable && next.isNullable,
                    mayPreferEmpty: mayPreferEmpty || next.mayPreferEmpty,
                    containsCapture: containsCapture || next.containsCapture)
    }

    /// Combines this alternative, which a `|` follows, with the alternatives before it. An empty
    /// way through it then comes before every way through the alternatives after it.
    func alternative(before earlier: MatchTraits?) -> MatchTraits {
        var combined = lastAlternative(after: earlier)
        combined.mayPreferEmpty = combined.mayPreferEmpty || isNullable
        return combined
    }

    /// Combines the last alternative of a group with the alternatives before it.
    func lastAlternative(after earlier: MatchTraits?) -> MatchTraits {
        guard let earlier else { return self }
        return MatchTraits(isNullable: earlier.isNullable || isNullable,
                           mayPreferEmpty: earlier.mayPreferEmpty || mayPreferEmpty,
                           containsCapture: earlier.containsCapture || containsCapture)
    }

    /// Returns the traits of this repeated between `minimum` and `maximum` times (-1 for no
    /// maximum). A lazy repeat with a choice tries fewer iterations, possibly none, first.
    func repeated(minimum: Int, maximum: Int, isLazy: Bool) -> MatchTraits {
        let hasChoice = maximum < 0 || minimum < maximum
        return MatchTraits(isNullable: isNullable || minimum == 0,
                           mayPreferEmpty: mayPreferEmpty || (isLazy && hasChoice),
                           containsCapture: containsCapture)
    }
}
