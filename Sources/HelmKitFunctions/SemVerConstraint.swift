import Foundation
import HelmKitTemplate
import HelmKitValues

/// A constraint set as Masterminds/semver v3.5.0's `NewConstraint` parses it: groups joined by
/// `||`, each a list of comparisons joined by spaces or commas, with `A - B` ranges and `x`/`*`
/// wildcards.
struct SemVerConstraints {
    struct Comparison {
        var operation: String
        var version: SemanticVersion
        var isDirty: Bool
        var isMinorDirty: Bool
        var isPatchDirty: Bool
    }

    var groups: [[Comparison]]

    // Go's `\s` is ASCII whitespace only, so these spell it out.
    private static let space = #"[\t\n\f\r ]"#
    private static let operations = #"=||!=|>|<|>=|=>|<=|=<|~|~>|\^"#
    private static let version = #"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?"#

    // PCRE2 compiles these in microseconds, where NSRegularExpression spent about a millisecond
    // in ICU, 5% of the Airbyte chart's run, for every chart with a `kubeVersion`.
    private static func compile(_ pattern: String) -> PCRE2Pattern? {
        PCRE2Pattern.compiledLiteral(pattern)
    }

    private static let single = compile("^\(space)*(\(operations))\(space)*(\(version))\(space)*\\z")
    private static let range = compile("\(space)*(\(version))\(space)+-\(space)+(\(version))\(space)*")
    private static let find = compile("(\(operations))\(space)*(\(version))")
    private static let valid = compile(
        "^(\(space)*(\(operations))\(space)*(\(version))\(space)*)((?:\(space)+|,\(space)*)(\(operations))\(space)*(\(version))\(space)*)*\\z")

    /// Parses `text`, throwing `improper constraint: "…"` for text that is not a constraint.
    init(_ text: String) throws {
        guard let single = Self.single, let find = Self.find, let valid = Self.valid else {
            throw SemVerError.message("constraint parser error")
        }
        var parsed: [[Comparison]] = []
        for group in GoStrings.split(try Self.rewritingRanges(text), separator: "||", limit: -1) {
            guard try valid.firstMatch(in: group) != nil else {
                throw SemVerError.message("improper constraint: \(GoQuoting.quote(group))")
            }
            var pieces = try find.matches(in: group).map { $0.group(0) }
            if pieces.isEmpty { pieces = [group] }
            parsed.append(try pieces.map { try Self.comparison($0, pattern: single) })
        }
        groups = parsed
    }

    /// Replaces each `A - B` range with `>= A, <= B `.
    private static func rewritingRanges(_ text: String) throws -> String {
        guard let range else { return text }
        var output = text
        for match in try range.matches(in: text) {
            let whole = match.group(0)
            if let found = output.range(of: whole) {
                output.replaceSubrange(found, with: ">= \(match.group(1)), <= \(match.group(11)) ")
            }
        }
        return output
    }

    private static func comparison(_ text: String, pattern: PCRE2Pattern) throws -> Comparison {
        guard let match = try pattern.firstMatch(in: text) else {
            throw SemVerError.message("improper constraint: \(GoQuoting.quote(text))")
        }
        let group = match.group
        func isWildcard(_ part: String) -> Bool { ["x", "X", "*"].contains(part) }

        let major = group(3)
        let minor = String(group(4).dropFirst())
        let patch = String(group(5).dropFirst())
        let prerelease = group(6)
        var versionText = group(2)
        var dirty = (false, false, false)
        if isWildcard(major) || major.isEmpty {
            versionText = "0.0.0" + prerelease
            dirty = (true, false, false)
        } else if isWildcard(minor) || group(4).isEmpty {
            versionText = major + ".0.0" + prerelease
            dirty = (true, true, false)
        } else if isWildcard(patch) || group(5).isEmpty {
            versionText = major + group(4) + ".0" + prerelease
            dirty = (true, false, true)
        }

        guard let version = try? SemanticVersion(versionText) else {
            throw SemVerError.message("constraint parser error")
        }
        return Comparison(operation: group(1), version: version,
                          isDirty: dirty.0, isMinorDirty: dirty.1, isPatchDirty: dirty.2)
    }

    /// Tests `version` as `Constraints.Check`: a prerelease only satisfies a group that names a
    /// prerelease itself.
    func isSatisfied(by version: SemanticVersion) -> Bool {
        groups.contains { group in
            let includesPrerelease = group.contains { !$0.version.prerelease.isEmpty }
            return group.allSatisfy { $0.isSatisfied(by: version, includingPrerelease: includesPrerelease) }
        }
    }
}
