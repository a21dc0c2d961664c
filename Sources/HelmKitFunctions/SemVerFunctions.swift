import HelmKitTemplate
import HelmKitValues

/// Sprig's `semver` and `semverCompare`.
extension FunctionLibrary {
    static func semverFunctions() -> [String: TemplateFunction] {
        let semver: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            do {
                return .object(SemVerObject(version: try SemanticVersion(text), isPointer: true))
            } catch {
                throw FunctionCallError.failed(String(describing: error))
            }
        }
        let semverCompare: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let constraintText = try checked.string(0)
            let versionText = try checked.string(1)
            do {
                let constraints = try SemVerConstraints(constraintText)
                return .bool(constraints.isSatisfied(by: try SemanticVersion(versionText)))
            } catch {
                throw FunctionCallError.failed(String(describing: error))
            }
        }
        return ["semver": semver, "semverCompare": semverCompare]
    }
}

/// A `*semver.Version` (or, from the `Inc…` methods, a `semver.Version`) in a template, with the
/// methods charts call on it.
struct SemVerObject: TemplateObject {
    let version: SemanticVersion
    let isPointer: Bool

    var goTypeName: String { isPointer ? "*semver.Version" : "semver.Version" }

    var goDescription: String { version.description }

    func field(_ name: String) -> Value? { nil }

    /// Tests for a method; a `semver.Version` value lacks the pointer-receiver methods.
    func hasMethod(_ name: String) -> Bool {
        Self.valueMethods.contains(name) || isPointer && Self.pointerMethods.contains(name)
    }

    private static let valueMethods: Set<String> = [
        "Major", "Minor", "Patch", "Prerelease", "Metadata", "String", "IncMajor", "IncMinor", "IncPatch",
    ]

    private static let pointerMethods: Set<String> = [
        "Original", "Compare", "LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual", "Equal",
    ]

    func call(_ name: String, arguments: [Value]) throws -> Value {
        switch name {
        case "Major", "Minor", "Patch", "Prerelease", "Metadata", "Original", "String":
            _ = try Arguments(arguments, count: 0)
            return property(name)
        case "IncMajor", "IncMinor", "IncPatch":
            _ = try Arguments(arguments, count: 0)
            return .object(SemVerObject(version: try incremented(name), isPointer: false))
        default:
            let other = try Arguments(arguments, count: 1)[0]
            guard case .object(let object) = other, let otherVersion = object as? SemVerObject, otherVersion.isPointer else {
                throw Arguments.mismatch(0, expected: "*semver.Version", actual: other)
            }
            let order = version.compare(otherVersion.version)
            switch name {
            case "Compare": return .int(Int64(order))
            case "LessThan": return .bool(order < 0)
            case "LessThanEqual": return .bool(order <= 0)
            case "GreaterThan": return .bool(order > 0)
            case "GreaterThanEqual": return .bool(order >= 0)
            default: return .bool(order == 0)
            }
        }
    }

    private func property(_ name: String) -> Value {
        switch name {
        // NOTE: Go returns uint64 here; Value has no unsigned kind, so typeOf differs.
        case "Major": return .int64(Int64(truncatingIfNeeded: version.major))
        case "Minor": return .int64(Int64(truncatingIfNeeded: version.minor))
        case "Patch": return .int64(Int64(truncatingIfNeeded: version.patch))
        case "Prerelease": return .string(version.prerelease)
        case "Metadata": return .string(version.metadata)
        case "Original": return .string(version.original)
        default: return .string(version.description)
        }
    }

    /// Increments as the library's `Inc…` methods: prerelease and metadata are dropped, and
    /// `IncPatch` of a prerelease only drops the prerelease.
    private func incremented(_ name: String) throws -> SemanticVersion {
        var next = version
        let prefix = version.original.hasPrefix("v") ? "v" : ""
        let overflow = FunctionCallError.failed("\(name.dropFirst(3).lowercased()) version increment would overflow uint64")
        next.prerelease = ""
        next.metadata = ""
        switch name {
        case "IncMajor":
            guard version.major < UInt64.max else { throw overflow }
            (next.major, next.minor, next.patch) = (version.major + 1, 0, 0)
        case "IncMinor":
            guard version.minor < UInt64.max else { throw overflow }
            (next.minor, next.patch) = (version.minor + 1, 0)
        default:
            if version.prerelease.isEmpty {
                guard version.patch < UInt64.max else { throw overflow }
                next.patch = version.patch + 1
            }
        }
        next.original = prefix + next.description
        return next
    }
}
