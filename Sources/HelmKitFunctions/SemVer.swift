import HelmKitTemplate
import HelmKitValues

/// A version as Masterminds/semver v3.5.0 parses it with `NewVersion`, which Sprig's `semver`
/// and `semverCompare` use: a `v` prefix, missing minor and patch parts, and leading zeros are
/// accepted.
struct SemanticVersion: Sendable {
    var major: UInt64
    var minor: UInt64
    var patch: UInt64
    var prerelease: String
    var metadata: String
    var original: String

    private static let loosePattern = PCRE2Pattern.compiledLiteral(
        #"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?\z"#)

    /// Parses `text`, throwing the library's error text (`invalid semantic version`, …).
    init(_ text: String) throws {
        guard let pattern = Self.loosePattern, let match = try pattern.firstMatch(in: text) else {
            throw SemVerError.message("invalid semantic version")
        }

        major = try Self.segment(match.group(1))
        minor = try Self.segment(String(match.group(2).dropFirst()))
        patch = try Self.segment(String(match.group(3).dropFirst()))
        prerelease = match.group(5)
        metadata = match.group(8)
        original = text
        if !prerelease.isEmpty { try Self.validatePrerelease(prerelease) }
        if !metadata.isEmpty { try Self.validateMetadata(metadata) }
    }

    init(major: UInt64, minor: UInt64, patch: UInt64, prerelease: String = "", metadata: String = "", original: String) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.metadata = metadata
        self.original = original
    }

    private static func segment(_ digits: String) throws -> UInt64 {
        if digits.isEmpty { return 0 }
        guard let value = UInt64(digits) else {
            throw SemVerError.message("error parsing version segment: strconv.ParseUint: parsing \(GoQuoting.quote(digits)): value out of range")
        }
        return value
    }

    private static let identifierCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789")

    static func validatePrerelease(_ text: String) throws {
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            if part.isEmpty { throw SemVerError.message("invalid prerelease string") }
            if part.allSatisfy(\.isASCIIDigit) {
                if part.count > 1, part.first == "0" { throw SemVerError.message("version segment starts with 0") }
            } else if !part.allSatisfy(identifierCharacters.contains) {
                throw SemVerError.message("invalid prerelease string")
            }
        }
    }

    static func validateMetadata(_ text: String) throws {
        for part in text.split(separator: ".", omittingEmptySubsequences: false)
        where part.isEmpty || !part.allSatisfy(identifierCharacters.contains) {
            throw SemVerError.message("invalid metadata string")
        }
    }

    /// The canonical text: `MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA]`.
    var description: String {
        var text = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { text += "-" + prerelease }
        if !metadata.isEmpty { text += "+" + metadata }
        return text
    }

    /// Orders by precedence: metadata is ignored, and a prerelease sorts before its release.
    func compare(_ other: SemanticVersion) -> Int {
        for (left, right) in [(major, other.major), (minor, other.minor), (patch, other.patch)] where left != right {
            return left < right ? -1 : 1
        }
        if prerelease.isEmpty && other.prerelease.isEmpty { return 0 }
        if prerelease.isEmpty { return 1 }
        if other.prerelease.isEmpty { return -1 }
        return Self.comparePrerelease(prerelease, other.prerelease)
    }

    static func comparePrerelease(_ left: String, _ right: String) -> Int {
        let leftParts = left.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let rightParts = right.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        for index in 0..<max(leftParts.count, rightParts.count) {
            let leftPart = index < leftParts.count ? leftParts[index] : ""
            let rightPart = index < rightParts.count ? rightParts[index] : ""
            let order = comparePrereleasePart(leftPart, rightPart)
            if order != 0 { return order }
        }
        return 0
    }

    /// Compares identifiers: numbers numerically and before words, words by bytes, and a missing
    /// identifier first.
    private static func comparePrereleasePart(_ left: String, _ right: String) -> Int {
        if left == right { return 0 }
        if left.isEmpty { return -1 }
        if right.isEmpty { return 1 }
        switch (UInt64(left), UInt64(right)) {
        case (nil, nil): return GoStrings.isOrderedBefore(right, left) ? 1 : -1
        case (nil, _): return 1
        case (_, nil): return -1
        case (let leftNumber?, let rightNumber?): return leftNumber > rightNumber ? 1 : -1
        }
    }
}

enum SemVerError: Error, CustomStringConvertible {
    case message(String)

    var description: String {
        switch self {
        case .message(let text): return text
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
