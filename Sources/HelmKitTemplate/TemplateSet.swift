import HelmKitValues

/// A set of named templates sharing one namespace, like Go's `*template.Template` with its
/// associated templates: `define` in any parsed text adds to the set, and `template`/`include`
/// look names up in it.
public final class TemplateSet {
    /// What executing does for a missing map key: Helm uses `zero`, which prints `<no value>`.
    public enum MissingKey: Sendable {
        case zero
        case error
    }

    public var functions: [String: TemplateFunction]
    public var missingKey: MissingKey

    public init(functions: [String: TemplateFunction], missingKey: MissingKey = .zero) {
        self.functions = functions
        self.missingKey = missingKey
    }

    /// Parses `text` as the template `name`, adding it and every `define` in it to the set.
    public func parse(name: String, text: String) throws {
        // TODO: the template language lands here.
        throw TemplateError.parse(message: "template: \(name): not implemented")
    }

    public func contains(_ name: String) -> Bool { false }

    /// Executes the template `name` with `data` as dot and returns the text it writes.
    public func execute(name: String, data: Value) throws -> String {
        throw TemplateError.execution(message: "template: no template \"\(name)\" associated with template")
    }

    /// Returns a copy sharing the parsed trees, so `tpl` can add templates without touching this set.
    public func clone() -> TemplateSet {
        let copy = TemplateSet(functions: functions, missingKey: missingKey)
        return copy
    }
}

/// A parse or execution error, whose description is Go's text/template text.
public enum TemplateError: Error, CustomStringConvertible, Sendable {
    case parse(message: String)
    case execution(message: String)

    public var description: String {
        switch self {
        case .parse(let message), .execution(let message):
            return message
        }
    }
}
