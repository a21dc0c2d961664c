import HelmKitChart
import HelmKitFunctions
import HelmKitTemplate
import HelmKitValues

/// Renders every template of a chart tree, as Helm's `engine.Render`: all files are parsed into
/// one template set, then each file that is not a partial is executed with its chart's scope.
public final class Engine {
    /// Helm's limit on how deeply one named template may include itself.
    static let maxIncludeDepth = 1000

    /// HelmKit's limit on nested `tpl` calls. Helm has none, and a `tpl` text that renders
    /// itself recurses until Go's stack overflows and the process dies.
    static let maxTplDepth = 1000

    private var tplDepth = 0
    /// The sets being executed, innermost last. `include` and `tpl` act on the innermost one,
    /// which is a `tpl` copy while that copy's text runs. So a copy can share the parent's
    /// function table instead of copying it to rebind these two functions.
    private var activeSets: [TemplateSet] = []
    /// The set `prepareFunctions` built, taken by the next `startParsing` or `render`.
    private var preparedSet: TemplateSet?
    /// The set and parsing that `startParsing` began, taken by the next `render`.
    private var startedParsing: (set: TemplateSet, parsing: TemplateParsing)?
    /// Parses of `tpl` texts, shared by every `tpl` call of a render.
    private var tplParses = TplParseCache()
    /// For tests: the second thread executes every file it can before the render goes
    /// through them, so that its results are used or dropped whatever the timing.
    var runsAheadFirst = false
    /// How many files of the last render came from the second thread.
    private(set) var filesExecutedAhead = 0
    private let enableDNS: Bool
    private let randomSource: RandomSource

    public init(enableDNS: Bool = false, randomSource: RandomSource = .system) {
        self.enableDNS = enableDNS
        self.randomSource = randomSource
    }

    /// Starts parsing every template of `chart` and its subcharts on a second thread, to be
    /// used by the next `render`. Templates that `render` finds changed or new are parsed then.
    public func startParsing(chart: Chart) {
        let set = preparedSet ?? makeTemplateSet()
        preparedSet = nil
        startedParsing = (set, TemplateParsing(TemplateCatalog.templateTexts(of: chart), for: set))
    }

    /// Builds the function table and template set that the next `startParsing` or `render`
    /// uses, so that a caller can do it while the chart is still loading.
    public func prepareFunctions() {
        if preparedSet == nil { preparedSet = makeTemplateSet() }
    }

    /// True when `startParsing` has run and no render has taken its parses yet.
    public var hasStartedParsing: Bool { startedParsing != nil }

    /// Returns a set with Sprig's and Helm's functions, ready to parse into.
    private func makeTemplateSet() -> TemplateSet {
        let set = TemplateSet(functions: FunctionLibrary.standard(now: randomSource.now, randomBelow: randomSource.randomBelow,
                                                                 seedsKeys: randomSource.isSeeded))
        set.functionArities = FunctionLibrary.arities
        installEngineFunctions(into: set)
        // A `tpl` text's own calls count for themselves, and `required` and `fail` only fail.
        set.sideEffectFreeFunctions = FunctionLibrary.sideEffectFreeNames.union(["include", "tpl", "required", "fail"])
        return set
    }

    /// Returns the rendered text by template name; partials are not in the result.
    /// `onRendered` receives each file's final text as soon as it is rendered.
    public func render(chart: Chart, topValues: ValueMap,
                       onRendered: ((_ name: String, _ text: String) -> Void)? = nil) throws -> [String: String] {
        let templates = TemplateCatalog.collect(chart: chart, topValues: topValues)
        let order = TemplateCatalog.executionOrder(templates.keys)

        let set = startedParsing?.set ?? preparedSet ?? makeTemplateSet()
        preparedSet = nil
        let requested = order.compactMap { name in templates[name].map { (name, $0.text) } }
        let parsing = startedParsing?.parsing ?? TemplateParsing(requested, for: set)
        startedParsing = nil
        activeSets = [set]
        defer { activeSets = [] }
        ExitKeepAlive.keep(set)
        ExitKeepAlive.keep(templates)

        for (name, result) in parsing.results(for: requested) {
            do {
                try set.add(try result.get())
            } catch let error as TemplateError {
                throw RenderError(message: HelmErrorFormat.parseError(fileName: name, error: error))
            }
        }

        tplParses = TplParseCache()
        ExitKeepAlive.keep(tplParses)
        tplParses.startPrefetch(of: topValues) { text in try set.parseDetached(name: "gotpl", text: text) }
        defer { tplParses.finishPrefetch() }

        let files = order.compactMap { name -> (name: String, template: Renderable)? in
            guard let template = templates[name], !baseName(name).hasPrefix("_") else { return nil }
            return (name, template)
        }
        let ahead = startAheadExecution(files: files, set: set)
        defer {
            ahead?.stop()
            set.sharedDataGuard = nil
        }

        if runsAheadFirst { ahead?.waitUntilIdle() }

        var rendered: [String: String] = [:]
        filesExecutedAhead = 0
        for (index, (name, template)) in files.enumerated() {
            template.scope["Template"] = .map(Self.templateInfo(name: name, template: template))
            set.noteDataChanged()
            do {
                let output: String
                if let executedAhead = ahead?.takeResult(at: index) {
                    filesExecutedAhead += 1
                    output = try executedAhead.get()
                } else {
                    output = try execute(name, in: set, data: .map(template.scope))
                }
                rendered[name] = output
                onRendered?(name, output)
            } catch let error as TemplateError {
                throw RenderError(message: HelmErrorFormat.executionError(fileName: name, error: error))
            }
        }
        return rendered
    }

    /// `.Template` while the file `name` executes.
    private static func templateInfo(name: String, template: Renderable) -> ValueMap {
        let info = ValueMap([
            "Name": .string(name),
            "BasePath": .string(template.basePath),
        ])
        info.goTypeName = "common.Values"
        return info
    }

    /// Executes the template `name` of `set` as a file, without Go's `<no value>` markers.
    func execute(_ name: String, in set: TemplateSet, data: Value) throws -> String {
        Self.removingNoValue(try set.execute(name: name, data: data))
    }

    /// Starts executing `files` from the last one on a second thread, with a clone of `set`
    /// and an engine of its own, and makes the render's set stop that thread before it changes
    /// data both read.
    private func startAheadExecution(files: [(name: String, template: Renderable)], set: TemplateSet) -> AheadExecution? {
        let aheadEngine = Engine(enableDNS: enableDNS, randomSource: randomSource)
        aheadEngine.tplParses = tplParses
        let aheadSet = set.clone()
        aheadEngine.installEngineFunctions(into: aheadSet, cachesIncludeCountersInTrees: false)
        aheadEngine.activeSets = [aheadSet]
        let scopes = AheadScopes.make(files: files, templateInfo: Self.templateInfo(name:template:))
        let aheadFiles = zip(files, scopes).map { file, scope in AheadExecution.File(name: file.name, scope: scope) }
        guard let ahead = AheadExecution.start(files: aheadFiles, set: aheadSet, engine: aheadEngine) else { return nil }
        ExitKeepAlive.keep(aheadEngine)
        set.sharedDataGuard = SharedDataGuard(role: .inOrder(beforeChange: { ahead.stop() }))
        return ahead
    }

    /// Helm removes Go's `<no value>` marker, printed for missing keys, from every output.
    /// It matches bytes, as Go's `strings.ReplaceAll` does. The scan runs on every rendered file
    /// and `tpl` result, so it reads the UTF-8 buffer directly. The generic `firstRange(of:)` took
    /// about a fifth of the Airbyte chart's render time in a `perf` profile.
    static func removingNoValue(_ text: String) -> String {
        var text = text
        let stripped: String? = text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> String? in
            guard var match = firstNoValue(in: bytes, from: 0) else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var start = 0
            while true {
                kept.append(contentsOf: bytes[start..<match])
                start = match + noValueMarker.count
                guard let next = firstNoValue(in: bytes, from: start) else { break }
                match = next
            }
            kept.append(contentsOf: bytes[start...])
            return String(decoding: kept, as: UTF8.self)
        }
        return stripped ?? text
    }

    private static let noValueMarker: [UInt8] = Array("<no value>".utf8)

    /// Returns the offset of the first `<no value>` in `bytes` at or after `start`.
    private static func firstNoValue(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let marker = noValueMarker
        let opening = marker[0]
        var position = start
        while position + marker.count <= bytes.count {
            if bytes[position] == opening {
                var offset = 1
                while offset < marker.count, bytes[position + offset] == marker[offset] { offset += 1 }
                if offset == marker.count { return position }
            }
            position += 1
        }
        return nil
    }

    // MARK: Functions that need the engine

    /// Adds `include`, `tpl`, `required` and `fail`, as Helm's `initFunMap`. The first two act
    /// on the innermost set being executed.
    func installEngineFunctions(into set: TemplateSet, cachesIncludeCountersInTrees: Bool = true) {
        set.functions["include"] = includeFunction()
        set.include = IncludeFunction(name: "include", maxDepth: Self.maxIncludeDepth,
                                      cachesCountersInTrees: cachesIncludeCountersInTrees) { name in
            PlainError("rendering template has a nested reference name: \(name): unable to execute template")
        }
        set.functions["tpl"] = tplFunction()
        set.functions["required"] = Self.required
        set.functions["fail"] = Self.fail
        // Go checks these counts before evaluating any argument.
        set.functionArities["include"] = .exactly(2)
        set.functionArities["tpl"] = .exactly(2)
        set.functionArities["required"] = .exactly(2)
        set.functionArities["fail"] = .exactly(1)
        if enableDNS {
            let randomBelow = randomSource.randomBelow
            set.functions["getHostByName"] = { (arguments: [Value]) throws -> Value in
                guard arguments.count == 1, case .string(let name) = arguments[0] else {
                    throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments.first?.goTypeName ?? "<nil>")
                }
                let addresses = HostLookup.addresses(of: name)
                // Sprig picks with rand.Intn, which panics when the lookup found nothing.
                guard !addresses.isEmpty else { throw FunctionCallError.failed("invalid argument to Intn") }
                return .string(addresses[randomBelow(addresses.count)])
            }
        }
    }

    private func includeFunction() -> TemplateFunction {
        return { [unowned self] (arguments: [Value]) throws -> Value in
            guard arguments.count == 2 else {
                throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
            }
            guard case .string(let name) = arguments[0] else {
                throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
            }
            return .string(try self.include(name: name, data: arguments[1]))
        }
    }

    private func include(name: String, data: Value) throws -> String {
        guard let set = activeSets.last else {
            throw PlainError("include is only available while a chart renders")
        }
        return try set.executeIncluded(name: name, data: data)
    }

    private func tplFunction() -> TemplateFunction {
        return { [unowned self] (arguments: [Value]) throws -> Value in
            guard arguments.count == 2 else {
                throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
            }
            guard case .string(let text) = arguments[0] else {
                throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
            }
            guard let parent = self.activeSets.last else {
                throw PlainError("tpl is only available while a chart renders")
            }
            return .string(try self.tpl(text: text, data: arguments[1], parent: parent))
        }
    }

    /// Parses `text` into a copy of the set under Helm's root name `gotpl`, so its `define`s
    /// stay local, and executes it with `data`.
    private func tpl(text: String, data: Value, parent: TemplateSet) throws -> String {
        if tplDepth >= Self.maxTplDepth {
            throw PlainError("tpl calls nested more than \(Self.maxTplDepth) levels deep")
        }
        tplDepth += 1
        defer { tplDepth -= 1 }
        let copy = parent.clone()
        activeSets.append(copy)
        defer { activeSets.removeLast() }
        // Go executes the tree it has just parsed, even an empty one, so parsing and executing
        // go together. Looking `gotpl` up by name could run an enclosing tpl's text.
        do {
            let parsed = try tplParses.parsed(text) { try copy.parseDetached(name: "gotpl", text: text) }
            return Self.removingNoValue(try copy.executeParsed(parsed, data: data))
        } catch let error as TemplateError where error.kind == .parse {
            throw PlainError("cannot parse template \(goQuoted(text)): \(error)")
        } catch {
            throw PlainError("error during tpl function execution for \(goQuoted(text)): \(error)")
        }
    }

    /// Helm's `required`: nil or an empty string fails with the given message.
    static func required(_ arguments: [Value]) throws -> Value {
        guard arguments.count == 2 else {
            throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
        }
        guard case .string(let message) = arguments[0] else {
            throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
        }
        switch arguments[1] {
        case .null, .string(""):
            throw PlainError(HelmErrorFormat.wrapUserMessage(message))
        default:
            return arguments[1]
        }
    }

    /// Helm's `fail`: always fails with the given message.
    static func fail(_ arguments: [Value]) throws -> Value {
        guard arguments.count == 1 else {
            throw FunctionCallError.wrongArgumentCount(want: 1, actual: arguments.count, variadic: false)
        }
        guard case .string(let message) = arguments[0] else {
            throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
        }
        throw PlainError(HelmErrorFormat.wrapUserMessage(message))
    }
}

/// Go's `strconv.Quote`, for error texts.
func goQuoted(_ text: String) -> String {
    GoQuoting.quote(text)
}

/// An error whose text is all there is, like a Go `errors.New` value.
struct PlainError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A rendering failure, worded as `helm template` prints it after `Error: `.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public var description: String { message }
}
