import Foundation
import HelmKitValues

/// A rendered YAML document and the template it came from.
struct Manifest {
    var path: String
    var content: String
    var kind: String
}

/// A rendered document carrying a `helm.sh/hook` annotation.
struct Hook {
    var path: String
    var manifest: String
    var kind: String
    var events: [String]

    var isTest: Bool { events.contains("test") || events.contains("test-success") }
}

/// Splits rendered files into documents and orders them as Helm's `SortManifests` does.
public enum ManifestSorter {
    /// Kubernetes kinds in the order Helm installs them; other kinds follow, alphabetically.
    static let installOrder: [String] = [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
        "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
        "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList", "Service",
        "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
        "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ]

    static let installRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: installOrder.enumerated().map { ($0.element, $0.offset) })

    static let hookEvents: Set<String> = [
        "pre-install", "post-install", "pre-delete", "post-delete", "pre-upgrade", "post-upgrade",
        "pre-rollback", "post-rollback", "test", "test-success",
    ]

    /// Returns hooks and plain manifests, each sorted by kind, stable within a kind.
    ///
    /// `prepared` contains files already split and decoded elsewhere. A file is taken from it only
    /// when its content there is the same.
    static func sort(files: [String: String],
                     prepared: [String: PreparedManifestFile] = [:]) throws -> (hooks: [Hook], manifests: [Manifest]) {
        var hooks: [Hook] = []
        var manifests: [Manifest] = []

        for path in files.keys.sorted() {
            guard let content = files[path] else { continue }
            if baseName(path).hasPrefix("_") { continue }
            let file: PreparedManifestFile
            if let ready = prepared[path], ready.content == content {
                file = ready
            } else {
                file = PreparedManifestFile(path: path, content: content)
            }

            for (document, decodedHead) in file.documents {
                let head = try decodedHead.get()
                guard let hookList = head.annotations["helm.sh/hook"] else {
                    manifests.append(Manifest(path: path, content: document, kind: head.kind))
                    continue
                }
                let events = hookList.split(separator: ",").map {
                    trimmingGoSpace(String($0)).lowercased()
                }
                // Helm drops a document whose hook list names an unknown event.
                if events.contains(where: { !hookEvents.contains($0) }) { continue }
                hooks.append(Hook(path: path, manifest: document, kind: head.kind, events: events))
            }
        }
        return (stableSorted(hooks, kind: \.kind), stableSorted(manifests, kind: \.kind))
    }

    static func stableSorted<Element>(_ items: [Element], kind: KeyPath<Element, String>) -> [Element] {
        let indexed = items.enumerated().map { ($0.offset, $0.element) }
        return indexed.sorted { left, right in
            let leftKind = left.1[keyPath: kind]
            let rightKind = right.1[keyPath: kind]
            switch (installRank[leftKind], installRank[rightKind]) {
            case let (leftRank?, rightRank?):
                if leftRank != rightRank { return leftRank < rightRank }
            case (.some, nil):
                return true
            case (nil, .some):
                return false
            case (nil, nil):
                if leftKind != rightKind { return leftKind < rightKind }
            }
            return left.0 < right.0
        }.map(\.1)
    }

    /// Splits a stream on `---` separators as Helm's `SplitManifests` does with the regular
    /// expression `(?:^|\s*\n)---\s*`: the separator takes the white space around it, each
    /// document loses its leading white space, and blank documents are dropped.
    public static func splitDocuments(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let dashes = Array("---".utf8)
        var pieces: [ArraySlice<UInt8>] = []
        var segmentStart = skipSpaces(bytes, from: 0)
        let streamStart = segmentStart

        if bytes[streamStart...].starts(with: dashes) {
            segmentStart = skipSpaces(bytes, from: streamStart + 3)
        }
        var cursor = segmentStart
        while cursor < bytes.count {
            guard bytes[cursor] == UInt8(ascii: "\n"), bytes[(cursor + 1)...].starts(with: dashes) else {
                cursor += 1
                continue
            }
            // The match starts where the run of white space before this newline starts.
            var matchStart = cursor
            while matchStart > segmentStart, isRegexSpace(bytes[matchStart - 1]) {
                matchStart -= 1
            }
            pieces.append(bytes[segmentStart..<matchStart])
            segmentStart = skipSpaces(bytes, from: cursor + 4)
            cursor = segmentStart
        }
        pieces.append(bytes[min(segmentStart, bytes.count)...])

        return pieces.compactMap { piece in
            let start = skipSpaces(bytes, from: piece.startIndex, end: piece.endIndex)
            guard start < piece.endIndex else { return nil }
            return String(decoding: bytes[start..<piece.endIndex], as: UTF8.self)
        }
    }

    /// Go's `\s` in regular expressions: space, tab, newline, carriage return and form feed.
    static func isRegexSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    static func skipSpaces(_ bytes: [UInt8], from index: Int, end: Int? = nil) -> Int {
        let limit = end ?? bytes.count
        var position = index
        while position < limit, isRegexSpace(bytes[position]) || bytes[position] == 0x0B {
            position += 1
        }
        return position
    }
}

/// Go's `unicode.IsSpace` for ASCII bytes.
// NOTE: non-ASCII white space such as U+00A0 counts as text here, where Go would trim it.
func isGoSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}

/// Trims white space from both ends as Go's `strings.TrimSpace` does for ASCII white space.
func trimmingGoSpace(_ text: String) -> String {
    let bytes = text.utf8
    guard let first = bytes.firstIndex(where: { !isGoSpace($0) }),
          let last = bytes.lastIndex(where: { !isGoSpace($0) }) else { return "" }
    return String(text[first...last])
}

/// A rendered file split into documents, each with its head decoded or the error decoding it
/// gave. Preparing a file can run on another thread while later templates render.
struct PreparedManifestFile: @unchecked Sendable {
    let content: String
    let documents: [(document: String, head: Result<DocumentHead, any Error>)]

    init(path: String, content: String) {
        self.content = content
        guard !content.utf8.allSatisfy(isGoSpace) else {
            documents = []
            return
        }
        documents = ManifestSorter.splitDocuments(content).map { document in
            (document, Result { try DocumentHead(parsing: document, path: path) })
        }
    }
}

/// The fields of a document Helm reads to sort it: `kind` and `metadata.annotations`.
///
/// Helm decodes them into a Go struct through sigs.k8s.io/yaml, which turns YAML scalars into
/// strings where the struct wants a string, so only lists and maps in those places fail.
struct DocumentHead {
    var kind = ""
    var annotations: [String: String] = [:]

    /// The top-level fields Helm's `SimpleHead` reads.
    static let headKeys: Set<String> = ["apiVersion", "kind", "metadata"]

    static let metadataType = "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }"

    init(parsing document: String, path: String) throws {
        func failure(_ detail: String) -> RenderError {
            RenderError(message: "YAML parse error on \(path): error unmarshaling JSON: while decoding JSON: json: \(detail)")
        }

        let decoded: Value
        do {
            decoded = try YAMLCodec.decodeHead(bytes: GoByteString.bytes(document), headKeys: Self.headKeys)
        } catch {
            throw RenderError(message: "YAML parse error on \(path): \(error)")
        }
        guard case .map(let map) = decoded else {
            if case .null = decoded { return }
            throw failure("cannot unmarshal \(Self.jsonKind(decoded)) into Go value of type util.SimpleHead")
        }

        // encoding/json reports the first mismatch in document order; these are checked in the
        // order Kubernetes manifests usually give them.
        // TODO: keep the YAML key order to report the first mismatch exactly.
        if let apiVersion = map["apiVersion"], Self.isComposite(apiVersion) {
            throw failure("cannot unmarshal \(Self.jsonKind(apiVersion)) into Go struct field SimpleHead.apiVersion of type string")
        }
        if let kind = map["kind"] {
            if Self.isComposite(kind) {
                throw failure("cannot unmarshal \(Self.jsonKind(kind)) into Go struct field SimpleHead.kind of type string")
            }
            self.kind = Self.scalarText(kind)
        }
        guard let metadataValue = map["metadata"], !metadataValue.isNull else { return }
        guard case .map(let metadata) = metadataValue else {
            throw failure("cannot unmarshal \(Self.jsonKind(metadataValue)) into Go struct field SimpleHead.metadata of type \(Self.metadataType)")
        }
        if let name = metadata["name"], Self.isComposite(name) {
            throw failure("cannot unmarshal \(Self.jsonKind(name)) into Go struct field .metadata.name of type string")
        }
        guard let annotationsValue = metadata["annotations"], !annotationsValue.isNull else { return }
        guard case .map(let annotations) = annotationsValue else {
            throw failure("cannot unmarshal \(Self.jsonKind(annotationsValue)) into Go struct field .metadata.annotations of type map[string]string")
        }
        for key in annotations.sortedKeys {
            guard let value = annotations[key] else { continue }
            if Self.isComposite(value) {
                throw failure("cannot unmarshal \(Self.jsonKind(value)) into Go struct field .metadata.annotations of type string")
            }
            self.annotations[key] = Self.scalarText(value)
        }
    }

    static func isComposite(_ value: Value) -> Bool {
        switch value {
        case .list, .map: return true
        default: return false
        }
    }

    /// Returns the string sigs.k8s.io/yaml makes of a scalar for a string field.
    // NOTE: it formats numbers from the YAML text; this uses Go's float printing of the value.
    static func scalarText(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .null: return ""
        default: return value.goPrinted
        }
    }

    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .list: return "array"
        case .map: return "object"
        case .string: return "string"
        case .bool: return "bool"
        default: return "number"
        }
    }
}
