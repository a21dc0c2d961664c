/// The parse tree of a template, with Go's node kinds. Every node records the byte position
/// where it starts in its source text; lines and columns are computed only for error messages.

/// The text a template was parsed from, shared by every template defined in it.
final class TemplateSource: @unchecked Sendable {
    /// The name the text was parsed under (Go's `ParseName`), used in error locations.
    let parseName: String
    let bytes: [UInt8]

    init(parseName: String, bytes: [UInt8]) {
        self.parseName = parseName
        self.bytes = bytes
    }

    /// Returns Go's 1-based line and byte column of `position`.
    func lineAndColumn(of position: Int) -> (line: Int, column: Int) {
        let end = min(max(position, 0), bytes.count)
        var line = 1
        var lastNewline = -1
        var index = 0
        while index < end {
            if bytes[index] == 0x0A {
                line += 1
                lastNewline = index
            }
            index += 1
        }
        let column = lastNewline < 0 ? end : end - (lastNewline + 1)
        return (line, column)
    }
}

/// One named template: a file's top-level text or a `define`/`block` body.
final class TemplateTree: @unchecked Sendable {
    let name: String
    let source: TemplateSource
    let root: ListNode
    /// The counter of active `include` calls of this tree's name, once a call has looked it up.
    var includeCounter: ActiveIncludes.Counter?

    init(name: String, source: TemplateSource, root: ListNode) {
        self.name = name
        self.source = source
        self.root = root
    }

    /// True when the tree contains nothing but spaces and comments (Go's `IsEmptyTree`).
    var isEmpty: Bool { root.isEmptyTree }
}

final class ListNode {
    let position: Int
    var nodes: [Node] = []

    init(position: Int) {
        self.position = position
    }

    var isEmptyTree: Bool {
        nodes.allSatisfy { $0.isEmptyTree }
    }

    func write(to output: inout String) {
        for node in nodes { node.write(to: &output) }
    }
}

/// A node of a list: text or an action.
enum Node {
    case text(TextNode)
    case action(ActionNode)
    case branch(BranchNode)
    case template(TemplateNode)
    case loopBreak(position: Int)
    case loopContinue(position: Int)
    case comment(position: Int, text: String)

    var isEmptyTree: Bool {
        switch self {
        case .text(let text): return text.isBlank
        case .comment: return true
        default: return false
        }
    }

    var position: Int {
        switch self {
        case .text(let node): return node.position
        case .action(let node): return node.position
        case .branch(let node): return node.position
        case .template(let node): return node.position
        case .loopBreak(let position), .loopContinue(let position), .comment(let position, _): return position
        }
    }

    func write(to output: inout String) {
        switch self {
        case .text(let node): output += node.text
        case .action(let node): node.write(to: &output)
        case .branch(let node): node.write(to: &output)
        case .template(let node): node.write(to: &output)
        case .loopBreak: output += "{{break}}"
        case .loopContinue: output += "{{continue}}"
        case .comment(_, let text): output += "{{" + text + "}}"
        }
    }
}

final class TextNode {
    let position: Int
    let text: String

    init(position: Int, text: String) {
        self.position = position
        self.text = text
    }

    var isBlank: Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }
}

final class ActionNode {
    let position: Int
    let line: Int
    let pipe: PipeNode

    init(position: Int, line: Int, pipe: PipeNode) {
        self.position = position
        self.line = line
        self.pipe = pipe
    }

    func write(to output: inout String) {
        output += "{{"
        pipe.write(to: &output)
        output += "}}"
    }
}

/// An `if`, `range` or `with` action with its lists.
final class BranchNode {
    enum Kind {
        case ifAction
        case rangeAction
        case withAction
    }

    let kind: Kind
    let position: Int
    let line: Int
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?

    init(kind: Kind, position: Int, line: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.kind = kind
        self.position = position
        self.line = line
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
    }

    func write(to output: inout String) {
        switch kind {
        case .ifAction: output += "{{if "
        case .rangeAction: output += "{{range "
        case .withAction: output += "{{with "
        }
        pipe.write(to: &output)
        output += "}}"
        list.write(to: &output)
        if let elseList {
            output += "{{else}}"
            elseList.write(to: &output)
        }
        output += "{{end}}"
    }
}

final class TemplateNode {
    let position: Int
    let line: Int
    let name: String
    let pipe: PipeNode?

    init(position: Int, line: Int, name: String, pipe: PipeNode?) {
        self.position = position
        self.line = line
        self.name = name
        self.pipe = pipe
    }

    func write(to output: inout String) {
        output += "{{template " + GoQuote.quote(name)
        if let pipe {
            output += " "
            pipe.write(to: &output)
        }
        output += "}}"
    }
}
