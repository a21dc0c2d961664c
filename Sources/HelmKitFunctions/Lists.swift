import HelmKitTemplate
import HelmKitValues

/// Sprig's list functions. Each has a `must` form that returns the same error where the plain
/// form panics; a template reports both the same way.
extension FunctionLibrary {
    static func listFunctions() -> [String: TemplateFunction] {
        let list: TemplateFunction = { arguments in .list(arguments) }

        var table: [String: TemplateFunction] = ["list": list, "tuple": list]
        for (name, function) in checkedListFunctions() {
            table[name] = function
            table["must" + name.prefix(1).uppercased() + name.dropFirst()] = function
        }
        table["push"] = table["append"]
        table["mustPush"] = table["append"]
        table["concat"] = concat
        return table
    }

    /// Returns the elements of the list argument, raising Sprig's error for a value that is not a
    /// slice and Go's nil dereference for nil.
    static func listElements(_ value: Value, action: String) throws -> [Value] {
        if let elements = GoConversions.sliceElements(value) { return elements }
        throw notAList(value, message: "Cannot \(action) on type")
    }

    static func notAList(_ value: Value, message: String, suffix: String = "") -> FunctionCallError {
        if value.isNull {
            return .failed("runtime error: invalid memory address or nil pointer dereference")
        }
        return .failed("\(message) \(value.goKind)\(suffix)")
    }

    static func concat(_ arguments: [Value]) throws -> Value {
        var result: [Value] = []
        for argument in arguments {
            guard let elements = GoConversions.sliceElements(argument) else {
                throw notAList(argument, message: "Cannot concat type", suffix: " as list")
            }
            result += elements
        }
        // Sprig appends to a nil slice, which stays nil when no list has elements.
        return result.isEmpty ? .nilList : .list(result)
    }

    static func checkedListFunctions() -> [String: TemplateFunction] {
        func unary(_ action: String, _ body: @escaping ([Value]) -> Value) -> TemplateFunction {
            { arguments in
                let value = try Arguments(arguments, count: 1)[0]
                return body(try listElements(value, action: action))
            }
        }
        func withItem(_ action: String, _ body: @escaping ([Value], Value) -> Value) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                return body(try listElements(checked[0], action: action), checked[1])
            }
        }

        return [
            "first": unary("find first") { $0.first ?? .null },
            "last": unary("find last") { $0.last ?? .null },
            // Sprig returns a nil slice for an empty list.
            "rest": unary("find rest") { $0.isEmpty ? .nilList : .list(Array($0.dropFirst())) },
            "initial": unary("find initial") { $0.isEmpty ? .nilList : .list(Array($0.dropLast())) },
            "reverse": unary("find reverse") { .list($0.reversed()) },
            "uniq": unary("find uniq") { .list(uniqueElements($0)) },
            "compact": unary("compact") { .list($0.filter { !GoConversions.isEmpty($0) }) },
            "append": withItem("push") { .list($0 + [$1]) },
            "prepend": withItem("prepend") { .list([$1] + $0) },
            "without": without,
            "has": has,
            "slice": slice,
            "chunk": chunk,
        ]
    }

    static func uniqueElements(_ elements: [Value]) -> [Value] {
        var unique: [Value] = []
        for element in elements where !unique.contains(where: { GoConversions.deepEqual($0, element) }) {
            unique.append(element)
        }
        return unique
    }

    static func without(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, atLeast: 1)
        let elements = try listElements(checked[0], action: "find without")
        let omitted = checked.rest(from: 1)
        return .list(elements.filter { element in !omitted.contains { GoConversions.deepEqual($0, element) } })
    }

    static func has(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, count: 2)
        let needle = checked[0]
        if checked[1].isNull { return .bool(false) }
        let elements = try listElements(checked[1], action: "find has")
        return .bool(elements.contains { GoConversions.deepEqual(needle, $0) })
    }

    /// Slices as Sprig's `slice`: indices convert as `cast.ToInt`, and an empty list gives nil.
    /// The result keeps the argument's type, and a typed slice shares its backing array.
    static func slice(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, atLeast: 1)
        guard let elements = GoConversions.sliceElements(checked[0]) else {
            throw notAList(checked[0], message: "list should be type of slice or array but")
        }
        guard !elements.isEmpty else { return .null }
        let start = checked.count > 1 ? Int(GoConversions.toInt64(checked[1])) : 0
        let end = checked.count > 2 ? Int(GoConversions.toInt64(checked[2])) : elements.count
        guard start >= 0, start <= end, end <= elements.count else {
            throw FunctionCallError.failed("reflect.Value.Slice: slice index out of bounds")
        }
        switch checked[0] {
        case .bytes(let bytes):
            return .bytes(Array(bytes[start..<end]))
        case .object(let slice as TypedSlice):
            return .object(slice.slice(start..<end))
        default:
            // NOTE: other slice-typed objects, such as `.Capabilities.APIVersions`, come back as
            // `[]interface{}`, where Go keeps their named type.
            return .list(Array(elements[start..<end]))
        }
    }

    /// Splits as Sprig's `chunk` into a `[][]interface{}`, including its float arithmetic for the
    /// chunk count, so sizes of zero or below fail or return nothing where Go does.
    static func chunk(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, count: 2)
        let size = try checked.int(0)
        guard let elements = GoConversions.sliceElements(checked[1]) else {
            throw notAList(checked[1], message: "Cannot chunk type")
        }
        let lengthError = FunctionCallError.failed("runtime error: makeslice: len out of range")

        let quotient = (Double(elements.count - 1) / Double(size)).rounded(.down)
        let chunkCount = GoConversions.truncatingInt64(quotient) &+ 1
        guard chunkCount >= 0 else { throw lengthError }

        var chunks: [Value] = []
        for chunkIndex in 0..<Int(chunkCount) {
            var chunkLength = size
            if chunkIndex == Int(chunkCount) - 1 {
                let remainder = Int(GoConversions.truncatingInt64(Double(elements.count).truncatingRemainder(dividingBy: Double(size))))
                chunkLength = remainder == 0 ? size : remainder
            }
            guard chunkLength >= 0 else { throw lengthError }
            let start = chunkIndex * size
            guard start >= 0, start + chunkLength <= elements.count else {
                throw FunctionCallError.failed("reflect: slice index out of range")
            }
            chunks.append(.list(Array(elements[start..<(start + chunkLength)])))
        }
        return .slice(of: .interfaceSlice, chunks)
    }
}
