/// A parse or execution error, whose description is Go's text/template text.
///
/// Besides Go's full text in `message`, an execution error carries the pieces Go formats it
/// from, so callers such as Helm's error reformatting need not split the text apart again.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        case parse
        case execution
    }

    public let kind: Kind
    /// Go's complete error text, as `err.Error()` returns it.
    public let message: String
    /// The name of the file (parse name) the failing node is in.
    public let fileName: String?
    public let line: Int?
    /// Go's column: the byte offset of the node within its line.
    public let column: Int?
    /// The template being executed when the error happened (Go's `executing "NAME"`).
    public let executingTemplate: String?
    /// The canonical text of the failing node, as Go prints it between `<` and `>`.
    public let context: String?
    /// The text after the location prefix, for example `error calling required: MSG`.
    public let reason: String
    /// The error a called function raised, which Go wraps with `%w` (a nested `TemplateError`
    /// when the function was `include` or `tpl`).
    public let underlying: (any Error)?

    public init(kind: Kind, message: String, fileName: String? = nil, line: Int? = nil,
                column: Int? = nil, executingTemplate: String? = nil, context: String? = nil,
                reason: String? = nil, underlying: (any Error)? = nil) {
        self.kind = kind
        self.message = message
        self.fileName = fileName
        self.line = line
        self.column = column
        self.executingTemplate = executingTemplate
        self.context = context
        self.reason = reason ?? message
        self.underlying = underlying
    }

    /// Creates a parse error from Go's complete text.
    public static func parse(message: String) -> TemplateError {
        TemplateError(kind: .parse, message: message)
    }

    /// Creates an execution error from Go's complete text.
    public static func execution(message: String) -> TemplateError {
        TemplateError(kind: .execution, message: message)
    }

    public var description: String { message }
}
