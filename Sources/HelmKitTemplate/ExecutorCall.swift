import HelmKitValues

/// Calls of template functions, Go's builtins and object methods, with Go's error wording.
extension Executor {
    @inline(never)
    mutating func evalFunction(_ dot: RuntimeValue, _ identifier: IdentifierNode, site: ArgumentNode, callSite: Site,
                      arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        at(.argument(site))
        try checkCancellation()
        let name = identifier.name
        guard let callee = callees[name] else {
            throw failure("\(GoQuote.quote(name)) is not a defined function")
        }
        let argumentNodes = (arguments ?? []).dropFirst()

        switch callee {
        case .builtin(let builtin):
            do {
                let result = try callBuiltin(builtin, dot, argumentNodes, final: final, callSite: callSite)
                try checkSelfReference()
                return result
            } catch where selfReferences?.isTriggered == true {
                // The builtin's own error would print the self-containing map, so this one wins.
                at(callSite)
                throw failure("error calling \(name): " + Self.selfReferenceMessage,
                              underlying: FunctionCallError.failed(Self.selfReferenceMessage))
            }
        case .registered(let function, let arity, let isSideEffectFree):
            if let arity {
                try checkArgumentCount(arity, name: name, written: argumentNodes.count, piped: final != nil)
            }
            // TODO: A function without a declared arity reports a wrong count only after its
            // arguments are evaluated, so an argument's own error wins there, unlike in Go.
            let mark = argumentRecords.count
            defer { popArgumentRecords(to: mark) }
            let values = try evaluateArguments(dot, argumentNodes, final: final)
            if !isSideEffectFree {
                try sharedDataGuard?.willCall(function: name, arguments: values)
                if let includeMemo {
                    if includeMemo.changesOnlyNewMaps(name, values) {
                        includeMemo.noteUnseenSideEffect()
                    } else {
                        includeMemo.noteSideEffect()
                    }
                }
            }
            do {
                let result = try function(values)
                try checkSelfReference()
                if case .map(let made) = result, Self.mapMakingFunctions.contains(name) { includeMemo?.stampNewMap(made) }
                return .concrete(result)
            } catch where selfReferences?.isTriggered == true {
                at(callSite)
                throw failure("error calling \(name): " + Self.selfReferenceMessage,
                              underlying: FunctionCallError.failed(Self.selfReferenceMessage))
            } catch {
                throw callFailure(error, name: name, values: values, recordsFrom: mark, argumentNodes: argumentNodes,
                                  countSite: .argument(site), callSite: callSite)
            }
        case .include(let arity, let include):
            if let arity {
                try checkArgumentCount(arity, name: name, written: argumentNodes.count, piped: final != nil)
            }
            let mark = argumentRecords.count
            defer { popArgumentRecords(to: mark) }
            let values = try evaluateArguments(dot, argumentNodes, final: final)
            do {
                return .concrete(.string(try runInclude(include, values)))
            } catch {
                throw callFailure(error, name: name, values: values, recordsFrom: mark, argumentNodes: argumentNodes,
                                  countSite: .argument(site), callSite: callSite)
            }
        }
    }

    /// Checks the argument count before any argument is evaluated, as Go's `evalCall` does.
    ///
    /// Go names the node it last visited: the function's identifier or a method's field, but
    /// for a method at the end of a chain such as `(.Files.Glob "*").AsConfig 1`, the last node
    /// evaluated inside the parentheses.
    private func checkArgumentCount(_ arity: FunctionArity, name: String, written: Int, piped: Bool) throws {
        let received = written + (piped ? 1 : 0)
        switch arity {
        case .exactly(let count) where received != count:
            throw failure("wrong number of args for \(name): want \(count) got \(received)")
        case .atLeast(let count) where received < count:
            // Go counts only the written arguments in this message, not the piped value.
            throw failure("wrong number of args for \(name): want at least \(count) got \(written)")
        default:
            return
        }
    }

    /// The functions whose map result is always a map made by the call, which no other data
    /// refers to yet. Nested maps are not counted: `pick` and `omit` keep them.
    static let mapMakingFunctions: Set<String> = [
        "dict", "deepCopy", "mustDeepCopy", "fromJson", "mustFromJson", "fromYaml", "fromToml", "pick", "omit",
    ]

    /// Methods of HelmKit's objects that only read: those of `.Files`, `.Capabilities`, `semver`
    /// versions and times. Go's versions and times are values, so `IncMajor` or `Add` return a
    /// new one.
    static let sideEffectFreeMethods: Set<String> = [
        "Get", "GetBytes", "Glob", "Lines", "AsConfig", "AsSecrets", "Has", "String",
        "Major", "Minor", "Patch", "Prerelease", "Metadata", "IncMajor", "IncMinor", "IncPatch",
        "Add", "AddDate", "Format", "IsZero", "Local", "UTC", "Unix", "UnixMilli", "UnixNano",
        "Year", "YearDay", "Month", "Weekday", "Day", "Hour", "Minute", "Second", "Nanosecond",
    ]

    @inline(never)
    mutating func evalMethod(_ dot: RuntimeValue, _ object: any TemplateObject, _ name: String, site: ArgumentNode,
                    arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        let argumentNodes = (arguments ?? []).dropFirst()
        if !Self.sideEffectFreeMethods.contains(name) {
            try sharedDataGuard?.willCallMethod()
            includeMemo?.noteSideEffect()
        }
        // A protocol check such as `as? SomeProtocol` would cost a scan of every conformance
        // in the binary the first time each object type meets it.
        if let count = object.parameterCount(ofMethod: name) {
            try checkArgumentCount(.exactly(count), name: name, written: argumentNodes.count, piped: final != nil)
        }
        let mark = argumentRecords.count
        defer { popArgumentRecords(to: mark) }
        let values = try evaluateArguments(dot, argumentNodes, final: final)
        do {
            return .concrete(try object.call(name, arguments: values))
        } catch {
            throw callFailure(error, name: name, values: values, recordsFrom: mark, argumentNodes: argumentNodes,
                              countSite: .argument(site), callSite: .argument(site))
        }
    }

    /// Evaluates the arguments, then appends the piped value. For each one it pushes onto
    /// `argumentRecords` the node Go's error context would name after it and whether it is
    /// boxed; the caller pops them.
    mutating func evaluateArguments(_ dot: RuntimeValue, _ nodes: ArraySlice<ArgumentNode>,
                                    final: RuntimeValue?) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(nodes.count + 1)
        for node in nodes {
            let value = try evalArgument(dot, node)
            values.append(value.value)
            argumentRecords.append((site, value.isBoxed))
        }
        if let final {
            values.append(final.value)
            argumentRecords.append((site, final.isBoxed))
        }
        return values
    }

    mutating func popArgumentRecords(to mark: Int) {
        argumentRecords.removeLast(argumentRecords.count - mark)
    }

    /// Returns the arguments that `evaluateArguments` recorded from `mark` on, with their boxes.
    func recordedArguments(_ values: [Value], from mark: Int) -> (values: [RuntimeValue], sites: [Site]) {
        let records = argumentRecords[mark...]
        let runtimeValues = zip(values, records).map { RuntimeValue(value: $0.0, isBoxed: $0.1.isBoxed) }
        return (runtimeValues, records.map(\.site))
    }

    /// Words a function's error as Go's `evalCall` and `validateType` do.
    @inline(never)
    private mutating func callFailure(_ error: any Error, name: String, values evaluated: [Value], recordsFrom mark: Int,
                                      argumentNodes: ArraySlice<ArgumentNode>, countSite: Site, callSite: Site) -> TemplateError {
        let (values, argumentSites) = recordedArguments(evaluated, from: mark)
        let argumentNodes = Array(argumentNodes)
        switch error {
        case FunctionCallError.failed(let message):
            at(callSite)
            return failure("error calling \(name): \(message)", underlying: error)
        case FunctionCallError.wrongArgumentCount(let want, _, let variadic):
            at(countSite)
            if variadic {
                // Go counts only the written arguments here, not the piped value.
                return failure("wrong number of args for \(name): want at least \(want) got \(argumentNodes.count)")
            }
            // Go counts the piped value here, as the function received it.
            return failure("wrong number of args for \(name): want \(want) got \(values.count)")
        case FunctionCallError.wrongArgumentType(let expected, let actual):
            let index = guessArgumentIndex(values, actual: actual)
            return argumentTypeFailure(index: index, expected: expected, values: values,
                                       argumentNodes: argumentNodes, argumentSites: argumentSites)
        case let typeError as FunctionArgumentTypeError:
            return argumentTypeFailure(index: typeError.index, expected: typeError.expected, values: values,
                                       argumentNodes: argumentNodes, argumentSites: argumentSites)
        case let nested as TemplateError:
            at(callSite)
            return failure("error calling \(name): \(nested.message)", underlying: nested)
        default:
            at(callSite)
            return failure("error calling \(name): \(error)", underlying: error)
        }
    }

    /// Picks the argument a function without an index complained about: the first whose Go
    /// type is `actual`, else the last.
    private func guessArgumentIndex(_ values: [RuntimeValue], actual: String) -> Int {
        for (index, value) in values.enumerated() {
            if value.value.goTypeName == actual || (value.value.isNull && (actual == "<nil>" || actual == "interface {}")) {
                return index
            }
        }
        return max(values.count - 1, 0)
    }

    @inline(never)
    private mutating func argumentTypeFailure(index requestedIndex: Int, expected: String, values: [RuntimeValue],
                                     argumentNodes: [ArgumentNode], argumentSites: [Site]) -> TemplateError {
        let index = max(requestedIndex, 0)
        if index < argumentSites.count { at(argumentSites[index]) }
        if index < argumentNodes.count, argumentNodes[index].isConstant {
            return failure(Executor.constantMismatch(argumentNodes[index], expected: expected))
        }
        guard index < values.count else {
            return failure("wrong type for value; expected \(expected); got <nil>")
        }
        let value = values[index]
        if value.isInvalid {
            return failure("invalid value; expected \(expected)")
        }
        return failure("wrong type for value; expected \(expected); got \(value.argumentTypeName)")
    }

    /// Words Go's error for a literal that cannot become a parameter of type `expected`.
    @inline(never)
    static func constantMismatch(_ node: ArgumentNode, expected: String) -> String {
        if case .nilValue = node {
            return "cannot assign nil to \(expected)"
        }
        switch expected {
        case "string": return "expected string; found \(node.text)"
        case "bool": return "expected bool; found \(node.text)"
        case "int", "int8", "int16", "int32", "int64": return "expected integer; found \(node.text)"
        case "uint", "uint8", "uint16", "uint32", "uint64", "uintptr": return "expected unsigned integer; found \(node.text)"
        case "float32", "float64": return "expected float; found \(node.text)"
        default: return "can't handle \(node.text) for arg of type \(expected)"
        }
    }
}
