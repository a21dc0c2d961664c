import HelmKitValues

/// A function that templates call by name: Go's `template.FuncMap` entry.
///
/// Arguments arrive evaluated; a missing map key arrives as `.null`, as Go passes a nil interface.
public typealias TemplateFunction = (_ arguments: [Value]) throws -> Value

/// The errors a function raises for the executor to word as Go's text/template does.
///
/// Any other error a function throws is reported as `error calling NAME: DESCRIPTION`.
public enum FunctionCallError: Error, Sendable {
    /// Reported as `error calling NAME: MESSAGE`.
    case failed(String)
    /// An argument Go could not convert to the parameter type:
    /// `wrong type for value; expected EXPECTED; got ACTUAL`.
    case wrongArgumentType(expected: String, actual: String)
    /// `wrong number of args for NAME: want WANT got ACTUAL`; a variadic function reports
    /// `want at least WANT`.
    case wrongArgumentCount(want: Int, actual: Int, variadic: Bool)
}

extension FunctionCallError: CustomStringConvertible {
    /// The text Go's error value would return, which Helm reads from the wrapped error chain.
    public var description: String {
        switch self {
        case .failed(let message):
            return message
        case .wrongArgumentType(let expected, let actual):
            return "wrong type for value; expected \(expected); got \(actual)"
        case .wrongArgumentCount(let want, let actual, let variadic):
            return "wrong number of args: want \(variadic ? "at least " : "")\(want) got \(actual)"
        }
    }
}

/// An argument Go could not convert to the parameter type, naming which argument (counting the
/// piped value last), so the error names that argument's node as Go does. Reported as
/// `wrong type for value; expected EXPECTED; got ACTUAL`.
public struct FunctionArgumentTypeError: Error, CustomStringConvertible, Sendable {
    public let index: Int
    public let expected: String
    public let actual: String

    public init(index: Int, expected: String, actual: String) {
        self.index = index
        self.expected = expected
        self.actual = actual
    }

    public var description: String { "wrong type for value; expected \(expected); got \(actual)" }
}

/// How many arguments a registered function takes, counting a piped value: the parameter list
/// of the Go function it implements.
///
/// Go checks the count before it evaluates any argument, so a declared arity lets a wrong count
/// win over an argument's own error, as in `{{ upper (fail "x") "y" }}`.
public enum FunctionArity: Sendable, Equatable {
    /// A fixed parameter list of this many parameters.
    case exactly(Int)
    /// A variadic function with this many parameters before the variadic one.
    case atLeast(Int)
}
