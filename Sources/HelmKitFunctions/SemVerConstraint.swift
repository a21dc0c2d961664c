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

    private static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
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
        for group in Self.rewritingRanges(text).components(separatedBy: "||") {
            let whole = NSRange(location: 0, length: (group as NSString).length)
            guard valid.firstMatch(in: group, range: whole) != nil else {
                throw SemVerError.message("improper constraint: \(GoQuoting.quote(group))")
            }
            var pieces = find.matches(in: group, range: whole).map { (group as NSString).substring(with: $0.range) }
            if pieces.isEmpty { pieces = [group] }
            parsed.append(try pieces.map { try Self.comparison($0, pattern: single) })
        }
        groups = parsed
    }

    /// Replaces each `A - B` range with `>= A, <= B `.
    private static func rewritingRanges(_ text: String) -> String {
        guard let range else { return text }
        var output = text
        let source = text as NSString
        for match in range.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let whole = source.substring(with: match.range)
            let lower = source.substring(with: match.range(at: 1))
            let upper = source.substring(with: match.range(at: 11))
            if let found = output.range(of: whole) {
                output.replaceSubrange(found, with: ">= \(lower), <= \(upper) ")
            }
        }
        return output
    }

    private static func comparison(_ text: String, pattern: NSRegularExpression) throws -> Comparison {
        let source = text as NSString
        guard let match = pattern.firstMatch(in: text, range: NSRange(location: 0, length: source.length)) else {
            throw SemVerError.message("improper constraint: \(GoQuoting.quote(text))")
        }
        func group(_ index: Int) -> String {
            let range = match.range(at: index)
            return range.location == NSNotFound ? "" : source.substring(with: range)
        }
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
