import Foundation
import HelmKitValues

/// The parts of kyaml (sigs.k8s.io/kustomize/kyaml v0.21.1, the version Helm v4.2.3 uses)
/// that Helm's post-render step calls: `kio.ParseAll`, `kio.StringAll`, `GetMeta` and the
/// annotation setters. Errors carry kyaml's texts.
enum KYAMLResources {
    /// Reads the resources of a stream as `kio.ParseAll` does:
    /// - The stream is cut at every line that starts with `---`, and only the first document
    ///   of each piece is read.
    /// - Empty and null documents are skipped.
    /// - A stream of a single `List` or `ResourceList` with `items` yields the items.
    /// - Every other document gets kyaml's index annotations, which `write` removes again.
    static func read(_ stream: String) throws -> [YAMLDocument] {
        let pieces = try splitAtSeparators(stream.replacingOccurrences(of: "\r\n", with: "\n"))
        var resources: [YAMLDocument] = []
        for (index, piece) in pieces.enumerated() {
            // kyaml cuts the line break before each separator off the piece, then adds it back.
            let text = index == pieces.count - 1 ? piece : piece + "\n"
            let parsed: YAMLDocument?
            do {
                parsed = try YAMLDocument.parseFirst(text)
            } catch let error as ValueError {
                throw ValueError("MalformedYAMLError: \(error.message)")
            }
            guard var document = parsed, !document.root.isNull else { continue }

            if pieces.count == 1, let items = listItems(of: document.root) {
                resources += items.map { YAMLDocument(root: $0) }
                continue
            }
            for key in indexAnnotations {
                try setAnnotation(key, to: String(resources.count), in: &document.root)
            }
            resources.append(document)
        }
        return resources
    }

    /// The annotations kyaml's reader sets, in the order it sets them.
    private static let indexAnnotations = ["config.kubernetes.io/index", "internal.config.kubernetes.io/index"]

    /// Writes resources as `kio.StringAll` does, after removing the reader's annotations and
    /// then empty `annotations` and `metadata` from each.
    static func write(_ resources: [YAMLDocument]) throws -> String {
        var documents: [YAMLDocument] = []
        for var resource in resources {
            for key in indexAnnotations + ["internal.config.kubernetes.io/seqindent"] {
                try removeAnnotation(key, from: &resource.root)
            }
            try clearEmptyAnnotations(in: &resource.root)
            documents.append(resource)
        }
        // libyaml's emitter writes no comments. Streams without any stay with it, the emitter
        // every other YAML output here uses.
        if documents.contains(where: \.hasComments) {
            return try GoYAMLEmitter.encode(documents)
        }
        return try YAMLNode.encode(documents: documents.map(\.root))
    }

    /// Sets `metadata.annotations[key]` to a single-quoted string, creating the mappings as
    /// needed at the end of their parents, as kyaml's `SetAnnotation` does.
    static func setAnnotation(_ key: String, to value: String, in resource: inout YAMLNode) throws {
        try clearEmptyAnnotations(in: &resource)
        try requireMapping(resource)
        var metadata = resource.value(forKey: "metadata") ?? .mapping()
        try requireMapping(metadata)
        var annotations = metadata.value(forKey: "annotations") ?? .mapping()
        try requireMapping(annotations)
        var quoted = YAMLNode.scalar(value, style: .singleQuoted)
        quoted.tag = ""
        annotations.setValue(quoted, forKey: key)
        metadata.setValue(annotations, forKey: "annotations")
        resource.setValue(metadata, forKey: "metadata")
    }

    /// Removes `metadata.annotations[key]` when present, as kyaml's `ClearAnnotation` does.
    static func removeAnnotation(_ key: String, from resource: inout YAMLNode) throws {
        guard let metadataIndex = try fieldIndex("metadata", in: resource) else { return }
        guard let annotationsIndex = try fieldIndex("annotations", in: resource.children[metadataIndex]) else { return }
        try requireMapping(resource.children[metadataIndex].children[annotationsIndex])
        resource.children[metadataIndex].children[annotationsIndex].removeValue(forKey: key)
    }

    /// Returns the resource's annotations as kyaml's `GetMeta` reads them, or nil for its
    /// `missing Resource metadata` error: no `apiVersion`, no `kind`, and no name, namespace,
    /// labels or annotations under `metadata`.
    static func annotations(of resource: YAMLNode) throws -> [String: String]? {
        var hasMetadata = !isNilOrEmpty(resource.value(forKey: "apiVersion"))
            || !isNilOrEmpty(resource.value(forKey: "kind"))
        guard let metadata = resource.value(forKey: "metadata"), !isNilOrEmpty(metadata) else {
            return hasMetadata ? [:] : nil
        }
        for field in ["name", "namespace", "labels", "annotations"] where !isNilOrEmpty(metadata.value(forKey: field)) {
            hasMetadata = true
        }
        guard hasMetadata else { return nil }

        var result: [String: String] = [:]
        if let annotations = metadata.value(forKey: "annotations"), annotations.kind == .mapping {
            var index = 0
            while index + 1 < annotations.children.count {
                result[scalarText(annotations.children[index])] = scalarText(annotations.children[index + 1])
                index += 2
            }
        }
        return result
    }

    /// kyaml's `ClearEmptyAnnotations`: removes `metadata.annotations`, then `metadata`, when
    /// the value has no entries (a scalar, alias or empty collection).
    private static func clearEmptyAnnotations(in resource: inout YAMLNode) throws {
        if let metadataIndex = try fieldIndex("metadata", in: resource) {
            try requireMapping(resource.children[metadataIndex])
            removeIfEmpty("annotations", from: &resource.children[metadataIndex])
        }
        try requireMapping(resource)
        removeIfEmpty("metadata", from: &resource)
    }

    private static func removeIfEmpty(_ key: String, from mapping: inout YAMLNode) {
        guard let index = mapping.valueIndex(forKey: key), mapping.children[index].children.isEmpty else { return }
        mapping.children.removeSubrange((index - 1)...index)
    }

    /// Returns the index of the value under `key`. kyaml looks fields up only in mappings, and
    /// a null node counts as an empty one.
    private static func fieldIndex(_ key: String, in node: YAMLNode) throws -> Int? {
        if node.isNull { return nil }
        try requireMapping(node)
        return node.valueIndex(forKey: key)
    }

    private static func requireMapping(_ node: YAMLNode) throws {
        guard node.kind != .mapping, !node.isNull else { return }
        let kind: String
        switch node.kind {
        case .scalar: kind = "ScalarNode"
        case .sequence: kind = "SequenceNode"
        case .alias: kind = "AliasNode"
        case .mapping: kind = "MappingNode"
        }
        var message = "wrong node kind: expected MappingNode but got \(kind)"
        if let contents = try? YAMLNode.encode(documents: [node]) {
            message += ": node contents:\n\(contents)"
        }
        throw ValueError(message)
    }

    /// Returns the items of a `List` or `ResourceList` document, which kyaml unwraps when the
    /// stream contains only that document.
    private static func listItems(of document: YAMLNode) -> [YAMLNode]? {
        let kind = document.value(forKey: "kind").map(scalarText) ?? ""
        guard kind == "List" || kind == "ResourceList" else { return nil }
        let items = document.value(forKey: "items")
        guard items != nil || document.value(forKey: "functionConfig") != nil else { return nil }
        return items?.children ?? []
    }

    /// kyaml's `IsNilOrEmpty`: absent, null, or an empty collection.
    private static func isNilOrEmpty(_ node: YAMLNode?) -> Bool {
        guard let node else { return true }
        if node.isNull { return true }
        return (node.kind == .mapping || node.kind == .sequence) && node.children.isEmpty
    }

    /// kyaml's `GetValue`: a null node reads as the empty string.
    private static func scalarText(_ node: YAMLNode) -> String {
        node.isNull ? "" : node.value
    }

    /// Splits a stream at lines starting with `---` as kyaml's reader does, rejecting a
    /// separator followed by anything but a comment.
    private static func splitAtSeparators(_ stream: String) throws -> [String] {
        guard !stream.isEmpty else { return [] }
        let bytes = Array(stream.utf8)
        var pieces: [String] = []
        var pieceStart = 0
        var index = 0
        while index + 4 < bytes.count {
            guard bytes[index] == UInt8(ascii: "\n"), bytes[(index + 1)...(index + 3)].elementsEqual("---".utf8),
                  let lineEnd = bytes[(index + 4)...].firstIndex(of: UInt8(ascii: "\n")) else {
                index += 1
                continue
            }
            let rest = String(decoding: bytes[(index + 4)..<lineEnd], as: UTF8.self)
            let trimmedRest = rest.trimmingCharacters(in: .whitespacesAndNewlines)
            if let first = trimmedRest.first, first != "#" {
                let separator = String(decoding: bytes[(index + 1)..<lineEnd], as: UTF8.self)
                throw ValueError("invalid document separator: \(separator.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            pieces.append(String(decoding: bytes[pieceStart..<index], as: UTF8.self))
            pieceStart = lineEnd + 1
            index = lineEnd + 1
        }
        pieces.append(String(decoding: bytes[pieceStart...], as: UTF8.self))
        return pieces
    }
}
