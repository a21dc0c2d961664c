import HelmKitTemplate
import HelmKitValues

/// The evaluated arguments of one call, with accessors that check each parameter as Go's
/// reflection does before a template function runs.
///
/// Read the parameters in declaration order so the first mismatch is the one reported, as Go does.
/// A mismatch names the argument's index, so the executor can point at that argument's node.
struct Arguments {
    let values: [Value]

    /// Checks that exactly `count` arguments arrived.
    init(_ values: [Value], count: Int) throws {
        guard values.count == count else {
            throw FunctionCallError.wrongArgumentCount(want: count, actual: values.count, variadic: false)
        }
        self.values = values
    }

    /// Checks that at least `minimum` arguments arrived, for a variadic Go function.
    init(_ values: [Value], atLeast minimum: Int) throws {
        guard values.count >= minimum else {
            throw FunctionCallError.wrongArgumentCount(want: minimum, actual: values.count, variadic: true)
        }
        self.values = values
    }

    var count: Int { values.count }

    subscript(index: Int) -> Value { values[index] }

    /// Returns the arguments from `index` on, which a variadic parameter receives.
    func rest(from index: Int) -> ArraySlice<Value> {
        values[min(index, values.count)...]
    }

    /// Returns the argument for a Go `string` parameter.
    func string(_ index: Int) throws -> String {
        guard case .string(let text) = values[index] else {
            throw mismatch(index, expected: "string")
        }
        return text
    }

    /// Returns the argument for a Go `int` parameter, which only a Go `int` fits.
    func int(_ index: Int) throws -> Int {
        guard case .int(let number) = values[index] else {
            throw mismatch(index, expected: "int")
        }
        return Int(number)
    }

    /// Returns the argument for a Go `bool` parameter.
    func bool(_ index: Int) throws -> Bool {
        guard case .bool(let flag) = values[index] else {
            throw mismatch(index, expected: "bool")
        }
        return flag
    }

    /// Returns the argument for a Go `map[string]interface{}` parameter, with nil for nil and for
    /// a nil `map[string]interface{}`.
    func map(_ index: Int) throws -> ValueMap? {
        switch values[index] {
        case .map(let map): return map
        case .object(let map as TypedMap) where map.elementType == .interface: return nil
        // NOTE: Go accepts nil here only when it came through a pipe or a variable; a nil
        // field passed directly is rejected as `interface {}`. Both arrive as .null.
        case .null: return nil
        default: throw mismatch(index, expected: "map[string]interface {}")
        }
    }

    /// Returns the argument for a Go `[]interface{}` parameter, with nil for nil and for a nil
    /// `[]interface{}`.
    func list(_ index: Int) throws -> [Value]? {
        switch values[index] {
        case .list(let items): return items
        case .null: return nil
        case .object(let slice as TypedSlice) where slice.elementType == .interface: return nil
        default: throw mismatch(index, expected: "[]interface {}")
        }
    }

    /// Returns the argument for a Go `float64` parameter.
    func float(_ index: Int) throws -> Double {
        guard case .float(let number) = values[index] else {
            throw mismatch(index, expected: "float64")
        }
        return number
    }

    /// Returns the arguments from `index` on for a variadic `...map[string]interface{}`.
    func maps(from index: Int) throws -> [ValueMap?] {
        try (min(index, count)..<count).map { try map($0) }
    }

    /// Returns the arguments from `index` on for a variadic `...string`.
    func strings(from index: Int) throws -> [String] {
        try (min(index, count)..<count).map { try string($0) }
    }

    /// Returns the arguments from `index` on for a variadic `...int`.
    func ints(from index: Int) throws -> [Int] {
        try (min(index, count)..<count).map { try int($0) }
    }

    /// Returns Go's error for the argument at `index`, whose type does not fit the parameter.
    func mismatch(_ index: Int, expected: String) -> FunctionArgumentTypeError {
        Self.mismatch(index, expected: expected, actual: values[index])
    }

    static func mismatch(_ index: Int, expected: String, actual: Value) -> FunctionArgumentTypeError {
        // A nil map value reaches the function as the zero `interface {}`.
        let actualType = actual.isNull ? "interface {}" : actual.goTypeName
        return FunctionArgumentTypeError(index: index, expected: expected, actual: actualType)
    }
}
