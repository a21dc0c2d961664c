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

    public var functions: [String: TemplateFunction]
    /// The declared arity of registered functions by name; a function without one is checked
    /// only by itself, after its arguments are evaluated.
    public var functionArities: [String: FunctionArity] = [:]
    public var missingKey: MissingKey
    /// The name of the set's root template, which Go's "no template … associated with template"
    /// error names (Helm's root template is `gotpl`).
    public var name: String
    /// The parsed templates by name; trees are shared with clones and never changed.
    var templates: [String: TemplateTree] = [:]

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
        let tree = try parseTrees(name: name, text: text)
        var executor = Executor(set: self, tree: tree)
        return try executor.run(data: data)
    }

    /// Parses and associates the trees of `text`; returns the top-level one.
    private func parseTrees(name: String, text: String) throws -> TemplateTree {
        let functionNames = functions
        var parser = Parser(name: name, text: text) { (candidate: String) -> Bool in
            functionNames[candidate] != nil || Builtin.names.contains(candidate)
        }
        try parser.parse()
        var topLevel: TemplateTree? = nil
        for treeName in parser.treeOrder {
            guard let tree = parser.trees[treeName] else { continue }
            if treeName == name { topLevel = tree }
            if templates[treeName] != nil && tree.isEmpty { continue }
            templates[treeName] = tree
        }
        guard let topLevel else {
            throw TemplateError.parse(message: "template: \(name): parsed no template")
        }
        return topLevel
    }

    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// Executes the template `name` with `data` as dot and returns the text it writes.
    public func execute(name: String, data: Value) throws -> String {
        guard let tree = templates[name] else {
            throw TemplateError.execution(
                message: "template: no template \(GoQuote.quote(name)) associated with template \(GoQuote.quote(self.name))")
        }
        var executor = Executor(set: self, tree: tree)
        return try executor.run(data: data)
    }

    /// Returns a copy sharing the parsed trees, so `tpl` can add templates without touching this set.
    public func clone() -> TemplateSet {
        let copy = TemplateSet(functions: functions, missingKey: missingKey, name: name)
        copy.functionArities = functionArities
        copy.templates = templates
        return copy
    }
}
