import Foundation

/// A node as go-yaml v2 decodes it into `interface{}`, before sigs.k8s.io/yaml converts it to
/// JSON: numbers keep their integer or float type and map keys keep their YAML types.
///
/// Only the error messages that print a decoded node with Go's `%#v` need this form, so it is
/// built from recorded parser events when such an error is raised, never for every document.
indirect enum GoYAMLNode {
    case scalar(ResolvedScalar)
    case list([GoYAMLNode])
    case map([(key: GoYAMLNode, value: GoYAMLNode)])

    /// Returns the node as Go's `%#v` prints an `interface{}` argument holding it.
    var goSyntax: String {
        // fmt prints a nil interface argument as <nil>; only a nil inside a collection shows
        // its type.
        if case .scalar(.null) = self { return "<nil>" }
        return elementSyntax
    }

    private var elementSyntax: String {
        switch self {
        case .scalar(.null):
            return "interface {}(nil)"
        case .scalar(.bool(let flag)):
            return flag ? "true" : "false"
        case .scalar(.int(let number)):
            return String(number)
        case .scalar(.uint(let number)):
            return "0x" + String(number, radix: 16)
        case .scalar(.float(let number)):
            return GoFloat.format(number, verb: "g", precision: -1)
        case .scalar(.string(let text)):
            return GoQuoting.quote(text)
        case .list(let items):
            return "[]interface {}{" + items.map(\.elementSyntax).joined(separator: ", ") + "}"
        case .map(let entries):
            let sorted = entries.sorted { Self.goMapOrder($0.key, $1.key) }
            let printed = sorted.map { $0.key.elementSyntax + ":" + $0.value.elementSyntax }
            return "map[interface {}]interface {}{" + printed.joined(separator: ", ") + "}"
        }
    }

    /// Returns true when fmt prints key `left` before `right` in an `interface{}`-keyed map: nil
    /// first, then by dynamic type, then by value within one type.
    ///
    /// NOTE: Go orders the types by the address of their type descriptors, which depends on the
    /// build; this is the order the reference Helm prints.
    private static func goMapOrder(_ left: GoYAMLNode, _ right: GoYAMLNode) -> Bool {
        if left.typeRank != right.typeRank {
            return left.typeRank < right.typeRank
        }
        switch (left, right) {
        case (.scalar(.bool(let a)), .scalar(.bool(let b))):
            return !a && b
        case (.scalar(.int(let a)), .scalar(.int(let b))):
            return a < b
        case (.scalar(.uint(let a)), .scalar(.uint(let b))):
            return a < b
        case (.scalar(.float(let a)), .scalar(.float(let b))):
            // fmt sorts NaN before every other float.
            if a.isNaN || b.isNaN { return a.isNaN && !b.isNaN }
            return a < b
        case (.scalar(.string(let a)), .scalar(.string(let b))):
            return a.utf8.lexicographicallyPrecedes(b.utf8)
        default:
            return false
        }
    }

    private var typeRank: Int {
        switch self {
        case .scalar(.null): return 0
        case .scalar(.string): return 1
        case .scalar(.uint): return 2
        case .scalar(.int): return 3
        case .scalar(.float): return 4
        case .scalar(.bool): return 5
        case .list: return 6
        case .map: return 7
        }
    }

    /// Returns true when go-yaml's decoder would store both keys in one map entry.
    fileprivate func isSameKey(as other: GoYAMLNode) -> Bool {
        switch (self, other) {
        case (.scalar(.null), .scalar(.null)): return true
        case (.scalar(.bool(let a)), .scalar(.bool(let b))): return a == b
        case (.scalar(.int(let a)), .scalar(.int(let b))): return a == b
        case (.scalar(.uint(let a)), .scalar(.uint(let b))): return a == b
        case (.scalar(.float(let a)), .scalar(.float(let b))): return a == b
        case (.scalar(.string(let a)), .scalar(.string(let b))): return a == b
        default: return false
        }
    }
}

extension GoYAMLNode {
    /// Converts a value already read, for an alias whose anchor lies outside the recorded events:
    /// its numbers are float64 by then, which prints the same for all but very large integers.
    init(converting value: Value) {
        switch value {
        case .null: self = .scalar(.null)
        case .bool(let flag): self = .scalar(.bool(flag))
        case .int(let number), .int64(let number): self = .scalar(.int(number))
        case .float(let number): self = .scalar(.float(number))
        case .string(let text): self = .scalar(.string(text))
        case .list(let items): self = .list(items.map(GoYAMLNode.init(converting:)))
        case .map(let map):
            self = .map(map.sortedKeys.map { key in
                (key: .scalar(.string(key)), value: GoYAMLNode(converting: map[key] ?? .null))
            })
        default: self = .scalar(.string(value.goPrinted))
        }
    }
}

/// Builds a `GoYAMLNode` from the parser events of one node, resolving scalars, aliases and
/// merge keys as go-yaml v2's decoder does.
struct GoYAMLNodeBuilder {
    private var events: ArraySlice<YAMLEvent>
    private var anchors: [String: GoYAMLNode] = [:]
    /// Resolves an alias to an anchor defined before the recorded events.
    private let outsideAnchor: (String) -> GoYAMLNode?

    init(events: ArraySlice<YAMLEvent>, outsideAnchor: @escaping (String) -> GoYAMLNode?) {
        self.events = events
        self.outsideAnchor = outsideAnchor
    }

    /// Returns the first node of the events, or null when they end early.
    mutating func build() -> GoYAMLNode {
        guard let first = events.popFirst() else { return .scalar(.null) }
        return node(first)
    }

    private mutating func node(_ event: YAMLEvent) -> GoYAMLNode {
        let built: GoYAMLNode
        switch event.kind {
        case .scalar:
            built = Self.scalar(event)
        case .alias:
            return anchors[event.value] ?? outsideAnchor(event.value) ?? .scalar(.null)
        case .sequenceStart:
            var items: [GoYAMLNode] = []
            while let next = events.popFirst(), next.kind != .sequenceEnd {
                items.append(node(next))
            }
            built = .list(items)
        case .mappingStart:
            built = mapping()
        default:
            built = .scalar(.null)
        }
        if let anchor = event.anchor {
            anchors[anchor] = built
        }
        return built
    }

    private mutating func mapping() -> GoYAMLNode {
        var entries: [(key: GoYAMLNode, value: GoYAMLNode)] = []
        while let keyEvent = events.popFirst(), keyEvent.kind != .mappingEnd {
            let isMerge = keyEvent.kind == .scalar && keyEvent.value == "<<"
                && (keyEvent.plainImplicit || keyEvent.tag == YAMLTag.merge)
            let key = node(keyEvent)
            guard let valueEvent = events.popFirst() else { break }
            let value = node(valueEvent)
            guard isMerge else {
                Self.set(key, value, in: &entries)
                continue
            }
            // Earlier maps of a merged list win, as in the reader.
            let sources: [GoYAMLNode]
            if case .list(let items) = value { sources = items.reversed() } else { sources = [value] }
            for case .map(let merged) in sources {
                for entry in merged {
                    Self.set(entry.key, entry.value, in: &entries)
                }
            }
        }
        return .map(entries)
    }

    private static func set(_ key: GoYAMLNode, _ value: GoYAMLNode, in entries: inout [(key: GoYAMLNode, value: GoYAMLNode)]) {
        if let index = entries.firstIndex(where: { $0.key.isSameKey(as: key) }) {
            entries[index].value = value
        } else {
            entries.append((key: key, value: value))
        }
    }

    /// Resolves a scalar as go-yaml v2 stores it in `interface{}`: timestamps stay strings, and
    /// `!!binary` becomes its decoded text.
    static func scalar(_ event: YAMLEvent) -> GoYAMLNode {
        if event.tag.isEmpty && !event.plainImplicit {
            return .scalar(.string(event.value))
        }
        // A tag that does not fit fails the document before any message prints this node.
        guard let (tag, resolved) = try? YAMLScalarResolver.resolve(tag: event.tag, text: event.value) else {
            return .scalar(.string(event.value))
        }
        if tag == YAMLTag.binary {
            let compact = event.value.filter { $0 != "\n" && $0 != "\r" }
            guard let data = Data(base64Encoded: compact) else { return .scalar(.string(event.value)) }
            return .scalar(.string(String(decoding: data, as: UTF8.self)))
        }
        return .scalar(resolved)
    }
}
