/// A YAML document as go-yaml v3 decodes it into a document node: the root node and the
/// comments that belong to the document itself.
public struct YAMLDocument: Sendable, Equatable {
    public var root: YAMLNode
    /// Comment lines at the top, separated from the root's own head comment by a blank line.
    public var headComment = ""
    public var footComment = ""

    public init(root: YAMLNode, headComment: String = "", footComment: String = "") {
        self.root = root
        self.headComment = headComment
        self.footComment = footComment
    }

    /// True when the document or any node in it has a comment.
    public var hasComments: Bool {
        !headComment.isEmpty || !footComment.isEmpty || root.containsComments
    }
}

extension YAMLNode {
    var containsComments: Bool {
        if !headComment.isEmpty || !lineComment.isEmpty || !footComment.isEmpty { return true }
        return children.contains { $0.containsComments }
    }
}

extension YAMLDocument {
    /// Parses the first document of `text` with its comments, or returns nil when it has none.
    ///
    /// libyaml's parser reports no comments, so they are read from the source text between
    /// the events' marks and attached by the rules go-yaml v3's scanner and parser follow:
    /// - A comment after content on the same line is the line comment of that node. After
    ///   `key:` with the value on later lines it belongs to the key. After a lone `-` it is
    ///   the head comment of the first node of the item.
    /// - Comment lines right below content that end at a blank line, or that sit left of the
    ///   current block's indentation, are foot comments. They belong to the mapping key whose
    ///   value ends above them, to the sequence item, or to the block collection they are
    ///   dedented to.
    /// - Other comment lines are the head comment of the next node. Above the first node, the
    ///   part before the last blank line is the document's head comment.
    // TODO: comments inside flow collections, after `?` keys, after `---` and before `...`
    // are placed by approximation only; go-yaml ties them to scanner tokens this reader does
    // not see.
    public static func parseFirst(_ text: String) throws -> YAMLDocument? {
        let bytes = Array(text.utf8)
        let parser = LibYAMLParser(bytes: bytes)
        var event = try parser.next()
        while event.kind != .documentStart {
            if event.kind == .streamEnd { return nil }
            event = try parser.next()
        }
        var reader = CommentedTreeReader(parser: parser, bytes: bytes)
        let root = try reader.readNode(try parser.next(), path: [], parent: nil)
        var document = YAMLDocument(root: root)
        var attacher = CommentAttacher(bytes: bytes, spans: reader.spans, document: document)
        attacher.attach()
        document = attacher.document
        return document
    }
}

/// The position of a node's text in the source: byte offsets, zero-based lines and columns.
struct NodeSpan {
    enum Role {
        case root, key, value, item
    }

    var path: [Int]
    var kind: YAMLNode.Kind
    var role: Role
    var isFlow: Bool
    var isBlockScalar: Bool
    var start: Int
    var end: Int
    var startLine: Int
    var endLine: Int
    var startColumn: Int
    /// The path of the enclosing collection, or nil for the root.
    var parentPath: [Int]?
}

/// Builds the node tree from libyaml's events and records each node's span.
private struct CommentedTreeReader {
    let parser: LibYAMLParser
    let bytes: [UInt8]
    var spans: [NodeSpan] = []

    init(parser: LibYAMLParser, bytes: [UInt8]) {
        self.parser = parser
        self.bytes = bytes
    }

    mutating func readNode(_ event: YAMLEvent, path: [Int], parent: (path: [Int], kind: YAMLNode.Kind)?) throws -> YAMLNode {
        let start = parser.byteOffset(ofCharacter: event.startIndex)
        let role: NodeSpan.Role
        switch parent?.kind {
        case .mapping?: role = (path.last ?? 0) % 2 == 0 ? .key : .value
        case .sequence?: role = .item
        default: role = .root
        }
        var span = NodeSpan(path: path, kind: .scalar, role: role, isFlow: event.isFlow, isBlockScalar: false,
                            start: start, end: start, startLine: event.startLine, endLine: event.line,
                            startColumn: column(of: start), parentPath: parent?.path)
        let spanIndex = spans.count
        spans.append(span)

        var node: YAMLNode
        switch event.kind {
        case .alias:
            node = YAMLNode(kind: .alias, value: event.value)
        case .scalar:
            node = YAMLNode(kind: .scalar, value: event.value, tag: event.tag == "!" ? "" : event.tag,
                            style: event.scalarStyle, anchor: event.anchor)
            span.isBlockScalar = event.scalarStyle == .literal || event.scalarStyle == .folded
        case .sequenceStart, .mappingStart:
            let kind: YAMLNode.Kind = event.kind == .sequenceStart ? .sequence : .mapping
            node = YAMLNode(kind: kind, tag: event.tag == "!" ? "" : event.tag, isFlow: event.isFlow,
                            anchor: event.anchor)
            var child = try parser.next()
            while child.kind != .sequenceEnd && child.kind != .mappingEnd {
                node.children.append(try readNode(child, path: path + [node.children.count], parent: (path, kind)))
                child = try parser.next()
            }
            if node.isFlow {
                span.end = parser.byteOffset(ofCharacter: child.endIndex)
                span.endLine = child.line
            } else if let lastChild = spans.last(where: { $0.parentPath == path }) {
                // A block collection's end event sits at the next token, past any comments
                // below it, so the collection ends with its last child instead.
                span.end = lastChild.end
                span.endLine = lastChild.endLine
            }
        default:
            throw ValueError("yaml: unexpected event while reading a node")
        }
        span.kind = node.kind
        if node.kind == .scalar || node.kind == .alias {
            span.end = parser.byteOffset(ofCharacter: event.endIndex)
        }
        spans[spanIndex] = span
        return node
    }

    private func column(of offset: Int) -> Int {
        var index = offset
        while index > 0 && bytes[index - 1] != UInt8(ascii: "\n") {
            index -= 1
        }
        return String(decoding: bytes[index..<min(offset, bytes.count)], as: UTF8.self).count
    }
}

/// Reads the comments of a document's source and attaches them to its nodes.
private struct CommentAttacher {
    struct Comment {
        var offset: Int
        var line: Int
        var column: Int
        var text: String
        var isTrailing: Bool
    }

    let bytes: [UInt8]
    let spans: [NodeSpan]
    var document: YAMLDocument
    private var lineStarts: [Int] = [0]

    init(bytes: [UInt8], spans: [NodeSpan], document: YAMLDocument) {
        self.bytes = bytes
        self.spans = spans
        self.document = document
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lineStarts.append(index + 1)
        }
    }

    mutating func attach() {
        let comments = findComments()
        var run: [Comment] = []
        for comment in comments {
            if comment.isTrailing {
                attachTrailing(comment)
                continue
            }
            if let last = run.last, !onlyBlankLines(from: last.line + 1, to: comment.line) {
                attachRun(run)
                run = []
            }
            run.append(comment)
        }
        if !run.isEmpty {
            attachRun(run)
        }
    }

    // MARK: Finding comments

    private func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Returns every `#` comment outside scalar text, in source order.
    private func findComments() -> [Comment] {
        var excluded: [Range<Int>] = []
        for span in spans where span.kind == .scalar || span.kind == .alias {
            var start = span.start
            if span.isBlockScalar {
                // The header line of a block scalar may end in a comment.
                start = bytes[span.start...].firstIndex(of: UInt8(ascii: "\n")) ?? span.end
            }
            if start < span.end {
                excluded.append(start..<span.end)
            }
        }
        var comments: [Comment] = []
        var offset = 0
        var excludedIndex = 0
        while offset < bytes.count {
            while excludedIndex < excluded.count && excluded[excludedIndex].upperBound <= offset {
                excludedIndex += 1
            }
            if excludedIndex < excluded.count && excluded[excludedIndex].contains(offset) {
                offset = excluded[excludedIndex].upperBound
                continue
            }
            let byte = bytes[offset]
            let lineStart = lineStarts[line(of: offset)]
            if byte == UInt8(ascii: "#") && (offset == lineStart || GoYAMLEmitter.isBlank(bytes[offset - 1])) {
                var end = offset
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") {
                    end += 1
                }
                let before = bytes[lineStart..<offset]
                comments.append(Comment(
                    offset: offset, line: line(of: offset),
                    column: String(decoding: before, as: UTF8.self).count,
                    text: String(decoding: bytes[offset..<end], as: UTF8.self),
                    isTrailing: !before.allSatisfy(GoYAMLEmitter.isBlank)))
                offset = end
                continue
            }
            offset += 1
        }
        return comments
    }

    private func onlyBlankLines(from first: Int, to last: Int) -> Bool {
        guard first < last else { return true }
        for line in first..<last {
            let start = lineStarts[line]
            let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
            if !bytes[start..<end].allSatisfy({ GoYAMLEmitter.isBlank($0) || $0 == 0x0A || $0 == 0x0D }) {
                return false
            }
        }
        return true
    }

    /// Returns the offset of the last byte of content before `offset`, skipping white space and
    /// comments.
    private func lastContentOffset(before offset: Int) -> Int? {
        var index = offset - 1
        while index >= 0 {
            let lineStart = lineStarts[line(of: index)]
            if let hash = commentStart(onLineFrom: lineStart, before: index + 1) {
                index = hash - 1
                continue
            }
            let byte = bytes[index]
            if !(GoYAMLEmitter.isBlank(byte) || byte == 0x0A || byte == 0x0D) {
                return index
            }
            index -= 1
        }
        return nil
    }

    private func commentStart(onLineFrom lineStart: Int, before end: Int) -> Int? {
        var inside: [Range<Int>] = []
        for span in spans where (span.kind == .scalar || span.kind == .alias) && span.end > lineStart && span.start < end {
            inside.append(span.start..<span.end)
        }
        var index = lineStart
        while index < end {
            if let range = inside.first(where: { $0.contains(index) }) {
                index = range.upperBound
                continue
            }
            if bytes[index] == UInt8(ascii: "#") && (index == lineStart || GoYAMLEmitter.isBlank(bytes[index - 1])) {
                return index
            }
            index += 1
        }
        return nil
    }

    // MARK: Attaching

    private mutating func attachTrailing(_ comment: Comment) {
        guard let contentEnd = lastContentOffset(before: comment.offset) else { return }
        let indicator = bytes[contentEnd]
        let lineStart = lineStarts[comment.line]
        let prefix = bytes[lineStart...contentEnd].filter { !GoYAMLEmitter.isBlank($0) }

        if let blockScalar = spans.first(where: { $0.isBlockScalar && $0.start >= lineStart && $0.start < comment.offset }) {
            append(comment.text, to: blockScalar.path, kind: .line)
            return
        }
        if indicator == UInt8(ascii: "-") && prefix.allSatisfy({ $0 == UInt8(ascii: "-") }) {
            if let next = nodeStarting(after: comment.offset, prefersItem: false) {
                append(comment.text, to: next, kind: .head)
            }
            return
        }
        if indicator == UInt8(ascii: ":"),
           let key = spans.last(where: { $0.role == .key && $0.end <= contentEnd && line(of: $0.end) == comment.line }) {
            append(comment.text, to: key.path, kind: .line)
            return
        }
        let candidates = spans.filter { $0.end <= contentEnd + 1 && $0.end > lineStart }
        if let node = candidates.max(by: { $0.end < $1.end || ($0.end == $1.end && $0.path.count < $1.path.count) }) {
            append(comment.text, to: node.path, kind: .line)
        }
    }

    /// Attaches a run of comment lines that stand on lines of their own, with blank lines
    /// between them allowed.
    private mutating func attachRun(_ run: [Comment]) {
        guard let first = run.first, let last = run.last else { return }
        let contentEnd = lastContentOffset(before: first.offset)
        let previous = contentEnd.flatMap { end in
            spans.filter { $0.end <= end + 1 && $0.end > end - 1 || ($0.start <= end && $0.end > end) }
                .max { $0.path.count < $1.path.count }
        }
        let lastIsValueIndicator = contentEnd.map { bytes[$0] == UInt8(ascii: ":") } ?? false
        let contentLine = contentEnd.map(line(of:)) ?? -1
        let indent = previous.map(blockIndent(around:)) ?? 0
        let nextPath = nodeStarting(after: last.offset)
        let nextColumn = nextPath.flatMap { path in spans.first { $0.path == path }?.startColumn }

        var text: [String] = []
        var startLine = 0, startColumn = 0
        var firstEmpty = contentEnd == nil || first.line <= contentLine + 1
        var recentEmpty = false
        var currentLine = contentLine + 1
        // go-yaml treats nothing as a foot before the document's first line of content.
        let footLine = contentEnd == nil ? -1 : contentLine + 1

        func isFoot() -> Bool {
            firstEmpty && ((startLine == footLine && !lastIsValueIndicator) || startColumn < indent)
        }
        for comment in run {
            if comment.line > currentLine {
                // One or more blank lines.
                if !text.isEmpty && !recentEmpty {
                    if isFoot() {
                        attachFoot(text, column: startColumn, previous: previous, indent: indent)
                        text = []
                    } else {
                        text.append("")
                    }
                }
                if !text.isEmpty || contentEnd == nil || comment.line > currentLine {
                    firstEmpty = firstEmpty && currentLine > comment.line
                }
                recentEmpty = true
            }
            if !text.isEmpty && comment.column < indent && comment.column != startColumn {
                attachFoot(text, column: startColumn, previous: previous, indent: indent)
                text = []
            }
            if text.isEmpty {
                startLine = comment.line
                startColumn = comment.column
            }
            text.append(comment.text)
            recentEmpty = false
            currentLine = comment.line + 1
        }

        if let nextLine = nextPath.flatMap({ path in spans.first { $0.path == path } }).map({ line(of: $0.start) }),
           nextLine > currentLine, !text.isEmpty, !recentEmpty {
            // Blank lines between the last comment and the next node.
            if isFoot() {
                attachFoot(text, column: startColumn, previous: previous, indent: indent)
                text = []
            } else {
                text.append("")
            }
        }

        guard let nextPath, let nextColumn else {
            // The document ends: what is left counts as a foot when it follows content
            // directly, else as the document's foot.
            if !text.isEmpty {
                if bytes.last != UInt8(ascii: "\n"), let previous {
                    // TODO: go-yaml places the end of every block before a comment that
                    // ends the input without a line break, so the comment becomes the foot
                    // of the last node. Only one such input was checked against go-yaml.
                    attachFootBelow(previous, text.joined(separator: "\n"))
                } else if isFoot() || !onlyBlankLinesToEnd(after: last) {
                    attachFoot(text, column: startColumn, previous: previous, indent: indent)
                } else {
                    document.footComment = joined(document.footComment, text.joined(separator: "\n"))
                }
            }
            return
        }
        if !text.isEmpty && nextColumn < indent && nextColumn != startColumn {
            attachFoot(text, column: startColumn, previous: previous, indent: indent)
            text = []
        }
        guard !text.isEmpty else { return }
        if contentEnd == nil {
            // Above the first node, the part before the last blank line is the document's.
            if let blank = text.lastIndex(of: "") {
                document.headComment = text[..<blank].joined(separator: "\n")
                text = Array(text[(blank + 1)...])
            }
            guard !text.isEmpty else { return }
        }
        append(text.joined(separator: "\n"), to: nextPath, kind: .head)
    }

    private func onlyBlankLinesToEnd(after comment: Comment) -> Bool {
        onlyBlankLines(from: comment.line + 1, to: lineStarts.count)
    }

    /// Attaches a foot comment: to the node that ends above it, or, when it sits left of the
    /// current block, to the enclosing block collection at or left of its column.
    private mutating func attachFoot(_ text: [String], column: Int, previous: NodeSpan?, indent: Int) {
        let joinedText = text.joined(separator: "\n")
        guard let previous else {
            document.footComment = joined(document.footComment, joinedText)
            return
        }
        if column >= indent {
            attachFootBelow(previous, joinedText)
            return
        }
        var path = previous.parentPath
        while let current = path, let span = spans.first(where: { $0.path == current }) {
            if !span.isFlow && !isIndentless(span) && span.startColumn <= column {
                if span.kind == .mapping {
                    let node = self.node(at: current)
                    if node.children.count >= 2 {
                        append(joinedText, to: current + [node.children.count - 2], kind: .foot)
                        return
                    }
                }
                append(joinedText, to: current, kind: .foot)
                return
            }
            path = span.parentPath
        }
        attachFootBelow(previous, joinedText)
    }

    /// Attaches a foot comment below `span`, to the mapping key when `span` is its value, as
    /// go-yaml's decoder moves it.
    private mutating func attachFootBelow(_ span: NodeSpan, _ text: String) {
        var target = span
        while target.role != .value && target.role != .item && target.role != .root,
              let parent = target.parentPath, let parentSpan = spans.first(where: { $0.path == parent }) {
            target = parentSpan
        }
        if target.role == .value, var path = Optional(target.path), let last = path.last {
            path[path.count - 1] = last - 1
            append(text, to: path, kind: .foot)
        } else {
            append(text, to: target.path, kind: .foot)
        }
    }

    /// Returns the scanner's indentation at a node: the column of the nearest enclosing block
    /// collection, where a sequence at its key's column adds no level.
    private func blockIndent(around span: NodeSpan) -> Int {
        var current: NodeSpan? = span.kind == .scalar || span.kind == .alias || span.isFlow
            ? span.parentPath.flatMap { path in spans.first { $0.path == path } } : span
        while let candidate = current {
            if !candidate.isFlow {
                return candidate.startColumn
            }
            current = candidate.parentPath.flatMap { path in spans.first { $0.path == path } }
        }
        return 0
    }

    /// True for a block sequence at its key's column, which opens no indentation level in
    /// the scanner.
    private func isIndentless(_ span: NodeSpan) -> Bool {
        guard span.kind == .sequence, !span.isFlow, span.role == .value, let parent = span.parentPath,
              let parentSpan = spans.first(where: { $0.path == parent }) else { return false }
        return parentSpan.startColumn == span.startColumn
    }

    /// Returns the path of the node whose text starts first after `offset`: the deepest one
    /// there, and for a block sequence its first item.
    private func nodeStarting(after offset: Int, prefersItem: Bool = true) -> [Int]? {
        guard var best = spans.first(where: { $0.start > offset }) else { return nil }
        // A comment above `- ` belongs to the item, even when the item is a mapping that
        // starts with its first key. One after a lone `- ` goes to the item's first key.
        if prefersItem, let item = spans.first(where: { $0.start == best.start && $0.role == .item }) {
            return item.path
        }
        for span in spans where span.start == best.start && span.path.count > best.path.count {
            best = span
        }
        if best.kind == .sequence && !best.isFlow, let item = spans.first(where: { $0.parentPath == best.path }) {
            return nodeStarting(after: item.start - 1).map { $0.count >= item.path.count ? item.path : $0 } ?? item.path
        }
        return best.path
    }

    // MARK: Tree edits

    private enum CommentKind {
        case head, line, foot
    }

    private func node(at path: [Int]) -> YAMLNode {
        var node = document.root
        for index in path { node = node.children[index] }
        return node
    }

    private mutating func append(_ text: String, to path: [Int], kind: CommentKind) {
        func update(_ node: inout YAMLNode, _ remaining: ArraySlice<Int>) {
            guard let index = remaining.first else {
                switch kind {
                case .head: node.headComment = Self.joined(node.headComment, text)
                case .line: node.lineComment = Self.joined(node.lineComment, text)
                case .foot: node.footComment = Self.joined(node.footComment, text)
                }
                return
            }
            update(&node.children[index], remaining.dropFirst())
        }
        var root = document.root
        update(&root, path[...])
        document.root = root
    }

    private func joined(_ existing: String, _ text: String) -> String {
        Self.joined(existing, text)
    }

    private static func joined(_ existing: String, _ text: String) -> String {
        existing.isEmpty ? text : existing + "\n" + text
    }
}
