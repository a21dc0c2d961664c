import Foundation
import HelmKitTemplate
import HelmKitValues

/// The cluster facts `.Capabilities` gives templates. Rendering is offline, so these are Helm
/// v4.2.3's built-in defaults: Kubernetes v1.36.0 and the API versions built into its client.
public struct Capabilities: Sendable {
    public var kubeVersion: KubeVersion
    public var apiVersions: [String]

    public init(kubeVersion: KubeVersion = .helmDefault, apiVersions: [String] = Capabilities.defaultAPIVersions) {
        self.kubeVersion = kubeVersion
        self.apiVersions = apiVersions
    }

    /// Helm v4.2.3's `DefaultVersionSet`, in its order (as its `toJson` prints it).
    public static let defaultAPIVersions: [String] = [
        "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1alpha1",
        "admissionregistration.k8s.io/v1beta1", "internal.apiserver.k8s.io/v1alpha1", "apps/v1",
        "apps/v1beta1", "apps/v1beta2", "authentication.k8s.io/v1", "authentication.k8s.io/v1alpha1",
        "authentication.k8s.io/v1beta1", "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
        "autoscaling/v1", "autoscaling/v2", "batch/v1", "batch/v1beta1", "certificates.k8s.io/v1",
        "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1", "coordination.k8s.io/v1alpha2",
        "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1", "discovery.k8s.io/v1",
        "discovery.k8s.io/v1beta1", "events.k8s.io/v1", "events.k8s.io/v1beta1", "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta3",
        "networking.k8s.io/v1", "networking.k8s.io/v1beta1", "node.k8s.io/v1", "node.k8s.io/v1alpha1",
        "node.k8s.io/v1beta1", "policy/v1", "policy/v1beta1", "rbac.authorization.k8s.io/v1",
        "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1", "resource.k8s.io/v1",
        "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1alpha2", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1",
        "storage.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1beta1", "apiextensions.k8s.io/v1beta1", "apiextensions.k8s.io/v1"
    ]

    var value: Value {
        .object(CapabilitiesObject(capabilities: self))
    }
}

/// A Kubernetes version as `.Capabilities.KubeVersion` shows it.
public struct KubeVersion: Sendable {
    /// The version as given, with a leading `v` (`v1.33.4-gke.1245000`).
    public var version: String
    /// Only the numeric parts (`v1.33.4`), which constraints and printing use.
    public var normalized: String
    public var major: String
    public var minor: String

    public static let helmDefault = KubeVersion(version: "v1.36.0", normalized: "v1.36.0", major: "1", minor: "36")

    /// Parses a version as Kubernetes' `ParseGeneric`: `v` is optional, at least two numeric
    /// parts are required, and anything after the numbers is kept only in `version`.
    public init(parsing text: String) throws {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        let numbers = rest.prefix { $0.isNumber || $0 == "." }
        let components = numbers.split(separator: ".", omittingEmptySubsequences: false)
        guard !numbers.isEmpty, numbers.first != ".", numbers.last != "." else {
            throw RenderError(message: "could not parse \"\(text)\" as version")
        }
        guard components.count >= 2 else { throw RenderError(message: "illegal version string \"\(text)\"") }
        var values: [UInt64] = []
        for (index, component) in components.enumerated() {
            if index == 0, component.hasPrefix("0"), component != "0" {
                throw RenderError(message: "illegal zero-prefixed version component \"\(component)\" in \"\(text)\"")
            }
            guard let value = UInt64(component) else {
                throw RenderError(message: "illegal non-numeric version component \"\(component)\" in \"\(text)\"")
            }
            values.append(value)
        }
        version = text.hasPrefix("v") ? text : "v" + text
        normalized = "v" + values.map(String.init).joined(separator: ".")
        major = String(values[0])
        minor = String(values[1])
    }

    init(version: String, normalized: String, major: String, minor: String) {
        self.version = version
        self.normalized = normalized
        self.major = major
        self.minor = minor
    }
}

// TODO: encoding/json writes struct fields in declaration order, but a Value map sorts its keys,
// so `toJson` of KubeVersion and HelmVersion orders fields differently from Helm.
struct CapabilitiesObject: TemplateObject, JSONRepresentable {
    let capabilities: Capabilities

    var goTypeName: String { "*common.Capabilities" }

    func field(_ name: String) -> Value? {
        switch name {
        case "KubeVersion": return .object(KubeVersionObject(version: capabilities.kubeVersion))
        case "APIVersions": return .object(APIVersionsObject(versions: capabilities.apiVersions))
        case "HelmVersion": return .object(HelmVersionObject())
        default: return nil
        }
    }

    var jsonValue: Value {
        .dictionary([
            "KubeVersion": KubeVersionObject(version: capabilities.kubeVersion).jsonValue,
            "APIVersions": APIVersionsObject(versions: capabilities.apiVersions).jsonValue,
            "HelmVersion": HelmVersionObject().jsonValue,
        ])
    }

    /// `.Capabilities` is a pointer to a struct: the template printer follows the pointer, and
    /// `fmt` marks it with `&`. Nested fields print as plain structs in both.
    var templateDescription: String {
        "{\(KubeVersionObject(version: capabilities.kubeVersion).goDescription) "
            + "\(APIVersionsObject(versions: capabilities.apiVersions).goDescription) \(HelmVersionObject().goDescription)}"
    }

    var goDescription: String { "&" + templateDescription }
}

struct KubeVersionObject: TemplateObject, JSONRepresentable {
    let version: KubeVersion

    var goTypeName: String { "common.KubeVersion" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Version", "GitVersion": return .string(version.version)
        case "Major": return .string(version.major)
        case "Minor": return .string(version.minor)
        default: return nil
        }
    }

    func hasMethod(_ name: String) -> Bool { name == "String" }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        .string(version.normalized)
    }

    var jsonValue: Value {
        .dictionary(["Version": .string(version.version), "Major": .string(version.major), "Minor": .string(version.minor)])
    }

    /// KubeVersion's String method has a pointer receiver: the template printer reaches it and
    /// prints the normalized version, while `printf` gets a copy and prints the struct's fields.
    var templateDescription: String { version.normalized }

    var goDescription: String { "{\(version.version) \(version.normalized) \(version.major) \(version.minor)}" }

    var goFieldDescription: String? {
        "{Version:\(version.version) normalizedVersion:\(version.normalized) Major:\(version.major) Minor:\(version.minor)}"
    }
}

struct APIVersionsObject: TemplateObject, JSONRepresentable {
    let versions: [String]

    var goTypeName: String { "common.VersionSet" }

    func field(_ name: String) -> Value? { nil }

    func hasMethod(_ name: String) -> Bool { name == "Has" }

    func parameterCount(ofMethod name: String) -> Int? {
        name == "Has" ? 1 : nil
    }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        guard arguments.count == 1 else {
            throw FunctionCallError.wrongArgumentCount(want: 1, actual: arguments.count, variadic: false)
        }
        guard case .string(let wanted) = arguments[0] else {
            throw FunctionArgumentTypeError(index: 0, expected: "string", actual: arguments[0].goTypeName)
        }
        return .bool(versions.contains(wanted))
    }

    var goDescription: String { "[" + versions.joined(separator: " ") + "]" }

    var jsonValue: Value { .list(versions.map(Value.string)) }

    /// Go's `VersionSet` is a slice of strings, so `len`, `index` and `range` see that list.
    var collectionValue: Value? { jsonValue }

    var zeroElement: Value { .string("") }
}

struct HelmVersionObject: TemplateObject, JSONRepresentable {
    var goTypeName: String { "version.BuildInfo" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string("v4.2")
        case "GitCommit", "GitTreeState": return .string("")
        case "GoVersion": return .string("go1.26.6")
        case "KubeClientVersion": return .string("v1.36")
        default: return nil
        }
    }

    var jsonValue: Value {
        .dictionary(["version": .string("v4.2"), "go_version": .string("go1.26.6"), "kube_client_version": .string("v1.36")])
    }

    var goDescription: String { "{v4.2   go1.26.6 v1.36}" }

    var goFieldDescription: String? {
        "{Version:v4.2 GitCommit: GitTreeState: GoVersion:go1.26.6 KubeClientVersion:v1.36}"
    }
}
