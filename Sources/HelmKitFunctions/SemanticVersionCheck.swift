/// Semantic version constraints for callers outside the function library, such as the check of
/// a chart's `kubeVersion`.
public enum SemanticVersionCheck {
    /// Returns whether `version` satisfies `constraint` (Masterminds/semver v3 syntax), as Helm's
    /// `IsCompatibleRange`; nil when either does not parse.
    public static func isCompatible(constraint: String, version: String) -> Bool? {
        guard let constraints = try? SemVerConstraints(constraint),
              let parsed = try? SemanticVersion(version) else { return nil }
        return constraints.isSatisfied(by: parsed)
    }
}
