import HelmKitValues

/// Calls of template functions, Go's builtins and object methods, with Go's error wording.
extension Executor {
    /// A function to call: a registered one or a builtin.
    private enum Callee {
        case registered(TemplateFunction)
        case builtin(Builtin)
    }

    @inline(never)
    mutating func evalFunction(_ dot: RuntimeValue, _ identifier: IdentifierNode, site: ArgumentNode, callSite: Site,
                      arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        at(.argument(site))
        let name = identifier.name
        let callee: Callee
        if let function = functions[name] {
            callee = .registered(function)
        } else if let builtin = Builtin(rawValue: name) {
            callee = .builtin(builtin)
        } else {
            throw failure("\(GoQuote.quote(name)) is not a defined function")
        }
        let argumentNodes = Array((arguments ?? []).dropFirst())

        switch callee {
        case .builtin(let builtin):
            return try callBuiltin(builtin, dot, argumentNodes, final: final, callSite: callSite)
        case .registered(let function):
            if let arity = functionArities[name] {
                try checkArgumentCount(arity, name: name, written: argumentNodes.count, piped: final != nil)
            }
            // TODO: A function without a declared arity reports a wrong count only after its
            // arguments are evaluated, so an argument's own error wins there, unlike in Go.
            let (values, sites) = try evaluateArguments(dot, argumentNodes, final: final)
            do {
                return .concrete(try function(values.map { $0.value }))
            } catch {
                throw callFailure(error, name: name, values: values, argumentNodes: argumentNodes, argumentSites: sites,
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

    @inline(never)
    mutating func evalMethod(_ dot: RuntimeValue, _ object: any TemplateObject, _ name: String, site: ArgumentNode,
                    arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        let argumentNodes = Array((arguments ?? []).dropFirst())
        if let declaring = object as? any TemplateMethodArity, let arity = declaring.arity(ofMethod: name) {
            try checkArgumentCount(arity, name: name, written: argumentNodes.count, piped: final != nil)
        }
        let (values, sites) = try evaluateArguments(dot, argumentNodes, final: final)
        do {
            return .concrete(try object.call(name, arguments: values.map { $0.value }))
        } catch {
            throw callFailure(error, name: name, values: values, argumentNodes: argumentNodes, argumentSites: sites,
                              countSite: .argument(site), callSite: .argument(site))
        }
    }

    /// Evaluates the arguments, then appends the piped value; also returns the node Go's error
    /// context would name after each one.
    mutating func evaluateArguments(_ dot: RuntimeValue, _ nodes: [ArgumentNode],
                           final: RuntimeValue?) throws -> ([RuntimeValue], [Site]) {
        var values: [RuntimeValue] = []
        var sites: [Site] = []
        values.reserveCapacity(nodes.count + 1)
        for node in nodes {
            values.append(try evalArgument(dot, node))
            sites.append(site)
        }
        if let final {
            values.append(final)
            sites.append(site)
        }
        return (values, sites)
    }

    /// Words a function's error as Go's `evalCall` and `validateType` do.
    @inline(never)
    private mutating func callFailure(_ error: any Error, name: String, values: [RuntimeValue], argumentNodes: [ArgumentNode],
                             argumentSites: [Site], countSite: Site, callSite: Site) -> TemplateError {
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
