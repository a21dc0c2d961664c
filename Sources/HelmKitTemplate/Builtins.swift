import HelmKitValues

/// Go's predefined template functions. Registered functions of the same name take precedence.
enum Builtin: String, CaseIterable {
    case and, call, html, index, slice, js, len, not, or, print, printf, println, urlquery
    case eq, ge, gt, le, lt, ne

    static let names: Set<String> = Set(allCases.map { $0.rawValue })

    /// The number of parameters, and whether the last one is variadic.
    var arity: (count: Int, variadic: Bool) {
        switch self {
        case .len, .not: return (1, false)
        case .ne, .lt, .le, .gt, .ge: return (2, false)
        case .and, .or, .call, .index, .slice, .eq, .printf: return (2, true)
        case .html, .js, .urlquery, .print, .println: return (1, true)
        }
    }
}

/// An error a builtin reports, worded as `error calling NAME: MESSAGE`.
struct BuiltinError: Error, CustomStringConvertible {
    let message: String

    var description: String { message }
}

extension Executor {
    @inline(never)
    mutating func callBuiltin(_ builtin: Builtin, _ dot: RuntimeValue, _ nodes: ArraySlice<ArgumentNode>, final: RuntimeValue?,
                     callSite: Site) throws -> RuntimeValue {
        let name = builtin.rawValue
        let count = nodes.count + (final == nil ? 0 : 1)
        let (parameters, variadic) = builtin.arity
        if variadic && count < parameters - 1 {
            throw failure("wrong number of args for \(name): want at least \(parameters - 1) got \(nodes.count)")
        }
        if !variadic && count != parameters {
            throw failure("wrong number of args for \(name): want \(parameters) got \(count)")
        }

        if builtin == .and || builtin == .or {
            var result = RuntimeValue.invalid
            for node in nodes {
                result = try evalArgument(dot, node).unboxed
                if result.isTrue == (builtin == .or) { return result }
            }
            if let final { result = final }
            return result
        }

        if builtin == .printf, let first = nodes.first, first.isConstant {
            at(.argument(first))
            if case .string = first {} else {
                throw failure(Executor.constantMismatch(first, expected: "string"))
            }
        }
        var values: [RuntimeValue] = []
        values.reserveCapacity(nodes.count + 1)
        // The node Go's error context names after the first argument.
        var firstSite = site
        for node in nodes {
            values.append(try evalArgument(dot, node))
            if values.count == 1 { firstSite = site }
        }
        if let final { values.append(final) }
        if builtin == .printf, values[0].value.stringValue == nil {
            // Go checks the format, a string parameter, where it evaluated that argument.
            at(firstSite)
            throw failure(values[0].isInvalid ? "invalid value; expected string"
                          : "wrong type for value; expected string; got \(values[0].argumentTypeName)")
        }
        do {
            return try Builtins.call(builtin, values, argumentNodes: nodes)
        } catch let error as BuiltinError {
            at(callSite)
            throw failure("error calling \(name): \(error.message)", underlying: error)
        }
    }
}

/// The computations behind the builtins, on evaluated arguments.
enum Builtins {
    static func call(_ builtin: Builtin, _ values: [RuntimeValue], argumentNodes: ArraySlice<ArgumentNode>) throws -> RuntimeValue {
        switch builtin {
        case .and, .or:
            return values.last ?? .invalid
        case .not:
            return .concrete(.bool(!values[0].isTrue))
        case .len:
            return .concrete(.int(Int64(try length(values[0]))))
        case .index:
            return try index(values[0], values.dropFirst())
        case .slice:
            return try slice(values[0], values.dropFirst())
        case .print:
            return .concrete(.string(sprint(values.map { $0.value })))
        case .println:
            return .concrete(.string(values.map { $0.value.goPrinted }.joined(separator: " ") + "\n"))
        case .printf:
            guard let format = values[0].value.stringValue else {
                throw BuiltinError(message: "wrong type for value; expected string; got \(values[0].argumentTypeName)")
            }
            return .concrete(.string(GoFormat.sprintf(format, values.dropFirst().map { $0.value })))
        case .html:
            return .concrete(.string(Escaping.html(escapedArgumentsText(values))))
        case .js:
            return .concrete(.string(Escaping.javaScript(escapedArgumentsText(values))))
        case .urlquery:
            return .concrete(.string(Escaping.urlQuery(escapedArgumentsText(values))))
        case .call:
            let function = values[0]
            if function.value.isNull {
                throw BuiltinError(message: "call of nil")
            }
            let calleeName = argumentNodes.first?.text ?? function.value.goPrinted
            throw BuiltinError(message: "non-function \(calleeName) of type \(function.value.goTypeName)")
        case .eq:
            return .concrete(.bool(try Comparison.equal(values[0], values.dropFirst())))
        case .ne:
            return .concrete(.bool(!(try Comparison.equal(values[0], values[1...]))))
        case .lt:
            return .concrete(.bool(try Comparison.less(values[0], values[1])))
        case .le:
            return .concrete(.bool(try Comparison.lessOrEqual(values[0], values[1])))
        case .gt:
            return .concrete(.bool(!(try Comparison.lessOrEqual(values[0], values[1]))))
        case .ge:
            return .concrete(.bool(!(try Comparison.less(values[0], values[1]))))
        }
    }

    /// Formats like `fmt.Sprint`: a space goes between operands when neither is a string.
    static func sprint(_ values: [Value]) -> String {
        var output = ""
        for (position, value) in values.enumerated() {
            if position > 0, values[position - 1].stringValue == nil, value.stringValue == nil {
                output += " "
            }
            output += value.goPrinted
        }
        return output
    }

    /// Joins the arguments of html, js and urlquery as Go's `evalArgs` does: a missing value
    /// prints as `<no value>`.
    static func escapedArgumentsText(_ values: [RuntimeValue]) -> String {
        if values.count == 1, let text = values[0].value.stringValue { return text }
        let printable: [Value] = values.map { $0.value.isNull ? .string("<no value>") : $0.value }
        return sprint(printable)
    }

    static func length(_ item: RuntimeValue) throws -> Int {
        if item.isInvalid {
            throw BuiltinError(message: "reflect: call of reflect.Value.Type on zero Value")
        }
        switch item.value.asCollection {
        case .null: throw BuiltinError(message: "len of nil pointer")
        case .list(let items): return items.count
        case .map(let map): return map.count
        case .string(let text): return GoByteString.byteCount(text)
        case .bytes(let bytes): return bytes.count
        default: throw BuiltinError(message: "len of type \(item.value.goTypeName)")
        }
    }

    /// Converts an index argument as Go's `indexArg` does, checking it against `capacity`.
    static func indexArgument(_ index: RuntimeValue, capacity: Int) throws -> Int {
        let number: Int64
        switch index.value {
        case .int(let value), .int64(let value): number = value
        case .null: throw BuiltinError(message: "cannot index slice/array with nil")
        default: throw BuiltinError(message: "cannot index slice/array with type \(index.value.goTypeName)")
        }
        if number < 0 || number > Int64(capacity) {
            throw BuiltinError(message: "index out of range: \(number)")
        }
        return Int(number)
    }

    static func index(_ item: RuntimeValue, _ indexes: ArraySlice<RuntimeValue>) throws -> RuntimeValue {
        if item.value.isNull {
            throw BuiltinError(message: "index of untyped nil")
        }
        var current = item.value
        var boxed = false
        for index in indexes {
            if current.isNull { throw BuiltinError(message: "index of nil pointer") }
            let isBoxed = current.hasInterfaceElements
            switch current.asCollection {
            case .list(let items):
                let position = try indexArgument(index, capacity: items.count)
                guard position < items.count else { throw BuiltinError(message: "reflect: slice index out of range") }
                current = items[position]
                boxed = isBoxed
            case .bytes(let bytes):
                let position = try indexArgument(index, capacity: bytes.count)
                guard position < bytes.count else { throw BuiltinError(message: "reflect: slice index out of range") }
                current = .int(Int64(bytes[position]))
                boxed = false
            case .string(let text):
                let utf8 = GoByteString.bytes(text)
                let position = try indexArgument(index, capacity: utf8.count)
                guard position < utf8.count else { throw BuiltinError(message: "reflect: string index out of range") }
                current = .int(Int64(utf8[position]))
                boxed = false
            case .map(let map):
                guard let key = index.value.stringValue else {
                    if index.value.isNull {
                        throw BuiltinError(message: "value is nil; should be of type string")
                    }
                    throw BuiltinError(message: "value has type \(index.value.goTypeName); should be string")
                }
                // A missing key gives the zero value of the element type: a nil interface for
                // `map[string]interface{}`, "" for a `map[string]string`.
                let zero: Value
                if case .object(let object) = current { zero = object.zeroElement } else { zero = .null }
                current = map[key] ?? zero
                boxed = isBoxed
            default:
                throw BuiltinError(message: "can't index item of type \(current.goTypeName)")
            }
        }
        return RuntimeValue(value: current, isBoxed: boxed)
    }

    static func slice(_ item: RuntimeValue, _ indexes: ArraySlice<RuntimeValue>) throws -> RuntimeValue {
        if item.value.isNull {
            throw BuiltinError(message: "slice of untyped nil")
        }
        if indexes.count > 3 {
            throw BuiltinError(message: "too many slice indexes: \(indexes.count)")
        }
        let length: Int
        switch item.value {
        case .string(let text):
            if indexes.count == 3 { throw BuiltinError(message: "cannot 3-index slice a string") }
            length = GoByteString.byteCount(text)
        case .list(let items): length = items.count
        case .bytes(let bytes): length = bytes.count
        default: throw BuiltinError(message: "can't slice item of type \(item.value.goTypeName)")
        }
        var bounds = [0, length, 0]
        for (position, index) in indexes.enumerated() {
            bounds[position] = try indexArgument(index, capacity: length)
        }
        if bounds[0] > bounds[1] {
            throw BuiltinError(message: "invalid slice index: \(bounds[0]) > \(bounds[1])")
        }
        if indexes.count == 3 && bounds[1] > bounds[2] {
            throw BuiltinError(message: "invalid slice index: \(bounds[1]) > \(bounds[2])")
        }
        switch item.value {
        case .string(let text):
            return .concrete(.string(GoByteString.string(GoByteString.bytes(text)[bounds[0]..<bounds[1]])))
        case .list(let items):
            return .concrete(.list(Array(items[bounds[0]..<bounds[1]])))
        case .bytes(let bytes):
            return .concrete(.bytes(Array(bytes[bounds[0]..<bounds[1]])))
        default:
            return item
        }
    }
}
