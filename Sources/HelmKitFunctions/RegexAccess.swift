/// Go `regexp` matching for callers outside the function library, such as the check of a
/// values schema's `pattern`, which Helm's validator compiles with Go's regexp.
public struct GoRegularExpression {
    let regex: GoRegex

    /// Compiles `pattern` in Go's RE2 syntax, throwing Go's `error parsing regexp: …` text.
    public init(_ pattern: String) throws {
        regex = try GoRegex(pattern)
    }

    /// Returns whether the expression matches anywhere in `text`.
    public func matches(_ text: String) throws -> Bool {
        try regex.isMatch(text)
    }
}
