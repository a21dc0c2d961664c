import HelmKitValues

/// One Kubernetes object of a rendered release, identified as kubectl and helm-diff identify
/// it: API group, kind, namespace and name. A change of version within a group is a change of
/// the same object, not a removal and an addition.
public struct Resource: Sendable {
    public struct Identity: Hashable, Comparable, Sendable {
        public var group: String
        public var kind: String
        public var namespace: String
        public var name: String

        public static func < (left: Identity, right: Identity) -> Bool {
            (left.namespace, left.kind, left.group, left.name) < (right.namespace, right.kind, right.group, right.name)
        }
    }

    public var identity: Identity
    public var apiVersion: String
    /// The template the document came from, from its `# Source:` line.
    public var source: String
    /// The document's YAML text without the `---` and `# Source:` lines.
    public var text: String
    public var isHook: Bool
    public var decoded: Value
}

/// Splits `helm template` output into resources.
public enum ResourceParser {
    /// Parses rendered output; `namespace` fills in objects that name none, and `origin` names
    /// the output in errors.
    public static func parse(_ output: String, namespace: String, origin: String = "the output") throws -> [Resource] {
        var resources: [Resource] = []
        for document in splitDocuments(output) {
            var source = ""
            var lines = document.split(separator: "\n", omittingEmptySubsequences: false)
            if let first = lines.first, first.hasPrefix("# Source: ") {
                source = String(first.dropFirst("# Source: ".count))
                lines.removeFirst()
            }
            let text = lines.joined(separator: "\n")
            let decoded: Value
            do {
                decoded = try YAMLCodec.decode(text)
            } catch {
                throw DiffError("invalid YAML in \(source.isEmpty ? "a document" : source) of \(origin): \(error)")
            }
            guard case .map(let object) = decoded else { continue }
            // A document without kind and name, such as a comment or an empty map, is no resource.
            if object["kind"] == nil && object["metadata"] == nil { continue }

            let apiVersion = object["apiVersion"]?.stringValue ?? ""
            let metadata = object["metadata"]?.mapValue
            let annotations = metadata?["annotations"]?.mapValue
            let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
            let identity = Resource.Identity(
                group: group,
                kind: object["kind"]?.stringValue ?? "",
                namespace: metadata?["namespace"]?.stringValue ?? namespace,
                name: metadata?["name"]?.stringValue ?? "")
            resources.append(Resource(identity: identity, apiVersion: apiVersion, source: source,
                                      text: text.hasSuffix("\n") ? text : text + "\n",
                                      isHook: annotations?["helm.sh/hook"] != nil, decoded: decoded))
        }
        return resources
    }

    /// Returns `resource` with its text replaced and decoded again.
    static func reparsed(_ resource: Resource, text: String) throws -> Resource {
        var copy = resource
        copy.text = text
        copy.decoded = try YAMLCodec.decode(text)
        return copy
    }

    /// Splits on lines that are exactly `---`.
    static func splitDocuments(_ output: String) -> [String] {
        var documents: [String] = []
        var current: [Substring] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" {
                documents.append(current.joined(separator: "\n"))
                current = []
            } else {
                current.append(line)
            }
        }
        documents.append(current.joined(separator: "\n"))
        return documents.filter { !$0.allSatisfy(\.isWhitespace) }
    }
}

/// A diff failure, printed as `Error: MESSAGE`.
public struct DiffError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
