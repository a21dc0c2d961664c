import HelmKitValues

/// Evaluation of pipelines, commands, fields and constants.
extension Executor {
    /// Evaluates `pipe` and declares or assigns its variables; a missing pipeline is invalid.
    mutating func evalPipeline(_ dot: RuntimeValue, _ pipe: PipeNode?) throws -> RuntimeValue {
        guard let pipe else { return .invalid }
        at(.pipe(pipe))
        if StackGuard.isExhausted(limit: deepStackLimit) {
            throw failure("exceeded maximum template depth (\(Executor.maxExecDepth))")
        }
        var value: RuntimeValue? = nil
        for command in pipe.commands {
            let result = try evalCommand(dot, command, final: value)
            value = result.unboxed
        }
        let result = value ?? .invalid
        for variable in pipe.declarations {
            if pipe.isAssign {
                try setVariable(variable.names[0], result)
            } else {
                push(variable.names[0], result)
            }
        }
        return result
    }

    private mutating func notAFunction(_ arguments: [ArgumentNode], final: RuntimeValue?) throws {
        if arguments.count > 1 || final != nil {
            throw failure("can't give argument to non-function \(arguments[0].text)")
        }
    }

    private mutating func evalCommand(_ dot: RuntimeValue, _ command: CommandNode, final: RuntimeValue?) throws -> RuntimeValue {
        let first = command.arguments[0]
        switch first {
        case .field(let field):
            return try evalFieldNode(dot, field, site: first, arguments: command.arguments, final: final)
        case .chain(let chain):
            return try evalChainNode(dot, chain, site: first, arguments: command.arguments, final: final)
        case .identifier(let identifier):
            return try evalFunction(dot, identifier, site: first, callSite: .command(command),
                                    arguments: command.arguments, final: final)
        case .pipe(let pipe):
            try notAFunction(command.arguments, final: final)
            return try evalPipeline(dot, pipe)
        case .variable(let variable):
            return try evalVariableNode(dot, variable, site: first, arguments: command.arguments, final: final)
        default:
            break
        }
        at(.argument(first))
        try notAFunction(command.arguments, final: final)
        switch first {
        case .bool(_, let value):
            return .concrete(.bool(value))
        case .dot:
            return dot
        case .nilValue:
            throw failure("nil is not a command")
        case .number(let number):
            return try idealConstant(number, site: first)
        case .string(let string):
            return .concrete(.string(string.value))
        default:
            throw failure("can't evaluate command \(GoQuote.quote(first.text))")
        }
    }

    /// Gives a numeric literal the type its syntax implies: int, or float64 for a decimal point
    /// or exponent.
    @inline(never)
    mutating func idealConstant(_ number: NumberNode, site: ArgumentNode) throws -> RuntimeValue {
        at(.argument(site))
        if number.isComplex {
            return .concrete(.object(ComplexConstant(real: number.complexValue.real, imaginary: number.complexValue.imaginary)))
        }
        let text = number.text
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains(where: { $0 == "p" || $0 == "P" })
        let isRune = text.hasPrefix("'")
        if number.isFloat && !isHexInt && !isRune && text.contains(where: { ".eEpP".contains($0) }) {
            return .concrete(.float(number.floatValue))
        }
        if number.isInt {
            return .concrete(.int(number.intValue))
        }
        if number.isUint {
            throw failure("\(text) overflows int")
        }
        return .invalid
    }

    @inline(never)
    mutating func evalFieldNode(_ dot: RuntimeValue, _ field: FieldNode, site: ArgumentNode,
                       arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        at(.argument(site))
        return try evalFieldChain(dot, receiver: dot, site: site, names: field.names[...], arguments: arguments, final: final)
    }

    @inline(never)
    mutating func evalChainNode(_ dot: RuntimeValue, _ chain: ChainNode, site: ArgumentNode,
                       arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        at(.argument(site))
        if case .nilValue = chain.base {
            throw failure("indirection through explicit nil in \(site.text)")
        }
        let receiver = try evalArgument(dot, chain.base)
        return try evalFieldChain(dot, receiver: receiver, site: site, names: chain.fields[...], arguments: arguments, final: final)
    }

    @inline(never)
    mutating func evalVariableNode(_ dot: RuntimeValue, _ variable: VariableNode, site: ArgumentNode,
                          arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        at(.argument(site))
        let value = try variableValue(variable.names[0])
        if variable.names.count == 1 {
            if let arguments { try notAFunction(arguments, final: final) }
            return value
        }
        return try evalFieldChain(dot, receiver: value, site: site, names: variable.names.dropFirst(), arguments: arguments, final: final)
    }

    private mutating func evalFieldChain(_ dot: RuntimeValue, receiver: RuntimeValue, site: ArgumentNode, names: ArraySlice<String>,
                                arguments: [ArgumentNode]?, final: RuntimeValue?) throws -> RuntimeValue {
        var current = receiver
        for name in names.dropLast() {
            current = try evalField(dot, name, site: site, arguments: nil, final: nil, receiver: current)
        }
        guard let last = names.last else { return current }
        return try evalField(dot, last, site: site, arguments: arguments, final: final, receiver: current)
    }

    /// Evaluates `.name` on `receiver`: a map key, an object's method or field.
    @inline(never)
    private mutating func evalField(_ dot: RuntimeValue, _ name: String, site: ArgumentNode, arguments: [ArgumentNode]?,
                           final: RuntimeValue?, receiver: RuntimeValue) throws -> RuntimeValue {
        if receiver.isInvalid {
            if missingKeyIsError {
                throw failure("nil data; no entry for key \(GoQuote.quote(name))")
            }
            return .invalid
        }
        if receiver.value.isNull {
            throw failure("nil pointer evaluating interface {}.\(name)")
        }
        let hasArguments = (arguments?.count ?? 0) > 1 || final != nil
        switch receiver.value {
        case .object(let object):
            if object.hasMethod(name) {
                return try evalMethod(dot, object, name, site: site, arguments: arguments, final: final)
            }
            if let field = object.field(name) {
                if hasArguments {
                    throw failure("\(name) has arguments but cannot be invoked as function")
                }
                return .concrete(field)
            }
            if case .map(let map)? = object.collectionValue {
                return try evalObjectMapKey(name, map, zero: object.zeroElement, hasArguments: hasArguments)
            }
        case .map(let map):
            if hasArguments {
                throw failure("\(name) is not a method but has arguments")
            }
            if let value = map[name] {
                return .boxed(value)
            }
            if missingKeyIsError {
                throw failure("map has no entry for key \(GoQuote.quote(name))")
            }
            return .boxed(.null)
        default:
            break
        }
        throw failure("can't evaluate field \(name) in type \(receiver.staticTypeName)")
    }

    /// Evaluates `.name` on an object whose Go type is a map type, such as `.Files`: Go reads the
    /// key, and a missing key gives `zero`, the zero value of the element type, rather than
    /// `<no value>`.
    private mutating func evalObjectMapKey(_ name: String, _ map: ValueMap, zero: Value, hasArguments: Bool) throws -> RuntimeValue {
        if hasArguments {
            throw failure("\(name) is not a method but has arguments")
        }
        // Elements of `interface {}` type, whose zero is nil, are boxed.
        let isBoxed = zero.isNull
        if let value = map[name] {
            return RuntimeValue(value: value, isBoxed: isBoxed)
        }
        if missingKeyIsError {
            throw failure("map has no entry for key \(GoQuote.quote(name))")
        }
        return RuntimeValue(value: zero, isBoxed: isBoxed)
    }

    /// Evaluates an argument for a parameter of type `interface {}` (or `reflect.Value`).
    mutating func evalArgument(_ dot: RuntimeValue, _ argument: ArgumentNode) throws -> RuntimeValue {
        at(.argument(argument))
        switch argument {
        case .dot:
            return dot
        case .nilValue:
            return .invalid
        case .field(let field):
            return try evalFieldNode(dot, field, site: argument, arguments: [argument], final: nil)
        case .variable(let variable):
            return try evalVariableNode(dot, variable, site: argument, arguments: nil, final: nil)
        case .pipe(let pipe):
            return try evalPipeline(dot, pipe)
        case .identifier(let identifier):
            return try evalFunction(dot, identifier, site: argument, callSite: .argument(argument), arguments: nil, final: nil)
        case .chain(let chain):
            return try evalChainNode(dot, chain, site: argument, arguments: nil, final: nil)
        case .bool(_, let value):
            return .concrete(.bool(value))
        case .number(let number):
            return try idealConstant(number, site: argument)
        case .string(let string):
            return .concrete(.string(string.value))
        }
    }
}
