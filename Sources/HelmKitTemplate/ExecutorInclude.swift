import HelmKitValues

/// Helm's `include`, run by the executor in place instead of through a new run of the set.
extension Executor {
    /// Executes the template the arguments name with the given data, and returns its output.
    ///
    /// The template starts as a new Go state would: its own output, `$` as the only variable in
    /// reach, template depth 0 and no error context. It runs on this executor's stacks, so an
    /// `include` allocates no new executor.
    mutating func runInclude(_ include: IncludeFunction, _ arguments: [Value]) throws -> String {
        guard arguments.count == 2 else {
            throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
        }
        guard case .string(let name) = arguments[0] else {
            throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
        }
        // Helm checks its depth limit before it looks the template up. The order cannot show,
        // because a name that is not defined here is active in no enclosing run either: each
        // `tpl` copy contains every template of the set it copies.
        guard let called = templates[name] else {
            throw TemplateError.execution(
                message: "template: no template \(GoQuote.quote(name)) associated with template \(GoQuote.quote(setName))")
        }
        let counter = include.activeCalls.counter(for: called, name: name)
        if counter.count > include.maxDepth {
            throw include.depthError(name)
        }
        counter.count += 1
        defer { counter.count -= 1 }

        let memo = include.activeCalls.memo
        var memoKey: IncludeMemo.Key? = nil
        if case .map(let dotMap) = arguments[1], memo.nesting < IncludeMemo.maxNesting {
            let key = IncludeMemo.Key(set: ObjectIdentifier(set), tree: ObjectIdentifier(called), dot: ObjectIdentifier(dotMap))
            if let output = memo.output(for: key) { return output }
            memoKey = key
        }
        let effectsAtStart = memo.effectCount
        let nestingAtStart = memo.nesting
        let savedDeepest = memo.deepestNesting
        memo.nesting += 1
        memo.deepestNesting = memo.nesting
        defer {
            memo.nesting -= 1
            memo.deepestNesting = max(savedDeepest, memo.deepestNesting)
        }

        var text = ""
        swap(&output, &text)
        let savedBase = variableBase
        let savedTree = tree
        let savedSite = site
        let savedDepth = depth
        let dot = RuntimeValue.concrete(arguments[1])
        variableBase = variables.count
        push("$", dot)
        tree = called
        site = .none
        depth = 0
        defer {
            swap(&output, &text)
            pop(to: variableBase)
            variableBase = savedBase
            tree = savedTree
            site = savedSite
            depth = savedDepth
        }
        _ = try walkList(dot, called.root)

        if let memoKey, memo.effectCount == effectsAtStart, memo.deepestNesting - nestingAtStart < IncludeMemo.maxNesting,
           case .map(let dotMap) = arguments[1] {
            memo.store(output, for: memoKey, keptAlive: [set, called, dotMap])
        }
        return output
    }
}
