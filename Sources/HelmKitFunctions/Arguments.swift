import HelmKitTemplate
import HelmKitValues

/// The evaluated arguments of one call, with accessors that check each parameter as Go's
/// reflection does before a template function runs.
///
/// Read the parameters in declaration order so the first mismatch is the one reported, as Go does.
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
            throw Self.mismatch(expected: "string", actual: values[index])
        }
        return text
    }

    /// Returns the argument for a Go `int` parameter, which only a Go `int` fits.
    func int(_ index: Int) throws -> Int {
        try Self.goInt(values[index])
    }

    /// Returns the argument for a Go `bool` parameter.
    func bool(_ index: Int) throws -> Bool {
        guard case .bool(let flag) = values[index] else {
            throw Self.mismatch(expected: "bool", actual: values[index])
        }
        return flag
    }

    /// Returns the argument for a Go `map[string]interface{}` parameter, with nil as a nil map.
    func map(_ index: Int) throws -> ValueMap? {
        try Self.goMap(values[index])
    }

    /// Returns the argument for a Go `[]interface{}` parameter, with nil as a nil slice.
    func list(_ index: Int) throws -> [Value]? {
        switch values[index] {
        case .list(let items): return items
        case .null: return nil
        default: throw Self.mismatch(expected: "[]interface {}", actual: values[index])
        }
    }

    /// Returns the argument for a Go `float64` parameter.
    func float(_ index: Int) throws -> Double {
        guard case .float(let number) = values[index] else {
            throw Self.mismatch(expected: "float64", actual: values[index])
        }
        return number
    }

    static func goInt(_ value: Value) throws -> Int {
        guard case .int(let number) = value else {
            throw mismatch(expected: "int", actual: value)
        }
        return Int(number)
    }

    static func goMap(_ value: Value) throws -> ValueMap? {
        switch value {
        case .map(let map): return map
        // NOTE: Go accepts nil here only when it came through a pipe or a variable; a nil
        // field passed directly is rejected as `interface {}`. Both arrive as .null.
        case .null: return nil
        default: throw mismatch(expected: "map[string]interface {}", actual: value)
        }
    }

    static func goString(_ value: Value) throws -> String {
        guard case .string(let text) = value else {
            throw mismatch(expected: "string", actual: value)
        }
        return text
    }

    /// Returns Go's error for an argument whose type does not fit the parameter.
    static func mismatch(expected: String, actual: Value) -> FunctionCallError {
        // A nil map value reaches the function as the zero `interface {}`.
        let actualType = actual.isNull ? "interface {}" : actual.goTypeName
        return .wrongArgumentType(expected: expected, actual: actualType)
    }
}
