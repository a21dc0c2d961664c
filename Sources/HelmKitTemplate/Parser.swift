import HelmKitValues

/// Builds template trees from text by recursive descent, following Go's text/template parser
/// rule for rule, including its error texts. Each function's comment gives its grammar rule.
struct Parser {
    /// A list item that ends a list instead of joining it.
    private enum ListItem {
        case node(Node)
        case end(position: Int)
        case elseMarker(position: Int, line: Int)

        var text: String {
            switch self {
            case .node(let node):
                var output = ""
                node.write(to: &output)
                return output
            case .end: return "{{end}}"
            case .elseMarker: return "{{else}}"
            }
        }
    }

    static let maxStackDepth = 10000
    static let maxPipelineCommands = 100000

    private var lexer: Lexer
    private var tokens: [Token]
    private var peekCount = 0
    var variables: [String] = ["$"]
    private var actionLine = 0
    private var rangeDepth = 0
    var stackDepth = 0
    private let name: String
    private let source: TemplateSource
    let hasFunction: (String) -> Bool
    /// The stack address below which parsing stops with an error (see `StackGuard`).
    let stackLimit = StackGuard.currentLimit()
    /// The trees parsed so far, in the order they were added.
    private(set) var trees: [String: TemplateTree] = [:]
    private(set) var treeOrder: [String] = []

    init(name: String, text: String, hasFunction: @escaping (String) -> Bool) {
        // Go lexes the bytes, so an invalid byte reads as U+FFFD of width 1.
        let bytes = GoByteString.bytes(text)
        self.name = name
        self.source = TemplateSource(parseName: name, bytes: bytes)
        self.hasFunction = hasFunction
        self.lexer = Lexer(input: bytes, breakAllowed: !hasFunction("break"), continueAllowed: !hasFunction("continue"))
        let placeholder = Token(kind: .eof, position: 0, value: "", line: 0)
        self.tokens = [placeholder, placeholder, placeholder]
    }

    /// Parses the whole text: the top-level template plus every `define` and `block` in it.
    mutating func parse() throws {
        let root = ListNode(position: peek().position)
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delimiter = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                backup2(delimiter)
            }
            let item = try textOrAction()
            switch item {
            case .node(let node):
                root.nodes.append(node)
            case .end, .elseMarker:
                try fail("unexpected " + item.text)
            }
        }
        try add(TemplateTree(name: name, source: source, root: root))
    }

    // MARK: - Tokens

    mutating func next() -> Token {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            tokens[0] = lexer.nextToken()
        }
        return tokens[peekCount]
    }

    mutating func backup() {
        peekCount += 1
    }

    mutating func backup2(_ first: Token) {
        tokens[1] = first
        peekCount = 2
    }

    mutating func backup3(_ second: Token, _ first: Token) {
        tokens[1] = first
        tokens[2] = second
        peekCount = 3
    }

    mutating func peek() -> Token {
        if peekCount > 0 { return tokens[peekCount - 1] }
        peekCount = 1
        tokens[0] = lexer.nextToken()
        return tokens[0]
    }

    mutating func nextNonSpace() -> Token {
        while true {
            let token = next()
            if token.kind != .space { return token }
        }
    }

    mutating func peekNonSpace() -> Token {
        let token = nextNonSpace()
        backup()
        return token
    }

    // MARK: - Errors

    func fail(_ message: String) throws -> Never {
        throw TemplateError(kind: .parse, message: "template: \(source.parseName):\(tokens[0].line): \(message)",
                            fileName: source.parseName, line: tokens[0].line, reason: message)
    }

    private mutating func expect(_ kind: TokenKind, _ context: String) throws -> Token {
        let token = nextNonSpace()
        if token.kind != kind { try unexpected(token, context) }
        return token
    }

    func unexpected(_ token: Token, _ context: String) throws -> Never {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != token.line {
                extra = " in action started at \(source.parseName):\(actionLine)"
                if token.value.hasSuffix(" action") {
                    extra = String(extra.dropFirst(" in action".count))
                }
            }
            try fail(token.value + extra)
        }
        try fail("unexpected \(token.goDescription) in \(context)")
    }

    // MARK: - Trees

    private mutating func add(_ tree: TemplateTree) throws {
        if let existing = trees[tree.name], !existing.isEmpty {
            if !tree.isEmpty {
                try fail("template: multiple definition of template " + GoQuote.quote(tree.name))
            }
            return
        }
        if trees[tree.name] == nil { treeOrder.append(tree.name) }
        trees[tree.name] = tree
    }

    /// Parses a body in a fresh scope, as Go does for each `define` and `block` tree.
    private mutating func parseSeparateTree(_ body: (inout Parser) throws -> ListNode) throws -> ListNode {
        let savedVariables = variables
        let savedRangeDepth = rangeDepth
        let savedActionLine = actionLine
        let savedStackDepth = stackDepth
        variables = ["$"]
        rangeDepth = 0
        actionLine = 0
        stackDepth = 0
        let root = try body(&self)
        variables = savedVariables
        rangeDepth = savedRangeDepth
        actionLine = savedActionLine
        stackDepth = savedStackDepth
        return root
    }

    /// `{{define "name"}} itemList {{end}}`, with `define` already read.
    private mutating func parseDefinition() throws {
        let context = "define clause"
        var definedName = ""
        let root = try parseSeparateTree { parser in
            let nameToken = parser.nextNonSpace()
            if nameToken.kind != .string && nameToken.kind != .rawString {
                try parser.unexpected(nameToken, context)
            }
            do {
                definedName = try GoLiterals.unquote(nameToken.value)
            } catch let error as GoLiterals.SyntaxError {
                try parser.fail(error.message)
            }
            _ = try parser.expect(.rightDelim, context)
            let (list, end) = try parser.itemList()
            if case .end = end {} else {
                try parser.fail("unexpected \(end.text) in \(context)")
            }
            return list
        }
        try add(TemplateTree(name: definedName, source: source, root: root))
    }

    /// `textOrAction*`, ending at `{{end}}` or `{{else}}`, which it returns separately.
    private mutating func itemList() throws -> (ListNode, ListItem) {
        // NOTE: Go has no limit on nested control actions; this one only stops a stack overflow.
        if StackGuard.isExhausted(limit: stackLimit) {
            try fail("max expression depth exceeded")
        }
        let list = ListNode(position: peekNonSpace().position)
        while peekNonSpace().kind != .eof {
            let item = try textOrAction()
            switch item {
            case .node(let node): list.nodes.append(node)
            case .end, .elseMarker: return (list, item)
            }
        }
        try fail("unexpected EOF")
    }

    /// `text | comment | action`
    private mutating func textOrAction() throws -> ListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return .node(.text(TextNode(position: token.position, text: token.value)))
        case .leftDelim:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        case .comment:
            return .node(.comment(position: token.position, text: token.value))
        default:
            try unexpected(token, "input")
        }
    }

    /// `control | command ("|" command)*`, with the left delimiter already read.
    private mutating func action() throws -> ListItem {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword: return .node(try loopControl(token, isBreak: true))
        case .continueKeyword: return .node(try loopControl(token, isBreak: false))
        case .elseKeyword: return try elseControl()
        case .end: return .end(position: try expect(.rightDelim, "end").position)
        case .ifKeyword: return .node(.branch(try branchControl(.ifAction, "if")))
        case .range: return .node(.branch(try branchControl(.rangeAction, "range")))
        case .template: return .node(try templateControl())
        case .with: return .node(.branch(try branchControl(.withAction, "with")))
        default: break
        }
        backup()
        let first = peek()
        let pipe = try pipeline("command", end: .rightDelim)
        return .node(.action(ActionNode(position: first.position, line: first.line, pipe: pipe)))
    }

    /// `{{break}}` or `{{continue}}`, with the keyword already read.
    private mutating func loopControl(_ keyword: Token, isBreak: Bool) throws -> Node {
        let word = isBreak ? "{{break}}" : "{{continue}}"
        let token = nextNonSpace()
        if token.kind != .rightDelim { try unexpected(token, word) }
        if rangeDepth == 0 { try fail("\(word) outside {{range}}") }
        return isBreak ? .loopBreak(position: keyword.position) : .loopContinue(position: keyword.position)
    }

    /// `{{else}}`, or the `else` of `{{else if …}}` and `{{else with …}}`.
    private mutating func elseControl() throws -> ListItem {
        let following = peekNonSpace()
        if following.kind == .ifKeyword || following.kind == .with {
            return .elseMarker(position: following.position, line: following.line)
        }
        let token = try expect(.rightDelim, "else")
        return .elseMarker(position: token.position, line: token.line)
    }

    /// `{{if|range|with pipeline}} itemList ({{else}} itemList)? {{end}}`; `{{else if}}` and
    /// `{{else with}}` nest a second branch in the else list.
    private mutating func branchControl(_ kind: BranchNode.Kind, _ context: String) throws -> BranchNode {
        let variableCount = variables.count
        defer { variables.removeSubrange(variableCount...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if kind == .rangeAction { rangeDepth += 1 }
        let (list, ending) = try itemList()
        if kind == .rangeAction { rangeDepth -= 1 }

        var elseList: ListNode? = nil
        if case .elseMarker(let position, _) = ending {
            if kind == .ifAction && peek().kind == .ifKeyword {
                _ = next()
                let nested = ListNode(position: position)
                nested.nodes.append(.branch(try branchControl(.ifAction, "if")))
                elseList = nested
            } else if kind == .withAction && peek().kind == .with {
                _ = next()
                let nested = ListNode(position: position)
                nested.nodes.append(.branch(try branchControl(.withAction, "with")))
                elseList = nested
            } else {
                let (list, next) = try itemList()
                if case .end = next {} else {
                    try fail("expected end; found \(next.text)")
                }
                elseList = list
            }
        }
        return BranchNode(kind: kind, position: pipe.position, line: pipe.line, pipe: pipe, list: list, elseList: elseList)
    }

    /// `{{block "name" pipeline}} itemList {{end}}`: defines the template and calls it.
    private mutating func blockControl() throws -> Node {
        let context = "block clause"
        let token = nextNonSpace()
        let blockName = try templateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let root = try parseSeparateTree { parser in
            let (list, end) = try parser.itemList()
            if case .end = end {} else {
                try parser.fail("unexpected \(end.text) in \(context)")
            }
            return list
        }
        try add(TemplateTree(name: blockName, source: source, root: root))
        return .template(TemplateNode(position: token.position, line: token.line, name: blockName, pipe: pipe))
    }

    /// `{{template "name" pipeline?}}`
    private mutating func templateControl() throws -> Node {
        let context = "template clause"
        let token = nextNonSpace()
        let calledName = try templateName(token, context)
        var pipe: PipeNode? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .template(TemplateNode(position: token.position, line: token.line, name: calledName, pipe: pipe))
    }

    private mutating func templateName(_ token: Token, _ context: String) throws -> String {
        guard token.kind == .string || token.kind == .rawString else {
            try unexpected(token, context)
        }
        do {
            return try GoLiterals.unquote(token.value)
        } catch let error as GoLiterals.SyntaxError {
            try fail(error.message)
        }
    }
}
