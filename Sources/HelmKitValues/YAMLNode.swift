internal import CYAML

/// A YAML node with the presentation go-yaml v3 keeps when it decodes into a `yaml.Node`:
/// scalar styles, flow collections, explicit tags, anchors and aliases.
///
/// This is the form kyaml (sigs.k8s.io/kustomize/kyaml) edits and writes back, which Helm uses
/// around a post-renderer. Comments are kept as go-yaml v3 attaches them (see YAMLComments.swift).
public struct YAMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case scalar, sequence, mapping, alias
    }

    public enum ScalarStyle: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var kind: Kind
    /// The scalar's text, or the anchor an alias refers to.
    public var value: String
    /// The tag written in the source, in full form (`tag:yaml.org,2002:str`), or empty when
    /// the reader resolves the type.
    public var tag: String
    public var style: ScalarStyle
    /// True for a collection written as `[…]` or `{…}`.
    public var isFlow: Bool
    public var anchor: String?
    /// Sequence items, or mapping keys and values in turn.
    public var children: [YAMLNode]
    /// Comment lines above the node, with their `#`, joined by line breaks.
    public var headComment = ""
    /// The comment after the node on its last line.
    public var lineComment = ""
    /// Comment lines below the node.
    public var footComment = ""

    public init(kind: Kind, value: String = "", tag: String = "", style: ScalarStyle = .plain,
                isFlow: Bool = false, anchor: String? = nil, children: [YAMLNode] = []) {
        self.kind = kind
        self.value = value
        self.tag = tag
        self.style = style
        self.isFlow = isFlow
        self.anchor = anchor
        self.children = children
    }

    /// Returns a plain scalar.
    public static func scalar(_ text: String, style: ScalarStyle = .plain) -> YAMLNode {
        YAMLNode(kind: .scalar, value: text, style: style)
    }

    /// Returns an empty block mapping.
    public static func mapping() -> YAMLNode {
        YAMLNode(kind: .mapping)
    }

    /// True for a scalar whose type is null: an untagged plain `~`, `null` or empty text, or
    /// an explicit `!!null`.
    public var isNull: Bool {
        guard kind == .scalar else { return false }
        if !tag.isEmpty { return tag == YAMLTag.null }
        return style == .plain && ["", "~", "null", "Null", "NULL"].contains(value)
    }

    /// Returns the index of the value stored under `key` in a mapping.
    public func valueIndex(forKey key: String) -> Int? {
        guard kind == .mapping else { return nil }
        var index = 0
        while index + 1 < children.count {
            if children[index].value == key { return index + 1 }
            index += 2
        }
        return nil
    }

    /// Returns the value stored under `key` in a mapping.
    public func value(forKey key: String) -> YAMLNode? {
        valueIndex(forKey: key).map { children[$0] }
    }

    /// Removes the first entry under `key` from a mapping.
    public mutating func removeValue(forKey key: String) {
        guard let index = valueIndex(forKey: key) else { return }
        children.removeSubrange((index - 1)...index)
    }

    /// Sets the value under `key`, appending the entry at the end when the key is new.
    public mutating func setValue(_ value: YAMLNode, forKey key: String) {
        if let index = valueIndex(forKey: key) {
            children[index] = value
        } else {
            children.append(.scalar(key))
            children.append(value)
        }
    }
}

extension YAMLNode {
    /// Parses the first document of `text`, or returns nil when it has none. Documents after
    /// the first are ignored, as a go-yaml v3 decoder reads one per call.
    public static func parseFirstDocument(_ text: String) throws -> YAMLNode? {
        let parser = LibYAMLParser(bytes: Array(text.utf8))
        var event = try parser.next()
        while event.kind != .documentStart {
            if event.kind == .streamEnd { return nil }
            event = try parser.next()
        }
        return try parseNode(try parser.next(), parser: parser)
    }

    private static func parseNode(_ event: YAMLEvent, parser: LibYAMLParser) throws -> YAMLNode {
        switch event.kind {
        case .alias:
            return YAMLNode(kind: .alias, value: event.value)
        case .scalar:
            return YAMLNode(kind: .scalar, value: event.value, tag: explicitTag(event.tag),
                            style: event.scalarStyle, anchor: event.anchor)
        case .sequenceStart, .mappingStart:
            let isSequence = event.kind == .sequenceStart
            var node = YAMLNode(kind: isSequence ? .sequence : .mapping, tag: explicitTag(event.tag),
                                isFlow: event.isFlow, anchor: event.anchor)
            var child = try parser.next()
            while child.kind != .sequenceEnd && child.kind != .mappingEnd {
                node.children.append(try parseNode(child, parser: parser))
                child = try parser.next()
            }
            return node
        default:
            throw ValueError("yaml: unexpected event while reading a node")
        }
    }

    /// go-yaml v3 treats the non-specific tag `!` as no tag.
    private static func explicitTag(_ tag: String) -> String {
        tag == "!" ? "" : tag
    }
}

extension YAMLNode {
    /// Encodes documents as go-yaml v3's encoder does when kyaml configures it: indent 2,
    /// block sequences in a mapping not indented, no line folding, `---` between documents.
    public static func encode(documents: [YAMLNode]) throws -> String {
        let emitter = LibYAMLEmitter(foldsLines: false)
        try emitter.startStream()
        for document in documents {
            try emitter.startImplicitDocument()
            try emit(document, to: emitter)
            try emitter.endImplicitDocument()
        }
        try emitter.endStream()
        return emitter.text
    }

    private static func emit(_ node: YAMLNode, to emitter: LibYAMLEmitter) throws {
        switch node.kind {
        case .alias:
            try emitter.alias(node.value)
        case .scalar:
            var style = node.style
            // go-yaml v3 writes an untagged plain scalar that spans lines as a literal block.
            if style == .plain && node.tag.isEmpty && node.value.contains("\n") {
                style = .literal
            }
            try emitter.scalar(node.value, anchor: node.anchor, tag: node.tag, style: style)
        case .sequence:
            try emitter.startSequence(anchor: node.anchor, tag: node.tag, isFlow: node.isFlow)
            for child in node.children { try emit(child, to: emitter) }
            try emitter.endSequence()
        case .mapping:
            try emitter.startMapping(anchor: node.anchor, tag: node.tag, isFlow: node.isFlow)
            for child in node.children { try emit(child, to: emitter) }
            try emitter.endMapping()
        }
    }
}

extension YAMLNode.ScalarStyle {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
