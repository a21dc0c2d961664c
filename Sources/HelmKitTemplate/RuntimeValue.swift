import HelmKitValues

/// A value during execution, with the one piece of Go's static typing that changes results:
/// whether its static type in Go is `interface {}`.
///
/// Map values and list elements are boxed; a pipeline's result is unboxed. A boxed nil is Go's
/// nil interface (a missing map key under `missingkey=zero`), while an unboxed nil is Go's
/// invalid value, which prints as `<no value>`.
struct RuntimeValue {
    var value: Value
    var isBoxed: Bool

    static let invalid = RuntimeValue(value: .null, isBoxed: false)

    static func concrete(_ value: Value) -> RuntimeValue {
        RuntimeValue(value: value, isBoxed: false)
    }

    static func boxed(_ value: Value) -> RuntimeValue {
        RuntimeValue(value: value, isBoxed: true)
    }

    var isInvalid: Bool { !isBoxed && value.isNull }

    /// The value with its interface box removed, as a pipeline leaves it.
    var unboxed: RuntimeValue { RuntimeValue(value: value, isBoxed: false) }

    /// Go's name for the static type, as field errors print it.
    var staticTypeName: String { isBoxed ? "interface {}" : value.goTypeName }

    /// The type Go's `validateType` names when an argument does not fit: the boxed value's own
    /// type, or `interface {}` for a nil interface.
    var argumentTypeName: String { value.isNull ? "interface {}" : value.goTypeName }

    /// Go's truth for `if`, `with`, `and`, `or` and `not`.
    var isTrue: Bool {
        if case .object(let object) = value, let complex = object as? ComplexConstant {
            return complex.real != 0 || complex.imaginary != 0
        }
        return value.isTruthy
    }
}

extension Value {
    /// Whether the elements of this list or map have Go's static type `interface {}`, so that
    /// they are boxed. Elements of a `[]string` or `map[string]string` are not, and Go's field
    /// errors name their own type.
    var hasInterfaceElements: Bool {
        if case .object(let object) = self { return object.zeroElement.isNull }
        return true
    }
}
