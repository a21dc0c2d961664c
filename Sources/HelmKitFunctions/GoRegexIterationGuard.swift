/// Go and PCRE2 disagree on a loop (`x*`, `x+`, `x{n,}`) whose body can match empty.
///
/// Go's matchers (regexp/syntax compile.go, backtrack.go and the pike VM in exec.go, as in the Go
/// release Helm v4.2.3 is built with) visit each (instruction, position) pair at most once. Go compiles `x+` as `x` followed by a
/// split back to `x`, and a `x*` with a nullable `x` as `(?:x+)?`, so in both the first iteration
/// may match empty, but a later iteration that ends where it started reaches the split again at
/// the same position and dies. Go then tries the iteration's remaining alternatives and finally
/// the exit, and the captures of the last non-empty iteration survive. `x{n,}` is n-1 copies of
/// `x` followed by `x+`, and the copies may match empty. PCRE2 instead accepts an empty iteration,
/// keeps its captures and leaves the loop.
///
/// Where that difference can show, the translation guards the loop:
///
///     x*  becomes  ()(?:()x(?C"e"))*      x{3,}  becomes  (?:x){2}()(?:()x(?C"e"))+
///
/// The first hidden group records where the loop was entered and the second where the iteration
/// started. The callout at the end of the body, which `PCRE2Pattern` runs, fails an iteration that
/// consumed nothing unless it started at the loop entry. An empty iteration that started there is
/// the first, and after it PCRE2 leaves the loop, as Go does. Bounded repeats need no guard,
/// because both engines unroll them into nested optional copies without a loop.
///
/// NOTE: Go also stops an iteration that, before consuming anything, reaches a branch (`|`, `?` or
/// an inner loop) that the previous iteration passed at the same position. The guard does not
/// model that, so `(a*?)+$` on "aa" still captures "a" where Go captures "aa".

/// What decides whether a loop over a piece of pattern needs a guard.
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

    /// Whether an unbounded repeat of this needs a guard: only there do Go's results differ from
    /// PCRE2's, in the captures or in which iteration is tried next. Other loops stay free of
    /// callouts, which keeps them fast.
    var needsIterationGuard: Bool {
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

extension GoRegexParser {
    /// Replaces the atom at `atomStart` with a guarded loop of at least `minimum` iterations, with
    /// `isLazy` as written in the Go pattern (PCRE2 applies the `U` flag to it as Go does).
    mutating func appendGuardedLoop(atomStart: Int, minimum: Int, isLazy: Bool) {
        let startIndex = output.utf8.index(output.utf8.startIndex, offsetBy: atomStart)
        let body = String(output[startIndex...])
        output.removeSubrange(startIndex...)
        // Go's `x{n,}` is n-1 copies of `x` and then `x+`. The copies are a second instance of
        // `x`, whose groups `GoRegexMarkers.resolve` maps back to the user's group numbers.
        if minimum >= 2 {
            output += "(?:" + body + "){\(minimum - 1)}"
        }
        output += GoRegexMarkers.loopEntry + "(?:" + GoRegexMarkers.iterationStart + body
            + GoRegexMarkers.iterationEnd + ")" + (minimum == 0 ? "*" : "+") + (isLazy ? "?" : "")
    }
}

/// Placeholders the translation writes while group numbers can still shift, because a guard
/// inserts hidden groups before text already written. They are private-use code points, which
/// never occur in the translation otherwise: it writes every other non-ASCII literal as `\x{…}`.
enum GoRegexMarkers {
    private static let loopEntryScalar: Unicode.Scalar = "\u{E001}"
    private static let iterationStartScalar: Unicode.Scalar = "\u{E002}"
    private static let iterationEndScalar: Unicode.Scalar = "\u{E003}"
    private static let userGroupStart: Unicode.Scalar = "\u{E004}"
    private static let userGroupEnd: Unicode.Scalar = "\u{E005}"

    /// The hidden group that records where a guarded loop starts.
    static let loopEntry = String(loopEntryScalar)
    /// The hidden group that records where an iteration of a guarded loop starts.
    static let iterationStart = String(iterationStartScalar)
    /// The callout that ends the body of a guarded loop.
    static let iterationEnd = String(iterationEndScalar)

    /// The opening parenthesis of the user's capturing group `index` (0 for group 1).
    static func userGroup(_ index: Int) -> String {
        "\(userGroupStart)\(index)\(userGroupEnd)"
    }

    /// Replaces the placeholders with PCRE2 syntax, numbering the groups in the order PCRE2 will.
    static func resolve(_ intermediate: String, groupNames: [String]) -> TranslatedPattern {
        var pattern = ""
        var groupNumbers = [[Int]](repeating: [], count: groupNames.count)
        var lastGroupNumber = 0
        // The hidden entry group of each enclosing guarded loop, whose body is still open.
        var openLoopEntries: [Int] = []
        var hasIterationGuards = false
        var scalars = intermediate.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case userGroupStart:
                var index = 0
                while let digit = scalars.next(), digit != userGroupEnd {
                    index = index * 10 + Int(digit.value - 0x30)
                }
                lastGroupNumber += 1
                groupNumbers[index].append(lastGroupNumber)
                pattern += "("
            case loopEntryScalar:
                lastGroupNumber += 1
                openLoopEntries.append(lastGroupNumber)
                hasIterationGuards = true
                pattern += "()"
            case iterationStartScalar:
                lastGroupNumber += 1
                pattern += "()"
            case iterationEndScalar:
                // The callout's text is the number of the entry group, and the iteration's
                // start group follows it.
                pattern += "(?C\"\(openLoopEntries.removeLast())\")"
            default:
                pattern.unicodeScalars.append(scalar)
            }
        }
        return TranslatedPattern(pcre2Pattern: pattern, groupNames: groupNames, groupNumbers: groupNumbers,
                                 hasIterationGuards: hasIterationGuards)
    }
}
