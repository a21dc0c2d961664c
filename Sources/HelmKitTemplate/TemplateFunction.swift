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
