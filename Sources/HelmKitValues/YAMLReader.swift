import Foundation

/// Builds the value sigs.k8s.io/yaml's Unmarshal produces: go-yaml v2 decodes the first document
/// into `interface{}`, keys become strings, and the JSON round trip makes every number a float64.
///
/// Errors are go-yaml's or the JSON conversion's text, without sigs.k8s.io/yaml's prefix.
struct YAMLReader {
    private enum Anchored {
        /// The anchored node is still being read, so an alias to it refers to itself.
        case inProgress
        case scalar(YAMLEvent)
        /// A read collection, the number of nodes go-yaml decoded for it and its nesting height.
        case collection(Value, nodeCount: Int, height: Int)
    }

    private let parser: LibYAMLParser
    private var anchors: [String: Anchored] = [:]
    /// The first error of the conversion to JSON, raised once the whole document is read,
    /// because go-yaml reports syntax errors first.
    private var conversionError: String?
    /// Nodes decoded so far, and how many of them came from expanding aliases: go-yaml v2 limits
    /// the share of the latter to stop "billion laughs" documents.
    private var decodeCount = 0
    private var aliasCount = 0
    private var nesting = YAMLNesting()
    /// The events read while a node that an error message may print is being read, and how
    /// many such nodes are open (they nest when a printed map contains another bad key).
    private var recordedEvents: [YAMLEvent] = []
    private var recordingDepth = 0
    /// The top-level keys whose values are built when only a document's head is wanted; nil
    /// builds everything. Other values are read with every check but not kept.
    private let headKeys: Set<String>?
    /// How many skipped values the reader is inside.
    private var skippingDepth = 0
    /// How many collections the reader is inside, so that the root mapping is recognized.
    private var collectionDepth = 0

    init(bytes: [UInt8], rewrittenQuoteEscapes: Set<Int> = [], headKeys: Set<String>? = nil) {
        parser = LibYAMLParser(bytes: bytes, rewrittenQuoteEscapes: rewrittenQuoteEscapes)
        self.headKeys = headKeys
    }

    /// Reads the first document; an empty stream is null.
    mutating func readFirstDocument() throws -> Value {
        _ = try parser.next()
        let start = try parser.next()
        guard start.kind == .documentStart else { return .null }

        decodeCount += 1
        let root: Value
        do {
            root = try readValue(try parser.next())
        } catch let error as DecodeError {
            // go-yaml parses the whole document before it decodes it, so a syntax error anywhere
            // in the document comes first.
            try skipToDocumentEnd()
            throw ValueError(error.message)
        }
        let end = try parser.next()
        guard end.kind == .documentEnd else {
            throw ValueError("yaml: expected DOCUMENT_END event but got \(end.kind)")
        }
        if let conversionError {
            throw ValueError(conversionError)
        }
        if let number = Self.firstUnsupportedFloat(in: root) {
            throw ValueError("json: unsupported value: \(GoFloat.format(number, verb: "g", precision: -1))")
        }
        if let opener = nesting.jsonOverflowOpener {
            throw JSONDepthError(opener: opener)
        }
        return root
    }

    private mutating func readValue(_ event: YAMLEvent) throws -> Value {
        try countNodes(1, fromAlias: false)
        switch event.kind {
        case .scalar:
            if let anchor = event.anchor {
                anchors[anchor] = .scalar(event)
            }
            if skippingDepth > 0 {
                // The NaN check runs on kept values only, so a skipped one needs the full read.
                // Only a tag can fail to resolve, and only a sign or a dot can start `.inf`
                // or `.nan`, so other scalars need no resolving here.
                guard Self.mayFailOrBeNonFinite(event) else { return .null }
                if case .float(let number) = try scalarValue(event), !number.isFinite { throw HeadOnlyReadError() }
                return .null
            }
            return try scalarValue(event)
        case .alias:
            // A skipped anchor keeps no value, so aliases need the full read.
            if headKeys != nil { throw HeadOnlyReadError() }
            switch try anchored(event.value) {
            case .scalar(let scalar):
                try countNodes(1, fromAlias: true)
                return try scalarValue(scalar)
            case .collection(let value, let nodeCount, let height):
                try countNodes(nodeCount, fromAlias: true)
                guard nesting.placeAlias(height: height, opener: Self.opener(of: value)) else {
                    // Helm rejects the document for its depth, so the copy is never used.
                    return .null
                }
                return value.deepCopy()
            case .inProgress:
                throw DecodeError("yaml: anchor '\(event.value)' value contains itself")
            }
        case .sequenceStart:
            return try readSequence(event)
        case .mappingStart:
            return try readMapping(event)
        default:
            throw ValueError("yaml: unexpected \(event.kind) event")
        }
    }

    private mutating func nextEvent() throws -> YAMLEvent {
        let event = try parser.next()
        if recordingDepth > 0 {
            recordedEvents.append(event)
        }
        return event
    }

    /// Reads a node whose first event `nextEvent()` has just returned, and also returns the node
    /// as go-yaml v2 decoded it, printed with `%#v`.
    private mutating func readDescribing(_ first: YAMLEvent) throws -> (value: Value, syntax: String) {
        let start: Int
        if recordingDepth > 0 {
            start = recordedEvents.count - 1
        } else {
            recordedEvents = [first]
            start = 0
        }
        recordingDepth += 1
        defer {
            recordingDepth -= 1
            if recordingDepth == 0 {
                recordedEvents.removeAll()
            }
        }

        let value = try readValue(first)
        let anchorsBefore = anchors
        var builder = GoYAMLNodeBuilder(events: recordedEvents[start...]) { name in
            switch anchorsBefore[name] {
            case .scalar(let event): return GoYAMLNodeBuilder.scalar(event)
            case .collection(let value, _, _): return GoYAMLNode(converting: value)
            case .inProgress, nil: return nil
            }
        }
        return (value, builder.build().goSyntax)
    }

    private mutating func anchored(_ name: String) throws -> Anchored {
        guard let target = anchors[name] else {
            throw ValueError("yaml: unknown anchor '\(name)' referenced")
        }
        return target
    }

    /// Counts decoded nodes and fails as go-yaml v2 does once more than 100 of over 1000 nodes
    /// come from aliases and their share passes the allowed ratio: 99% up to 400,000 nodes,
    /// falling linearly to 10% at 4,000,000.
    private mutating func countNodes(_ count: Int, fromAlias: Bool) throws {
        decodeCount += count
        if fromAlias {
            aliasCount += count
        }
        guard aliasCount > 100 && decodeCount > 1000 else { return }

        let allowedRatio: Double
        if decodeCount <= 400_000 {
            allowedRatio = 0.99
        } else if decodeCount >= 4_000_000 {
            allowedRatio = 0.10
        } else {
            allowedRatio = 0.99 - 0.89 * (Double(decodeCount - 400_000) / 3_600_000)
        }
        if Double(aliasCount) / Double(decodeCount) > allowedRatio {
            throw DecodeError("yaml: document contains excessive aliasing")
        }
    }

    private static func opener(of value: Value) -> Character {
        if case .map = value { return "{" }
        return "["
    }

    private mutating func readSequence(_ start: YAMLEvent) throws -> Value {
        collectionDepth += 1
        defer { collectionDepth -= 1 }
        let countBefore = decodeCount - 1
        let saved = try nesting.enter(start, pushesIndent: pushesIndent(start))
        if let anchor = start.anchor {
            anchors[anchor] = .inProgress
        }
        var items: [Value] = []
        while true {
            let event = try nextEvent()
            if event.kind == .sequenceEnd { break }
            let item = try readValue(event)
            if skippingDepth == 0 { items.append(item) }
        }
        let value = Value.list(items)
        let height = nesting.leave(saved)
        if let anchor = start.anchor {
            anchors[anchor] = .collection(value, nodeCount: decodeCount - countBefore, height: height)
        }
        return value
    }

    private mutating func readMapping(_ start: YAMLEvent) throws -> Value {
        let isRootMapping = collectionDepth == 0
        collectionDepth += 1
        defer { collectionDepth -= 1 }
        let countBefore = decodeCount - 1
        let saved = try nesting.enter(start, pushesIndent: true)
        if let anchor = start.anchor {
            anchors[anchor] = .inProgress
        }
        let map = ValueMap()
        while true {
            let keyEvent = try nextEvent()
            if keyEvent.kind == .mappingEnd { break }

            if isMergeKey(keyEvent) {
                if headKeys != nil { throw HeadOnlyReadError() }
                try merge(try nextEvent(), into: map)
                continue
            }
            let key = try mapKey(keyEvent)
            let errorBeforeValue = conversionError
            switch key {
            case .text(let text):
                let skipsValue = skippingDepth == 0 && isRootMapping && !(headKeys?.contains(text) ?? true)
                let keepsValue = skippingDepth == 0 && !skipsValue
                if skipsValue { skippingDepth += 1 }
                let value = try readValue(try nextEvent())
                if skipsValue { skippingDepth -= 1 }
                if keepsValue { map[text] = value }
            case .unsupported(let typeName, let keyText):
                let described = try readDescribing(try nextEvent())
                // sigs.k8s.io/yaml checks a key before it converts the key's value, so this error
                // comes before any found inside the value.
                // NOTE: among several bad keys of one map Go's order is random; this keeps the first.
                if errorBeforeValue == nil {
                    conversionError =
                        "unsupported map key of type: \(typeName), key: \(keyText), value: \(described.syntax)"
                }
            }
        }
        let value = Value.map(map)
        let height = nesting.leave(saved)
        if let anchor = start.anchor {
            anchors[anchor] = .collection(value, nodeCount: decodeCount - countBefore, height: height)
        }
        return value
    }

    private func isMergeKey(_ event: YAMLEvent) -> Bool {
        event.kind == .scalar && event.value == "<<" && (event.plainImplicit || event.tag == YAMLTag.merge)
    }

    /// Copies the entries of a merged map, or of each map in a merged list from last to first,
    /// so that, as in go-yaml v2, whichever entry comes later in the document wins.
    private mutating func merge(_ event: YAMLEvent, into map: ValueMap) throws {
        let wantMap = DecodeError("yaml: map merge requires map or sequence of maps as the value")
        var sources: [Value] = []
        switch event.kind {
        case .mappingStart:
            sources = [try readValue(event)]
        case .alias:
            guard case .collection(let value, _, _) = try anchored(event.value), value.mapValue != nil else {
                throw wantMap
            }
            sources = [try readValue(event)]
        case .sequenceStart:
            guard case .list(let items) = try readValue(event) else { throw wantMap }
            sources = items.reversed()
        default:
            throw wantMap
        }
        for source in sources {
            if source.isNull && nesting.jsonOverflowOpener != nil {
                // An alias past the JSON depth limit, left uncopied: the document fails anyway.
                continue
            }
            guard case .map(let sourceMap) = source else { throw wantMap }
            for (key, value) in sourceMap.entries {
                map[key] = value
            }
        }
    }
}

extension YAMLReader {
    /// A mapping key as sigs.k8s.io/yaml converts it: a string, or a key type it rejects
    /// (null and uint64), with the type and key as its error message prints them.
    private enum MapKey {
        case text(String)
        case unsupported(typeName: String, keyText: String)
    }

    /// Returns a scalar's value after the JSON round trip: numbers as float64, text as strings.
    private mutating func scalarValue(_ event: YAMLEvent) throws -> Value {
        if event.tag.isEmpty && !event.plainImplicit {
            return .string(event.value)
        }
        let (tag, resolved) = try Self.resolve(event)
        if tag == YAMLTag.binary {
            return .string(try decodeBinary(event.value))
        }
        switch resolved {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .float(Double(number))
        case .uint(let number): return .float(Double(number))
        case .string: return .string(event.value)
        case .float(let number):
            // A NaN or infinity fails only if it is still in the document once read, because a
            // later duplicate key may replace it (see `firstUnsupportedFloat`).
            return .float(number)
        }
    }

    private mutating func mapKey(_ event: YAMLEvent) throws -> MapKey {
        switch event.kind {
        case .scalar:
            try countNodes(1, fromAlias: false)
            if let anchor = event.anchor {
                anchors[anchor] = .scalar(event)
            }
            return try scalarKey(event)
        case .alias:
            try countNodes(1, fromAlias: false)
            switch try anchored(event.value) {
            case .scalar(let scalar):
                try countNodes(1, fromAlias: true)
                return try scalarKey(scalar)
            case .collection(let value, _, _):
                throw DecodeError("yaml: invalid map key: \(GoYAMLNode(converting: value).goSyntax)")
            case .inProgress:
                throw DecodeError("yaml: anchor '\(event.value)' value contains itself")
            }
        default:
            let described = try readDescribing(event)
            throw DecodeError("yaml: invalid map key: \(described.syntax)")
        }
    }

    private mutating func scalarKey(_ event: YAMLEvent) throws -> MapKey {
        let nullKey = MapKey.unsupported(typeName: "%!s(<nil>)", keyText: "<nil>")
        if event.tag.isEmpty && !event.plainImplicit {
            return .text(event.value)
        }
        let (tag, resolved) = try Self.resolve(event)
        if tag == YAMLTag.binary {
            return .text(try decodeBinary(event.value))
        }
        switch resolved {
        case .null:
            return nullKey
        case .bool(let flag):
            return .text(flag ? "true" : "false")
        case .int(let number):
            return .text(String(number))
        case .uint(let number):
            // sigs.k8s.io/yaml converts int, int64, float64 and bool keys, but not uint64 ones.
            return .unsupported(typeName: "uint64", keyText: "0x" + String(number, radix: 16))
        case .float(let number):
            return .text(GoNumberText.yamlKey(number))
        case .string:
            return .text(event.value)
        }
    }

    /// Decodes `!!binary` base64 as Go's StdEncoding does (line breaks ignored), replacing bytes
    /// that are not UTF-8 as encoding/json does.
    private func decodeBinary(_ text: String) throws -> String {
        let compact = text.filter { $0 != "\n" && $0 != "\r" }
        guard let data = Data(base64Encoded: compact) else {
            throw DecodeError("yaml: !!binary value contains invalid base64 data")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private mutating func recordConversionError(_ message: String) {
        if conversionError == nil {
            conversionError = message
        }
    }
}

extension YAMLReader {
    /// Returns the first NaN or infinity that encoding/json meets when it marshals `value`: map
    /// keys in sorted byte order, lists in order. The walk keeps its own stack, because the
    /// document may nest past the depth limit that fails it later.
    static func firstUnsupportedFloat(in value: Value) -> Double? {
        // Sorting every map's keys costs a few percent of decoding a manifest, so the ordered
        // walk runs only for a document that has such a number at all.
        guard containsUnsupportedFloat(value) else { return nil }
        var pending: [Value] = [value]
        while let next = pending.popLast() {
            switch next {
            case .float(let number) where !number.isFinite:
                return number
            case .list(let items):
                pending.append(contentsOf: items.reversed())
            case .map(let map):
                let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                pending.append(contentsOf: keys.reversed().compactMap { map[$0] })
            default:
                break
            }
        }
        return nil
    }

    /// Returns true when `value` contains a NaN or an infinity anywhere, in any order.
    private static func containsUnsupportedFloat(_ value: Value) -> Bool {
        var pending: [Value] = [value]
        while let next = pending.popLast() {
            switch next {
            case .float(let number) where !number.isFinite:
                return true
            case .list(let items):
                pending.append(contentsOf: items)
            case .map(let map):
                pending.append(contentsOf: map.entries.values)
            default:
                break
            }
        }
        return false
    }
}

extension YAMLReader {
    /// Returns false for a scalar that resolves without error to something other than a NaN
    /// or an infinity: one without a tag that is quoted, or plain and not starting with a
    /// sign or a dot.
    fileprivate static func mayFailOrBeNonFinite(_ event: YAMLEvent) -> Bool {
        guard event.tag.isEmpty else { return true }
        guard event.plainImplicit, let first = event.value.utf8.first else { return false }
        return first == UInt8(ascii: ".") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
    }
}

/// Raised when reading only a document's head meets what needs the skipped values: an alias,
/// a merge key, or a NaN or infinity that a later key might replace.
struct HeadOnlyReadError: Error {}

/// An error go-yaml raises while decoding parsed nodes, after it has parsed the whole document.
private struct DecodeError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}

extension YAMLReader {
    /// Reads the rest of the document, so that its syntax errors, nesting limits and unknown
    /// aliases surface.
    private mutating func skipToDocumentEnd() throws {
        while true {
            let event = try parser.next()
            switch event.kind {
            case .documentEnd, .streamEnd:
                return
            case .alias:
                // go-yaml resolves aliases while it parses, so an unknown one still fails here.
                _ = try anchored(event.value)
            case .scalar:
                if let anchor = event.anchor {
                    anchors[anchor] = .scalar(event)
                }
            case .sequenceStart, .mappingStart:
                if let anchor = event.anchor {
                    anchors[anchor] = .inProgress
                }
                let pushesIndent = event.kind == .mappingStart || pushesIndent(event)
                _ = try nesting.enter(event, pushesIndent: pushesIndent)
            case .sequenceEnd, .mappingEnd:
                nesting.leaveInnermost()
            default:
                break
            }
        }
    }

    /// Returns true for a block sequence that opens a new indentation level: it ends at its first
    /// `-`, while an indentless one ends after it.
    private func pushesIndent(_ start: YAMLEvent) -> Bool {
        let end = parser.byteOffset(ofCharacter: start.endIndex)
        return parser.byte(atOffset: end) == UInt8(ascii: "-")
    }

    /// Resolves a scalar, failing as go-yaml's decoder does when an explicit tag does not fit.
    private static func resolve(_ event: YAMLEvent) throws -> (tag: String, value: ResolvedScalar) {
        do {
            return try YAMLScalarResolver.resolve(tag: event.tag, text: event.value)
        } catch let error as ValueError {
            throw DecodeError(error.message)
        }
    }
}
