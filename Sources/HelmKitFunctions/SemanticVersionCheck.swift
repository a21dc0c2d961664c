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

extension SemanticVersionCheck {
    /// Returns why `constraint` does not parse as a Masterminds/semver v3 constraint, in that
    /// library's words, or nil when it parses.
    public static func constraintProblem(_ constraint: String) -> String? {
        do {
            _ = try SemVerConstraints(constraint)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Returns why `version` is not a semantic version, in Masterminds/semver's words, or nil.
    public static func versionProblem(_ version: String) -> String? {
        do {
            _ = try SemanticVersion(version)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
