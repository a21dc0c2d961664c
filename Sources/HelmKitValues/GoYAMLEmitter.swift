/// An emitter that writes node trees with their comments as go-yaml v3 (go.yaml.in/yaml/v3
/// v3.0.4) does when kyaml configures it: indent 2, compact sequence indent, no line folding
/// and unicode output.
///
/// libyaml's own emitter has no comment support, so documents that carry comments are written
/// here. go-yaml v3 keeps comments in its emitter state from one event to the next, and writes
/// each at a fixed point of the state that processes a later event. To write them in the same
/// places, this emitter runs the same kind of event state machine over the events go-yaml's
/// encoder would send for the tree.
public struct GoYAMLEmitter {
    /// One event of go-yaml's encoder, with the comments it attaches.
    private enum Event {
        case documentStart(head: [UInt8])
        case documentEnd(foot: [UInt8])
        case scalar(YAMLNode, tail: [UInt8])
        case alias(YAMLNode)
        case sequenceStart(YAMLNode)
        case sequenceEnd(line: [UInt8], foot: [UInt8])
        case mappingStart(YAMLNode, tail: [UInt8])
        case mappingEnd(tail: [UInt8], line: [UInt8], foot: [UInt8])

        var isSequenceEnd: Bool {
            if case .sequenceEnd = self { return true }
            return false
        }

        var isMappingEnd: Bool {
            if case .mappingEnd = self { return true }
            return false
        }
    }

    /// The state waiting for the next event. The `…Value` and `…Key` states after a node tell
    /// the indentation rules which construct the node sits in.
    private enum State {
        case documentStart, documentContent, documentEnd
        case flowSequenceFirstItem, flowSequenceTrailItem, flowSequenceItem
        case flowMappingFirstKey, flowMappingTrailKey, flowMappingKey
        case flowMappingSimpleValue, flowMappingValue
        case blockSequenceFirstItem, blockSequenceItem
        case blockMappingFirstKey, blockMappingKey, blockMappingSimpleValue, blockMappingValue
    }

    private static let bestIndent = 2

    private var output: [UInt8] = []
    private var events: [Event] = []
    private var position = 0
    private var state = State.documentStart
    private var states: [State] = []
    private var isFirstDocument = true

    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private var column = 0
    /// True after white space, when an indicator needs no space before it.
    private var whitespace = true
    /// True while the current line holds only indentation and indicators.
    private var indention = true
    /// The indent of the last foot comment written, or -1. The next line at that indent gets
    /// a blank line before it.
    private var footIndent = -1

    private var isRootContext = false
    private var isMappingContext = false
    private var isSimpleKeyContext = false

    private var headComment: [UInt8] = []
    private var lineComment: [UInt8] = []
    private var footComment: [UInt8] = []
    private var tailComment: [UInt8] = []
    /// A key's line comment, held back until its value shows where it goes.
    private var keyLineComment: [UInt8] = []

    /// Returns the text of `documents`, with `---` between them.
    public static func encode(_ documents: [YAMLDocument]) throws -> String {
        var emitter = GoYAMLEmitter()
        for document in documents {
            emitter.events.append(.documentStart(head: Array(document.headComment.utf8)))
            emitter.appendEvents(for: document.root, tail: [])
            emitter.events.append(.documentEnd(foot: Array(document.footComment.utf8)))
        }
        while emitter.position < emitter.events.count {
            try emitter.process(emitter.events[emitter.position])
            emitter.position += 1
        }
        return String(decoding: emitter.output, as: UTF8.self)
    }

    /// Appends the events go-yaml's encoder sends for `node`. A key's foot comment travels
    /// as the tail of the next key, or of the mapping's end, so that it follows the key's
    /// whole value.
    private mutating func appendEvents(for node: YAMLNode, tail: [UInt8]) {
        switch node.kind {
        case .scalar:
            events.append(.scalar(node, tail: tail))
        case .alias:
            events.append(.alias(node))
        case .sequence:
            events.append(.sequenceStart(node))
            for item in node.children {
                appendEvents(for: item, tail: [])
            }
            events.append(.sequenceEnd(line: Array(node.lineComment.utf8), foot: Array(node.footComment.utf8)))
        case .mapping:
            events.append(.mappingStart(node, tail: tail))
            var pendingTail: [UInt8] = []
            var index = 0
            while index + 1 < node.children.count {
                var key = node.children[index]
                let keyFoot = Array(key.footComment.utf8)
                key.footComment = ""
                appendEvents(for: key, tail: pendingTail)
                pendingTail = keyFoot
                appendEvents(for: node.children[index + 1], tail: [])
                index += 2
            }
            events.append(.mappingEnd(tail: pendingTail, line: Array(node.lineComment.utf8),
                                      foot: Array(node.footComment.utf8)))
        }
    }

    // MARK: Events

    private mutating func process(_ event: Event) throws {
        takeComments(of: event)
        switch state {
        case .documentStart: try startDocument(event)
        case .documentContent: try emitDocumentContent(event)
        case .documentEnd: endDocument(event)
        case .flowSequenceFirstItem: try emitFlowSequenceItem(event, isFirst: true, isTrail: false)
        case .flowSequenceTrailItem: try emitFlowSequenceItem(event, isFirst: false, isTrail: true)
        case .flowSequenceItem: try emitFlowSequenceItem(event, isFirst: false, isTrail: false)
        case .flowMappingFirstKey: try emitFlowMappingKey(event, isFirst: true, isTrail: false)
        case .flowMappingTrailKey: try emitFlowMappingKey(event, isFirst: false, isTrail: true)
        case .flowMappingKey: try emitFlowMappingKey(event, isFirst: false, isTrail: false)
        case .flowMappingSimpleValue: try emitFlowMappingValue(event, isSimple: true)
        case .flowMappingValue: try emitFlowMappingValue(event, isSimple: false)
        case .blockSequenceFirstItem: try emitBlockSequenceItem(event, isFirst: true)
        case .blockSequenceItem: try emitBlockSequenceItem(event, isFirst: false)
        case .blockMappingFirstKey: try emitBlockMappingKey(event, isFirst: true)
        case .blockMappingKey: try emitBlockMappingKey(event, isFirst: false)
        case .blockMappingSimpleValue: try emitBlockMappingValue(event, isSimple: true)
        case .blockMappingValue: try emitBlockMappingValue(event, isSimple: false)
        }
    }

    /// Moves the event's comments into the emitter. An empty comment leaves a pending one of
    /// the same kind in place, so it can surface at a later event.
    private mutating func takeComments(of event: Event) {
        var head: [UInt8] = [], line: [UInt8] = [], foot: [UInt8] = [], tail: [UInt8] = []
        switch event {
        case .documentStart(let documentHead):
            head = documentHead
        case .documentEnd(let documentFoot):
            foot = documentFoot
        case .scalar(let node, let scalarTail):
            (head, line, foot, tail) = (Array(node.headComment.utf8), Array(node.lineComment.utf8),
                                        Array(node.footComment.utf8), scalarTail)
        case .alias(let node):
            (head, line, foot) = (Array(node.headComment.utf8), Array(node.lineComment.utf8),
                                  Array(node.footComment.utf8))
        case .sequenceStart(let node):
            head = Array(node.headComment.utf8)
        case .sequenceEnd(let endLine, let endFoot):
            (line, foot) = (endLine, endFoot)
        case .mappingStart(let node, let mappingTail):
            (head, tail) = (Array(node.headComment.utf8), mappingTail)
        case .mappingEnd(let endTail, let endLine, let endFoot):
            (tail, line, foot) = (endTail, endLine, endFoot)
        }
        if !head.isEmpty { headComment = head }
        if !line.isEmpty { lineComment = line }
        if !foot.isEmpty { footComment = foot }
        if !tail.isEmpty { tailComment = tail }
    }

    private mutating func startDocument(_ event: Event) throws {
        guard case .documentStart = event else { throw ValueError("yaml: expected DOCUMENT-START") }
        if !isFirstDocument {
            writeIndent()
            writeIndicator("---", needsWhitespace: true, isWhitespace: false, isIndention: false)
            writeIndent()
        }
        isFirstDocument = false
        if !headComment.isEmpty {
            writeHeadComment()
            putBreak()
        }
        state = .documentContent
    }

    private mutating func emitDocumentContent(_ event: Event) throws {
        states.append(.documentEnd)
        writeHeadComment()
        try emitNode(event, isRoot: true, isMapping: false, isSimpleKey: false)
        writeLineComment()
        writeFootComment()
    }

    private mutating func endDocument(_ event: Event) {
        footIndent = 0
        writeFootComment()
        footIndent = -1
        writeIndent()
        state = .documentStart
    }

    private mutating func emitFlowSequenceItem(_ event: Event, isFirst: Bool, isTrail: Bool) throws {
        if isFirst {
            writeIndicator("[", needsWhitespace: true, isWhitespace: true, isIndention: false)
            increaseIndent(isFlow: true)
            flowLevel += 1
        }
        if event.isSequenceEnd {
            flowLevel -= 1
            indent = indents.removeLast()
            if column == 0 {
                writeIndent()
            }
            writeIndicator("]", needsWhitespace: false, isWhitespace: false, isIndention: false)
            writeLineComment()
            writeFootComment()
            state = states.removeLast()
            return
        }
        if !isFirst && !isTrail {
            writeIndicator(",", needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
        writeHeadComment()
        if column == 0 {
            writeIndent()
        }
        states.append(hasTrailingComments ? .flowSequenceTrailItem : .flowSequenceItem)
        try emitNode(event, isRoot: false, isMapping: false, isSimpleKey: false)
        if hasTrailingComments {
            writeIndicator(",", needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
        writeLineComment()
        writeFootComment()
    }

    private mutating func emitFlowMappingKey(_ event: Event, isFirst: Bool, isTrail: Bool) throws {
        if isFirst {
            writeIndicator("{", needsWhitespace: true, isWhitespace: true, isIndention: false)
            increaseIndent(isFlow: true)
            flowLevel += 1
        }
        if event.isMappingEnd {
            if !(headComment.isEmpty && footComment.isEmpty && tailComment.isEmpty) && !isFirst && !isTrail {
                writeIndicator(",", needsWhitespace: false, isWhitespace: false, isIndention: false)
            }
            writeHeadComment()
            flowLevel -= 1
            indent = indents.removeLast()
            writeIndicator("}", needsWhitespace: false, isWhitespace: false, isIndention: false)
            writeLineComment()
            writeFootComment()
            state = states.removeLast()
            return
        }
        if !isFirst && !isTrail {
            writeIndicator(",", needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
        writeHeadComment()
        if column == 0 {
            writeIndent()
        }
        if isSimpleKey(event) {
            states.append(.flowMappingSimpleValue)
            try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: true)
        } else {
            writeIndicator("?", needsWhitespace: true, isWhitespace: false, isIndention: false)
            states.append(.flowMappingValue)
            try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: false)
        }
    }

    private mutating func emitFlowMappingValue(_ event: Event, isSimple: Bool) throws {
        writeIndicator(":", needsWhitespace: !isSimple, isWhitespace: false, isIndention: false)
        states.append(hasTrailingComments ? .flowMappingTrailKey : .flowMappingKey)
        try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: false)
        if hasTrailingComments {
            writeIndicator(",", needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
        writeLineComment()
        writeFootComment()
    }

    private var hasTrailingComments: Bool {
        !(lineComment.isEmpty && footComment.isEmpty && tailComment.isEmpty)
    }

    private mutating func emitBlockSequenceItem(_ event: Event, isFirst: Bool) throws {
        if isFirst {
            // kyaml's compact sequence indent: a sequence under a mapping key starts at the
            // key's column, so its `- ` counts as indentation.
            let isCompact = isMappingContext && (column == 0 || !indention)
            increaseIndent(isFlow: false, isCompactSequence: isCompact)
        }
        if event.isSequenceEnd {
            indent = indents.removeLast()
            state = states.removeLast()
            return
        }
        writeHeadComment()
        writeIndent()
        writeIndicator("-", needsWhitespace: true, isWhitespace: false, isIndention: true)
        states.append(.blockSequenceItem)
        try emitNode(event, isRoot: false, isMapping: false, isSimpleKey: false)
        writeLineComment()
        writeFootComment()
    }

    private mutating func emitBlockMappingKey(_ event: Event, isFirst: Bool) throws {
        if isFirst {
            increaseIndent(isFlow: false)
        }
        writeHeadComment()
        if event.isMappingEnd {
            indent = indents.removeLast()
            state = states.removeLast()
            return
        }
        writeIndent()
        if !lineComment.isEmpty {
            keyLineComment = lineComment
            lineComment = []
        }
        if isSimpleKey(event) {
            states.append(.blockMappingSimpleValue)
            try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: true)
        } else {
            writeIndicator("?", needsWhitespace: true, isWhitespace: false, isIndention: true)
            states.append(.blockMappingValue)
            try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: false)
        }
    }

    private mutating func emitBlockMappingValue(_ event: Event, isSimple: Bool) throws {
        if isSimple {
            writeIndicator(":", needsWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            writeIndent()
            writeIndicator(":", needsWhitespace: true, isWhitespace: false, isIndention: true)
        }
        if !keyLineComment.isEmpty {
            switch event {
            case .scalar:
                // The scalar writes the key's comment as its own, unless it has one: a line
                // holds only one comment, and go-yaml drops the key's.
                if lineComment.isEmpty {
                    lineComment = keyLineComment
                    keyLineComment = []
                }
            case .sequenceStart(let node) where !node.isFlow, .mappingStart(let node, _) where !node.isFlow:
                // A block collection starts on the next line, so the comment goes after `:`.
                swap(&lineComment, &keyLineComment)
                writeLineComment()
                swap(&lineComment, &keyLineComment)
            default:
                break
            }
        }
        states.append(.blockMappingKey)
        try emitNode(event, isRoot: false, isMapping: true, isSimpleKey: false)
        writeLineComment()
        writeFootComment()
    }

    private mutating func emitNode(_ event: Event, isRoot: Bool, isMapping: Bool, isSimpleKey: Bool) throws {
        isRootContext = isRoot
        isMappingContext = isMapping
        isSimpleKeyContext = isSimpleKey
        switch event {
        case .alias(let node):
            writeIndicator("*", needsWhitespace: true, isWhitespace: false, isIndention: false)
            writeRaw(Array(node.value.utf8))
            state = states.removeLast()
        case .scalar(let node, _):
            try emitScalar(node)
        case .sequenceStart(let node):
            writeProperties(of: node)
            let isEmpty = position + 1 < events.count && events[position + 1].isSequenceEnd
            state = flowLevel > 0 || node.isFlow || isEmpty ? .flowSequenceFirstItem : .blockSequenceFirstItem
        case .mappingStart(let node, _):
            writeProperties(of: node)
            let isEmpty = position + 1 < events.count && events[position + 1].isMappingEnd
            state = flowLevel > 0 || node.isFlow || isEmpty ? .flowMappingFirstKey : .blockMappingFirstKey
        default:
            throw ValueError("yaml: expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS")
        }
    }

    /// Returns true when the key at the current event fits on one line before `:`, that is,
    /// at most 128 bytes of anchor, tag and text, and a collection only when empty.
    private func isSimpleKey(_ event: Event) -> Bool {
        switch event {
        case .alias(let node):
            return node.value.utf8.count <= 128
        case .scalar(let node, _):
            let analysis = ScalarAnalysis(Array(node.value.utf8))
            if analysis.isMultiline { return false }
            return propertyLength(of: node) + node.value.utf8.count <= 128
        case .sequenceStart(let node):
            guard position + 1 < events.count, events[position + 1].isSequenceEnd else { return false }
            return propertyLength(of: node) <= 128
        case .mappingStart(let node, _):
            guard position + 1 < events.count, events[position + 1].isMappingEnd else { return false }
            return propertyLength(of: node) <= 128
        default:
            return false
        }
    }

    private func propertyLength(of node: YAMLNode) -> Int {
        let tag = Self.splitTag(node.tag)
        return (node.anchor?.utf8.count ?? 0) + tag.handle.count + tag.suffix.count
    }

    // MARK: Scalars

    private mutating func emitScalar(_ node: YAMLNode) throws {
        let value = Array(node.value.utf8)
        let analysis = ScalarAnalysis(value)
        var style = node.style
        if isSimpleKeyContext && analysis.isMultiline {
            style = .doubleQuoted
        }
        if style == .plain {
            let plainAllowed = flowLevel > 0 ? analysis.isFlowPlainAllowed : analysis.isBlockPlainAllowed
            if !plainAllowed || (value.isEmpty && (flowLevel > 0 || isSimpleKeyContext)) {
                style = .singleQuoted
            }
        }
        if style == .singleQuoted && !analysis.isSingleQuotedAllowed {
            style = .doubleQuoted
        }
        if (style == .literal || style == .folded)
            && (!analysis.isBlockAllowed || flowLevel > 0 || isSimpleKeyContext) {
            style = .doubleQuoted
        }

        writeProperties(of: node)
        increaseIndent(isFlow: true)
        switch style {
        case .plain: writePlain(value)
        case .singleQuoted: writeSingleQuoted(value)
        case .doubleQuoted: writeDoubleQuoted(value)
        case .literal: writeLiteral(value)
        case .folded: writeFolded(value)
        }
        indent = indents.removeLast()
        state = states.removeLast()
    }

    /// Writes the anchor and tag, with tags under `tag:yaml.org,2002:` shortened to `!!`.
    private mutating func writeProperties(of node: YAMLNode) {
        if let anchor = node.anchor {
            writeIndicator("&", needsWhitespace: true, isWhitespace: false, isIndention: false)
            writeRaw(Array(anchor.utf8))
        }
        guard !node.tag.isEmpty else { return }
        let tag = Self.splitTag(node.tag)
        if tag.handle.isEmpty {
            writeIndicator("!<", needsWhitespace: true, isWhitespace: false, isIndention: false)
            writeTagContent(tag.suffix)
            writeIndicator(">", needsWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
            if !whitespace { put(UInt8(ascii: " ")) }
            writeRaw(tag.handle)
            writeTagContent(tag.suffix)
        }
    }

    /// Splits a tag at the default tag directives `!` and `!!`, in go-yaml's order.
    private static func splitTag(_ tag: String) -> (handle: [UInt8], suffix: [UInt8]) {
        guard !tag.isEmpty else { return ([], []) }
        let bytes = Array(tag.utf8)
        if bytes.first == UInt8(ascii: "!") {
            return ([UInt8(ascii: "!")], Array(bytes.dropFirst()))
        }
        let standardPrefix = Array("tag:yaml.org,2002:".utf8)
        if bytes.starts(with: standardPrefix) {
            return (Array("!!".utf8), Array(bytes.dropFirst(standardPrefix.count)))
        }
        return ([], bytes)
    }

    /// Writes tag text, percent-encoding bytes outside the URI characters YAML allows.
    private mutating func writeTagContent(_ value: [UInt8]) {
        let allowed = Set(";/?:@&=+$,_.~*'()[]-".utf8)
        for byte in value {
            if allowed.contains(byte) || Self.isAlphanumeric(byte) {
                put(byte)
            } else {
                put(UInt8(ascii: "%"))
                let digits = Array("0123456789ABCDEF".utf8)
                put(digits[Int(byte >> 4)])
                put(digits[Int(byte & 0x0F)])
            }
        }
        whitespace = false
        indention = false
    }

    private mutating func writePlain(_ value: [UInt8]) {
        if !value.isEmpty && !whitespace {
            put(UInt8(ascii: " "))
        }
        var afterBreak = false
        var index = 0
        while index < value.count {
            if let breakLength = Self.lineBreakLength(value, index) {
                if !afterBreak && value[index] == UInt8(ascii: "\n") {
                    putBreak()
                }
                writeBreak(value, &index, length: breakLength)
                afterBreak = true
            } else {
                if afterBreak {
                    writeIndent()
                }
                writeCharacter(value, &index)
                if value[index - 1] != UInt8(ascii: " ") { indention = false }
                afterBreak = false
            }
        }
        if !value.isEmpty {
            whitespace = false
        }
        indention = false
    }

    private mutating func writeSingleQuoted(_ value: [UInt8]) {
        writeIndicator("'", needsWhitespace: true, isWhitespace: false, isIndention: false)
        var afterBreak = false
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: " ") {
                writeCharacter(value, &index)
            } else if let breakLength = Self.lineBreakLength(value, index) {
                if !afterBreak && value[index] == UInt8(ascii: "\n") {
                    putBreak()
                }
                writeBreak(value, &index, length: breakLength)
                afterBreak = true
            } else {
                if afterBreak {
                    writeIndent()
                }
                if value[index] == UInt8(ascii: "'") {
                    put(UInt8(ascii: "'"))
                }
                writeCharacter(value, &index)
                indention = false
                afterBreak = false
            }
        }
        writeIndicator("'", needsWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    private mutating func writeDoubleQuoted(_ value: [UInt8]) {
        writeIndicator("\"", needsWhitespace: true, isWhitespace: false, isIndention: false)
        var index = 0
        while index < value.count {
            let byte = value[index]
            let needsEscape = !Self.isPrintable(value, index) || Self.isByteOrderMark(value, index)
                || Self.lineBreakLength(value, index) != nil || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            guard needsEscape else {
                writeCharacter(value, &index)
                continue
            }
            let width = Self.characterWidth(byte)
            var scalar = UInt32(byte & Self.leadingBitsMask(width))
            for offset in 1..<max(width, 1) where index + offset < value.count {
                scalar = (scalar << 6) | UInt32(value[index + offset] & 0x3F)
            }
            index += max(width, 1)
            put(UInt8(ascii: "\\"))
            if let escape = Self.shortEscapes[scalar] {
                put(escape.asciiValue ?? UInt8(ascii: "?"))
                continue
            }
            let (letter, digits): (Character, Int) = scalar <= 0xFF ? ("x", 2) : scalar <= 0xFFFF ? ("u", 4) : ("U", 8)
            put(letter.asciiValue ?? UInt8(ascii: "x"))
            for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                let digit = UInt8((scalar >> UInt32(shift)) & 0x0F)
                put(digit < 10 ? digit + UInt8(ascii: "0") : digit - 10 + UInt8(ascii: "A"))
            }
        }
        writeIndicator("\"", needsWhitespace: false, isWhitespace: false, isIndention: false)
        whitespace = false
        indention = false
    }

    /// Writes the indentation and chomping indicators after `|` or `>`.
    private mutating func writeBlockScalarHints(_ value: [UInt8]) {
        if let first = value.first, first == UInt8(ascii: " ") || Self.lineBreakLength(value, 0) != nil {
            writeIndicator(String(Self.bestIndent), needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
        var chomping: String?
        if value.isEmpty {
            chomping = "-"
        } else {
            var last = value.count - 1
            while last > 0 && value[last] & 0xC0 == 0x80 { last -= 1 }
            if Self.lineBreakLength(value, last) == nil {
                chomping = "-"
            } else if last == 0 {
                chomping = "+"
            } else {
                var previous = last - 1
                while previous > 0 && value[previous] & 0xC0 == 0x80 { previous -= 1 }
                if Self.lineBreakLength(value, previous) != nil {
                    chomping = "+"
                }
            }
        }
        if let chomping {
            writeIndicator(chomping, needsWhitespace: false, isWhitespace: false, isIndention: false)
        }
    }

    private mutating func writeLiteral(_ value: [UInt8]) {
        writeIndicator("|", needsWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(value)
        writeLineComment(breaksLineWithout: true)
        whitespace = true
        var afterBreak = true
        var index = 0
        while index < value.count {
            if let breakLength = Self.lineBreakLength(value, index) {
                writeBreak(value, &index, length: breakLength)
                afterBreak = true
            } else {
                if afterBreak {
                    writeIndent()
                }
                writeCharacter(value, &index)
                indention = false
                afterBreak = false
            }
        }
    }

    private mutating func writeFolded(_ value: [UInt8]) {
        writeIndicator(">", needsWhitespace: true, isWhitespace: false, isIndention: false)
        writeBlockScalarHints(value)
        writeLineComment(breaksLineWithout: true)
        whitespace = true
        var afterBreak = true
        var leadingSpaces = true
        var index = 0
        while index < value.count {
            if let breakLength = Self.lineBreakLength(value, index) {
                if !afterBreak && !leadingSpaces && value[index] == UInt8(ascii: "\n") {
                    // go-yaml looks for the first content from the start of the value, not
                    // from this break, to decide on the extra line break.
                    var scan = 0
                    while let length = Self.lineBreakLength(value, scan) { scan += length }
                    if scan < value.count && !Self.isBlank(value[scan]) {
                        putBreak()
                    }
                }
                writeBreak(value, &index, length: breakLength)
                afterBreak = true
            } else {
                if afterBreak {
                    writeIndent()
                    leadingSpaces = Self.isBlank(value[index])
                }
                writeCharacter(value, &index)
                indention = false
                afterBreak = false
            }
        }
    }

    // MARK: Comments

    /// Writes a pending tail comment (a prior key's foot) and then the head comment, each on
    /// its own lines at the current indent.
    private mutating func writeHeadComment() {
        if !tailComment.isEmpty {
            writeIndent()
            writeComment(tailComment)
            tailComment = []
            footIndent = max(indent, 0)
        }
        guard !headComment.isEmpty else { return }
        writeIndent()
        writeComment(headComment)
        headComment = []
    }

    /// Writes a pending line comment after the current text. After a block scalar header, a
    /// line break follows even without a comment.
    private mutating func writeLineComment(breaksLineWithout breaks: Bool = false) {
        guard !lineComment.isEmpty else {
            if breaks { putBreak() }
            return
        }
        if !whitespace {
            put(UInt8(ascii: " "))
        }
        writeComment(lineComment)
        lineComment = []
    }

    private mutating func writeFootComment() {
        guard !footComment.isEmpty else { return }
        writeIndent()
        writeComment(footComment)
        footComment = []
        footIndent = max(indent, 0)
    }

    /// Writes comment text line by line, adding `# ` to lines that lack a `#`, and ends with
    /// a line break.
    private mutating func writeComment(_ comment: [UInt8]) {
        var afterBreak = false
        var hasPound = false
        var index = 0
        while index < comment.count {
            if let breakLength = Self.lineBreakLength(comment, index) {
                writeBreak(comment, &index, length: breakLength)
                afterBreak = true
                hasPound = false
            } else {
                if afterBreak {
                    writeIndent()
                }
                if !hasPound {
                    if comment[index] != UInt8(ascii: "#") {
                        put(UInt8(ascii: "#"))
                        put(UInt8(ascii: " "))
                    }
                    hasPound = true
                }
                writeCharacter(comment, &index)
                indention = false
                afterBreak = false
            }
        }
        if !afterBreak {
            putBreak()
        }
        whitespace = true
    }

    // MARK: Output

    private mutating func increaseIndent(isFlow: Bool, isCompactSequence: Bool = false) {
        indents.append(indent)
        if indent < 0 {
            indent = isFlow ? Self.bestIndent : 0
        } else if states.last == .blockSequenceItem {
            indent += 2
        } else {
            indent = Self.bestIndent * ((indent + Self.bestIndent) / Self.bestIndent)
            if isCompactSequence {
                indent -= 2
            }
        }
    }

    /// Starts a new line at the current indent when the text so far needs one, with a blank
    /// line first right after a foot comment at the same indent.
    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) {
            putBreak()
        }
        if footIndent == target {
            putBreak()
        }
        while column < target {
            put(UInt8(ascii: " "))
        }
        whitespace = true
        footIndent = -1
    }

    private mutating func writeIndicator(_ indicator: String, needsWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needsWhitespace && !whitespace {
            put(UInt8(ascii: " "))
        }
        for byte in indicator.utf8 {
            put(byte)
        }
        whitespace = isWhitespace
        indention = indention && isIndention
    }

    /// Writes an anchor name or tag handle, which ends any white space run.
    private mutating func writeRaw(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            writeCharacter(bytes, &index)
        }
        whitespace = false
        indention = false
    }

    private mutating func put(_ byte: UInt8) {
        output.append(byte)
        column += 1
    }

    private mutating func putBreak() {
        output.append(UInt8(ascii: "\n"))
        column = 0
        indention = true
    }

    /// Copies one UTF-8 character, which takes one column.
    private mutating func writeCharacter(_ bytes: [UInt8], _ index: inout Int) {
        let width = max(Self.characterWidth(bytes[index]), 1)
        let end = min(index + width, bytes.count)
        output.append(contentsOf: bytes[index..<end])
        column += 1
        index = end
    }

    /// Copies a line break: `\n` as a plain break, other breaks (CR, NEL, LS, PS) as they are.
    private mutating func writeBreak(_ bytes: [UInt8], _ index: inout Int, length: Int) {
        if bytes[index] == UInt8(ascii: "\n") {
            putBreak()
            index += 1
            return
        }
        output.append(contentsOf: bytes[index..<min(index + length, bytes.count)])
        index += length
        column = 0
        indention = true
    }

    // MARK: Character classes

    /// The escapes that double-quoted YAML writes as a backslash and one letter.
    private static let shortEscapes: [UInt32: Character] = [
        0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0A: "n", 0x0B: "v", 0x0C: "f", 0x0D: "r",
        0x1B: "e", 0x22: "\"", 0x5C: "\\", 0x85: "N", 0xA0: "_", 0x2028: "L", 0x2029: "P",
    ]

    /// Returns the mask of the code point bits in the leading byte of a UTF-8 sequence of
    /// `width` bytes.
    static func leadingBitsMask(_ width: Int) -> UInt8 {
        switch width {
        case 1: return 0x7F
        case 2: return 0x1F
        case 3: return 0x0F
        default: return 0x07
        }
    }

    static func characterWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0..<0xF8: return 4
        default: return 0
        }
    }

    /// Returns the length of the line break at `index` (LF, CR, NEL, LS or PS), or nil.
    static func lineBreakLength(_ bytes: [UInt8], _ index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x0A, 0x0D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return 3
        default: return nil
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    static func isByteOrderMark(_ bytes: [UInt8], _ index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
    }

    /// go-yaml's printable set: LF, ASCII from space to `~`, and the BMP above U+00A0 except
    /// surrogates, U+FEFF, U+FFFE and U+FFFF. Characters beyond the BMP do not count.
    static func isPrintable(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0x0A, 0x20...0x7E: return true
        case 0xC2: return next >= 0xA0
        case 0xC3..<0xED: return true
        case 0xED: return next < 0xA0
        case 0xEE: return true
        case 0xEF: return !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF))
        default: return false
        }
    }
}

/// The styles a scalar's text allows, as go-yaml's emitter works them out before picking one.
private struct ScalarAnalysis {
    var isMultiline = false
    var isFlowPlainAllowed = true
    var isBlockPlainAllowed = true
    var isSingleQuotedAllowed = true
    var isBlockAllowed = true

    init(_ value: [UInt8]) {
        guard !value.isEmpty else {
            isFlowPlainAllowed = false
            isBlockAllowed = false
            return
        }
        var blockIndicators = false, flowIndicators = false, lineBreaks = false
        var specialCharacters = false, tabCharacters = false
        var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
        var breakSpace = false, spaceBreak = false
        var previousSpace = false, previousBreak = false
        if value.count >= 3 && (value.starts(with: Array("---".utf8)) || value.starts(with: Array("...".utf8))) {
            blockIndicators = true
            flowIndicators = true
        }
        var precededByWhitespace = true
        var index = 0
        while index < value.count {
            let byte = value[index]
            let width = max(GoYAMLEmitter.characterWidth(byte), 1)
            let next = index + width
            let followedByWhitespace = next >= value.count || GoYAMLEmitter.isBlank(value[next])
            if index == 0 {
                switch byte {
                case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                     UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                     UInt8(ascii: "`"):
                    flowIndicators = true
                    blockIndicators = true
                case UInt8(ascii: "?"), UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "-"):
                    if followedByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default:
                    break
                }
            } else {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                     UInt8(ascii: "}"):
                    flowIndicators = true
                case UInt8(ascii: ":"):
                    flowIndicators = true
                    if followedByWhitespace { blockIndicators = true }
                case UInt8(ascii: "#"):
                    if precededByWhitespace {
                        flowIndicators = true
                        blockIndicators = true
                    }
                default:
                    break
                }
            }

            if byte == UInt8(ascii: "\t") {
                tabCharacters = true
            } else if !GoYAMLEmitter.isPrintable(value, index) {
                specialCharacters = true
            }
            let breakLength = GoYAMLEmitter.lineBreakLength(value, index)
            if byte == UInt8(ascii: " ") {
                if index == 0 { leadingSpace = true }
                if index + 1 == value.count { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if let breakLength {
                lineBreaks = true
                if index == 0 { leadingBreak = true }
                if index + breakLength == value.count { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = GoYAMLEmitter.isBlank(byte) || breakLength != nil
            index = next
        }

        isMultiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak {
            isFlowPlainAllowed = false
            isBlockPlainAllowed = false
        }
        if trailingSpace {
            isBlockAllowed = false
        }
        if breakSpace || spaceBreak || tabCharacters || specialCharacters {
            isFlowPlainAllowed = false
            isBlockPlainAllowed = false
            isSingleQuotedAllowed = false
        }
        if spaceBreak || specialCharacters {
            isBlockAllowed = false
        }
        if lineBreaks {
            isFlowPlainAllowed = false
            isBlockPlainAllowed = false
        }
        if flowIndicators {
            isFlowPlainAllowed = false
        }
        if blockIndicators {
            isBlockPlainAllowed = false
        }
    }
}
