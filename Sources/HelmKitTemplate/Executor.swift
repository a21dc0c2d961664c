import HelmKitValues

/// One run of a template: the output being written, the variable stack and the template depth.
///
/// Walking a node writes to `output`; evaluating returns values. Errors carry Go's text for the
/// node last visited, as Go's `state.at` tracks it.
struct Executor {
    /// The outcome of walking a list, which signals the enclosing `range` to go on, break or continue.
    enum Flow {
        case normal
        case breakLoop
        case continueLoop
    }

    /// The node Go's error context names.
    enum Site {
        case none
        case node(Node)
        case pipe(PipeNode)
        case command(CommandNode)
        case argument(ArgumentNode)

        var position: Int {
            switch self {
            case .none: return 0
            case .node(let node): return node.position
            case .pipe(let pipe): return pipe.position
            case .command(let command): return command.position
            case .argument(let argument): return argument.position
            }
        }

        var text: String {
            var output = ""
            switch self {
            case .none: break
            case .node(let node): node.write(to: &output)
            case .pipe(let pipe): pipe.write(to: &output)
            case .command(let command): command.write(to: &output)
            case .argument(let argument): argument.write(to: &output)
            }
            return output
        }
    }

    /// Go's `maxExecDepth` on 64-bit platforms: nested `template` calls allowed in one run.
    static let maxExecDepth = 100000

    /// HelmKit's limit on the text one run writes, equal to Helm's limit on an unpacked chart.
    /// Go has none, so a loop that prints without end runs until memory is exhausted.
    static let maxOutputBytes = 100 * 1024 * 1024

    let templates: TemplateTable
    /// The set being run, which names the template table in `include` memo keys.
    let set: TemplateSet
    let includeMemo: IncludeMemo?
    /// Set while files execute on two threads (see `SharedDataGuard`).
    let sharedDataGuard: SharedDataGuard?
    let callees: [String: Callee]
    let missingKeyIsError: Bool
    /// The set's name, which the error for a missing `include` target names.
    let setName: String
    var output = ""
    var variables: [(name: String, value: RuntimeValue)] = []
    /// The index of the running template's `$` in `variables`. A `template` or `include` call
    /// starts its variables here, so the caller's are out of reach, as in a new Go state.
    var variableBase = 0
    /// The node Go's error context names after each evaluated argument of the calls in
    /// progress, and whether the argument is boxed. Kept on one stack so that a call allocates
    /// only the argument array it passes.
    var argumentRecords: [(site: Site, isBoxed: Bool)] = []
    var depth = 0
    var tree: TemplateTree
    var site: Site = .none
    /// The stack address below which a `template` call stops with Go's depth error (see
    /// `StackGuard`).
    let stackLimit = StackGuard.currentLimit()
    /// A lower address for other recursion, so that runaway `template` recursion reaches the
    /// check in `walkTemplate` first and reports the same node as Go.
    var deepStackLimit: UInt { stackLimit > 65536 ? stackLimit - 65536 : 0 }

    /// The monitor to which printers and copies report a map that contains itself.
    let selfReferences = SelfReferenceMonitor.current

    init(set: TemplateSet, tree: TemplateTree) {
        self.templates = set.templates
        self.set = set
        self.includeMemo = set.include?.activeCalls.memo
        self.sharedDataGuard = set.sharedDataGuard
        self.callees = set.callees
        self.missingKeyIsError = set.missingKey == .error
        self.setName = set.name
        self.tree = tree
    }

    /// Runs `tree` with `data` as dot and `$`, and returns the text written.
    mutating func run(data: Value) throws -> String {
        let dot = RuntimeValue.concrete(data)
        variables = [("$", dot)]
        _ = try walkList(dot, tree.root)
        return output
    }

    // MARK: - Errors

    mutating func at(_ site: Site) {
        self.site = site
    }

    /// Creates Go's execution error for the current node.
    @inline(never)
    func failure(_ reason: String, underlying: (any Error)? = nil) -> TemplateError {
        let name = tree.name
        if case .none = site {
            return TemplateError(kind: .execution, message: "template: \(name): \(reason)",
                                 executingTemplate: name, reason: reason, underlying: underlying)
        }
        let (line, column) = tree.source.lineAndColumn(of: site.position)
        let context = site.text
        let parseName = tree.source.parseName
        let message = "template: \(parseName):\(line):\(column): executing \(GoQuote.quote(name)) at <\(context)>: \(reason)"
        return TemplateError(kind: .execution, message: message, fileName: parseName, line: line, column: column,
                             executingTemplate: name, context: context, reason: reason, underlying: underlying)
    }

    // MARK: - Variables

    mutating func push(_ name: String, _ value: RuntimeValue) {
        variables.append((name, value))
    }

    mutating func pop(to mark: Int) {
        if variables.count > mark {
            variables.removeLast(variables.count - mark)
        }
    }

    mutating func setVariable(_ name: String, _ value: RuntimeValue) throws {
        var index = variables.count - 1
        while index >= variableBase {
            if variables[index].name == name {
                variables[index].value = value
                return
            }
            index -= 1
        }
        throw failure("undefined variable: \(name)")
    }

    mutating func setTopVariable(_ offset: Int, _ value: RuntimeValue) {
        let index = variables.count - offset
        if index >= variableBase && index < variables.count {
            variables[index].value = value
        }
    }

    func variableValue(_ name: String) throws -> RuntimeValue {
        var index = variables.count - 1
        while index >= variableBase {
            if variables[index].name == name { return variables[index].value }
            index -= 1
        }
        throw failure("undefined variable: \(name)")
    }

    // MARK: - Walking

    mutating func walkList(_ dot: RuntimeValue, _ list: ListNode) throws -> Flow {
        for node in list.nodes {
            let flow = try walk(dot, node)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    mutating func walk(_ dot: RuntimeValue, _ node: Node) throws -> Flow {
        if case .text(let text) = node {
            output += text.text
            try checkOutputSize(node)
            return .normal
        }
        at(.node(node))
        switch node {
        case .text(let text):
            output += text.text
            try checkOutputSize(node)
        case .action(let action):
            let value = try evalPipeline(dot, action.pipe)
            if action.pipe.declarations.isEmpty {
                try printValue(node, value)
            }
        case .branch(let branch):
            if StackGuard.isExhausted(limit: deepStackLimit) {
                throw failure("exceeded maximum template depth (\(Executor.maxExecDepth))")
            }
            switch branch.kind {
            case .ifAction, .withAction: return try walkIfOrWith(dot, branch)
            case .rangeAction: return try walkRange(dot, branch, node: node)
            }
        case .template(let call):
            try walkTemplate(dot, call, node: node)
        case .loopBreak:
            return .breakLoop
        case .loopContinue:
            return .continueLoop
        case .comment:
            break
        }
        return .normal
    }

    private mutating func printValue(_ node: Node, _ value: RuntimeValue) throws {
        at(.node(node))
        switch value.value {
        case .string(let text):
            output += text
        case .null where value.isInvalid:
            output += "<no value>"
        case .object(let object):
            output += object.templateDescription
        default:
            output += value.value.goPrinted
        }
        try checkSelfReference()
        try checkOutputSize(node)
    }

    /// Fails once a printer or copy met a map that contains itself, where Go's fmt recurses
    /// until the process dies.
    func checkSelfReference() throws {
        if let selfReferences, selfReferences.isTriggered {
            throw failure(Self.selfReferenceMessage)
        }
    }

    static let selfReferenceMessage = "a map contains itself, so it cannot be printed, copied or compared"

    private mutating func checkOutputSize(_ node: Node) throws {
        guard output.utf8.count > Self.maxOutputBytes else { return }
        at(.node(node))
        throw failure("rendered output exceeds the limit of \(Self.maxOutputBytes) bytes")
    }

    /// Ends a run of the thread ahead once the render has cancelled it. It is checked at each
    /// call, loop step, condition and `template`, so that stopping that thread waits little.
    func checkCancellation() throws {
        if let sharedDataGuard, sharedDataGuard.runsAhead { try sharedDataGuard.checkCancelled() }
    }

    private mutating func walkIfOrWith(_ dot: RuntimeValue, _ branch: BranchNode) throws -> Flow {
        try checkCancellation()
        let mark = variables.count
        defer { pop(to: mark) }
        let value = try evalPipeline(dot, branch.pipe)
        if value.isTrue {
            return try walkList(branch.kind == .withAction ? value : dot, branch.list)
        }
        if let elseList = branch.elseList {
            return try walkList(dot, elseList)
        }
        return .normal
    }

    private mutating func walkTemplate(_ dot: RuntimeValue, _ call: TemplateNode, node: Node) throws {
        at(.node(node))
        try checkCancellation()
        guard let called = templates[call.name] else {
            throw failure("template \(GoQuote.quote(call.name)) not defined")
        }
        // NOTE: on a small stack the depth error comes before Go's 100,000 levels.
        if depth == Executor.maxExecDepth || StackGuard.isExhausted(limit: stackLimit) {
            throw failure("exceeded maximum template depth (\(Executor.maxExecDepth))")
        }
        let newDot = try evalPipeline(dot, call.pipe)

        let savedBase = variableBase
        let savedTree = tree
        variableBase = variables.count
        push("$", newDot)
        tree = called
        depth += 1
        defer {
            depth -= 1
            tree = savedTree
            pop(to: variableBase)
            variableBase = savedBase
        }
        _ = try walkList(newDot, called.root)
    }
}
