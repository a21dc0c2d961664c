import HelmKitValues

/// A set of named templates sharing one namespace, like Go's `*template.Template` with its
/// associated templates: `define` in any parsed text adds to the set, and `template`/`include`
/// look names up in it.
public final class TemplateSet {
    /// The behavior for a missing map key. Helm uses `zero`, which prints `<no value>`.
    public enum MissingKey: Sendable {
        case zero
        case error
    }

    public var functions: [String: TemplateFunction] {
        didSet { calleeTable = nil }
    }
    /// The declared arity of registered functions by name; a function without one is checked
    /// only by itself, after its arguments are evaluated.
    public var functionArities: [String: FunctionArity] = [:] {
        didSet { calleeTable = nil }
    }
    /// The registered function that the executor runs as Helm's `include`, in place.
    public var include: IncludeFunction? {
        didSet { calleeTable = nil }
    }
    /// Registered functions that change no data and depend only on their arguments, so
    /// that calling them lets `include` outputs be reused. Any other function is assumed to
    /// have side effects.
    public var sideEffectFreeFunctions: Set<String> = [] {
        didSet { calleeTable = nil }
    }
    /// Set while files execute on two threads; shared with clones, so `tpl` texts are watched too.
    public var sharedDataGuard: SharedDataGuard?
    public var missingKey: MissingKey
    /// The name of the set's root template, which Go's "no template … associated with template"
    /// error names (Helm's root template is `gotpl`).
    public var name: String
    /// The parsed templates by name; trees are shared with clones and never changed.
    var templates = TemplateTable()
    /// Registered functions and builtins by name, built on first use and shared with clones.
    private var calleeTable: [String: Callee]?

    public init(functions: [String: TemplateFunction], missingKey: MissingKey = .zero, name: String = "gotpl") {
        self.functions = functions
        self.missingKey = missingKey
        self.name = name
    }

    /// Parses `text` as the template `name`, adding it and every `define` in it to the set.
    ///
    /// As in Go, a template that is empty (only spaces and comments) does not replace one that
    /// already exists, a non-empty one does, and one text may not define a name twice. A text
    /// that fails to parse adds nothing.
    public func parse(name: String, text: String) throws {
        _ = try parseTrees(name: name, text: text)
    }

    /// Parses `text` as `name` like `parse`, then executes the tree just parsed, as Go's
    /// `t.New(name).Parse(text)` followed by `Execute` does (Helm's `tpl`).
    ///
    /// This runs the new text even when it is empty and so did not replace an existing
    /// template of the same name.
    public func parseAndExecute(name: String, text: String, data: Value) throws -> String {
        try executeParsed(try parseDetached(name: name, text: text), data: data)
    }

    /// Adds a text parsed by `parseDetached` and executes its top-level tree, as
    /// `parseAndExecute` does with a text it parses itself.
    public func executeParsed(_ parsed: ParsedTemplateText, data: Value) throws -> String {
        let tree = try associate(parsed)
        return try run(tree, data: data)
    }

    /// Parses and associates the trees of `text`; returns the top-level one.
    private func parseTrees(name: String, text: String) throws -> TemplateTree {
        try associate(try parseDetached(name: name, text: text))
    }

    /// Parses `text` as the template `name` without adding anything to the set, so that files
    /// can be parsed on other threads and added in their order afterwards with `add(_:)`.
    ///
    /// Safe to call from several threads at once while nothing changes the set's functions.
    public func parseDetached(name: String, text: String) throws -> ParsedTemplateText {
        let functionNames = functions
        var parser = Parser(name: name, text: text) { (candidate: String) -> Bool in
            functionNames[candidate] != nil || Builtin.names.contains(candidate)
        }
        try parser.parse()
        let trees = parser.treeOrder.compactMap { treeName in parser.trees[treeName].map { (treeName, $0) } }
        return ParsedTemplateText(name: name, trees: trees)
    }

    /// Adds the trees of a text parsed by `parseDetached`, as `parse` would have.
    public func add(_ parsed: ParsedTemplateText) throws {
        try associate(parsed)
    }

    @discardableResult
    private func associate(_ parsed: ParsedTemplateText) throws -> TemplateTree {
        var topLevel: TemplateTree? = nil
        for (treeName, tree) in parsed.trees {
            if treeName == parsed.name { topLevel = tree }
            if templates[treeName] != nil && tree.isEmpty { continue }
            templates[treeName] = tree
        }
        guard let topLevel else {
            throw TemplateError.parse(message: "template: \(parsed.name): parsed no template")
        }
        return topLevel
    }

    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// Executes the template `name` as a call of the set's `include` function does, counting
    /// it against that function's depth limit.
    public func executeIncluded(name: String, data: Value) throws -> String {
        guard let include else { return try execute(name: name, data: data) }
        guard let tree = templates[name] else { return try execute(name: name, data: data) }
        let counter = include.activeCalls.counter(for: tree, name: name)
        if counter.count > include.maxDepth { throw include.depthError(name) }
        counter.count += 1
        defer { counter.count -= 1 }
        return try execute(name: name, data: data)
    }

    /// Executes the template `name` with `data` as dot and returns the text it writes.
    public func execute(name: String, data: Value) throws -> String {
        guard let tree = templates[name] else {
            throw TemplateError.execution(
                message: "template: no template \(GoQuote.quote(name)) associated with template \(GoQuote.quote(self.name))")
        }
        return try run(tree, data: data)
    }

    /// Runs `tree` with `data`. The outermost run watches for maps that contain themselves, and
    /// the included and `tpl` texts it runs share its monitor.
    private func run(_ tree: TemplateTree, data: Value) throws -> String {
        guard SelfReferenceMonitor.current == nil else {
            var executor = Executor(set: self, tree: tree)
            return try executor.run(data: data)
        }
        return try SelfReferenceMonitor.$current.withValue(SelfReferenceMonitor()) {
            var executor = Executor(set: self, tree: tree)
            return try executor.run(data: data)
        }
    }

    /// Records that the data templates read has changed outside any template, so that no
    /// `include` output computed before is reused.
    public func noteDataChanged() {
        include?.activeCalls.memo.noteSideEffect()
    }

    /// Returns a copy sharing the parsed trees, so `tpl` can add templates without touching this set.
    public func clone() -> TemplateSet {
        let copy = TemplateSet(functions: functions, missingKey: missingKey, name: name)
        copy.functionArities = functionArities
        copy.sideEffectFreeFunctions = sideEffectFreeFunctions
        copy.include = include
        copy.sharedDataGuard = sharedDataGuard
        copy.templates = templates.copyForClone()
        copy.calleeTable = callees
        return copy
    }

    /// Registered functions and builtins by name, so that a call costs one lookup. A
    /// registered function hides a builtin of the same name.
    var callees: [String: Callee] {
        if let calleeTable { return calleeTable }
        var table: [String: Callee] = [:]
        for builtin in Builtin.allCases {
            table[builtin.rawValue] = .builtin(builtin)
        }
        for (name, function) in functions {
            table[name] = .registered(function, arity: functionArities[name],
                                      isSideEffectFree: sideEffectFreeFunctions.contains(name))
        }
        if let include, functions[include.name] != nil {
            table[include.name] = .include(arity: functionArities[include.name], include)
        }
        calleeTable = table
        return table
    }
}

/// A registered function that executes a named template of the running set and returns its
/// output, as Helm's `include`.
///
/// The executor runs such a call itself, on its own stacks, instead of calling the function,
/// which would start a new run. The function stays registered for parsing.
public struct IncludeFunction {
    /// The name the function is registered under.
    public var name: String
    /// The number of active calls of one template name past which another call fails, as Helm
    /// stops runaway recursion.
    public var maxDepth: Int
    /// Returns the error for a call past `maxDepth`, given the template name.
    public var depthError: (_ name: String) -> any Error
    /// Active calls by template name, shared by the set and its clones, because Helm counts
    /// them over a whole render.
    let activeCalls: ActiveIncludes

    /// `cachesCountersInTrees` must be false for every set but one when sets that share
    /// trees run on several threads: the cache is a field of the shared trees.
    public init(name: String, maxDepth: Int, cachesCountersInTrees: Bool = true,
                depthError: @escaping (_ name: String) -> any Error) {
        self.name = name
        self.maxDepth = maxDepth
        self.depthError = depthError
        self.activeCalls = ActiveIncludes(cachesCountersInTrees: cachesCountersInTrees)
    }
}

/// Counters of active `include` calls by template name. Each tree caches its name's counter,
/// so that a call costs no lookup by name beyond finding the tree.
final class ActiveIncludes {
    final class Counter {
        var count = 0
        unowned let owner: ActiveIncludes

        init(owner: ActiveIncludes) {
            self.owner = owner
        }
    }

    private var counters: [String: Counter] = [:]
    /// Outputs of finished calls, shared by the set and its clones like the counters.
    let memo = IncludeMemo()
    private let cachesCountersInTrees: Bool

    init(cachesCountersInTrees: Bool) {
        self.cachesCountersInTrees = cachesCountersInTrees
    }

    /// Returns the counter of `name`, the name `tree` is registered under.
    func counter(for tree: TemplateTree, name: String) -> Counter {
        if cachesCountersInTrees, let cached = tree.includeCounter, cached.owner === self { return cached }
        let counter = counters[name] ?? Counter(owner: self)
        counters[name] = counter
        if cachesCountersInTrees { tree.includeCounter = counter }
        return counter
    }
}

/// A function a call names: a registered one, the set's `include`, or a builtin.
enum Callee {
    case registered(TemplateFunction, arity: FunctionArity?, isSideEffectFree: Bool)
    case include(arity: FunctionArity?, IncludeFunction)
    case builtin(Builtin)
}

/// The trees one text defines, in the order it defines them, not yet added to a set.
///
/// Parsing is the only step that builds or changes nodes, so the trees can be handed to the
/// thread that executes them. That thread alone sets each tree's `include` counter cache.
public struct ParsedTemplateText: @unchecked Sendable {
    let name: String
    let trees: [(String, TemplateTree)]
}
