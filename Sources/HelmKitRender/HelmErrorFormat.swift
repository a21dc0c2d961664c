import Foundation
import HelmKitTemplate

/// Helm's rewording of text/template errors, from the pieces of Go's error text that Helm's
/// engine splits apart (`cleanupParseError` and `reformatExecErrorMsg` in Helm v4.2.3).
enum HelmErrorFormat {
    /// `required` and `fail` wrap their message in these markers so Helm can find it again in
    /// the chain of wrapped errors.
    static let userMessageStart = "HELM_ERR_START"
    static let userMessageEnd = "HELM_ERR_END"

    static func wrapUserMessage(_ message: String) -> String {
        userMessageStart + message + userMessageEnd
    }

    /// Rewords a parse error as `parse error at (FILE:LINE): MESSAGE`, where MESSAGE is the text
    /// after the last `: ` of Go's error.
    static func parseError(fileName: String, error: TemplateError) -> String {
        let tokens = error.message.components(separatedBy: ": ")
        guard tokens.count > 1, let last = tokens.last else {
            return "parse error in (\(fileName)): \(error.message)"
        }
        return "parse error at (\(tokens[1])): \(last)"
    }

    /// Rewords an execution error: a `required`/`fail` message as `execution error at (LOCATION):
    /// MESSAGE`; a chain of template errors as indented lines; anything else unchanged.
    static func executionError(fileName: String, error: TemplateError) -> String {
        let message = error.message
        let tokens = splitFirst(message, separator: ": ", limit: 3)
        guard tokens.count == 3 else {
            return "execution error in (\(fileName)): \(message)"
        }
        if let userMessage = extractUserMessage(tokens[2]) {
            return "execution error at (\(tokens[1])): \(userMessage)"
        }

        var entries: [TraceEntry] = []
        for text in unwrapChain(error) {
            guard let entry = TraceEntry(parsing: text) else { return message }
            if entries.last != entry { entries.append(entry) }
        }
        return entries.map(\.text).joined().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Returns the text between the first start marker and the last end marker, as Helm's regex
    /// extracts it.
    static func extractUserMessage(_ text: String) -> String? {
        guard let start = text.range(of: userMessageStart),
              let end = text.range(of: userMessageEnd, options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// The texts of Go's error chain under `errors.Unwrap`: an ExecError, the error it wraps
    /// (same text), then whatever a failing function returned.
    static func unwrapChain(_ error: TemplateError) -> [String] {
        var texts = [error.message]
        if error.kind == .execution { texts.append(error.message) }
        guard let underlying = error.underlying else { return texts }
        if let nested = underlying as? TemplateError {
            texts.append(contentsOf: unwrapChain(nested))
        } else {
            texts.append(String(describing: underlying))
        }
        return texts
    }

    static func splitFirst(_ text: String, separator: String, limit: Int) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while parts.count < limit - 1, let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

/// One level of Helm's `TraceableError`: where, in which template, and what.
struct TraceEntry: Equatable {
    var location = ""
    var message = ""
    var executedFunction = ""

    /// Parses Go's `template: …` error texts the way Helm's engine does; nil for other texts.
    init?(parsing text: String) {
        let prefix = "template: "
        guard text.hasPrefix(prefix) else { return nil }
        let remainder = String(text.dropFirst(prefix.count))

        if remainder.hasPrefix("no template ") {
            message = text
            return
        }
        if let parsed = Self.parseExecuting(remainder) {
            self = parsed
            return
        }
        guard let separator = remainder.range(of: ": ", options: .backwards) else { return nil }
        location = String(remainder[..<separator.lowerBound])
        message = Self.cutChained(String(remainder[separator.upperBound...]))
    }

    private init() {}

    /// Parses `NAME: executing "FUNCTION" at <CONTEXT>: MESSAGE`.
    private static func parseExecuting(_ remainder: String) -> TraceEntry? {
        guard let executing = remainder.range(of: ": executing ") else { return nil }
        let after = remainder[executing.upperBound...]
        guard after.first == "\"" else { return nil }
        let afterQuote = after.dropFirst()
        guard let endQuote = afterQuote.firstIndex(of: "\"") else { return nil }
        let functionName = afterQuote[..<endQuote]
        let afterFunction = afterQuote[afterQuote.index(after: endQuote)...]
        guard afterFunction.hasPrefix(" at <") else { return nil }
        let afterAt = afterFunction.dropFirst(" at <".count)
        guard let close = afterAt.range(of: ">: ") else { return nil }

        var entry = TraceEntry()
        entry.location = String(remainder[..<executing.lowerBound])
        entry.message = cutChained(String(afterAt[close.upperBound...]))
        entry.executedFunction = "executing \"\(functionName)\" at <\(afterAt[..<close.lowerBound])>:"
        return entry
    }

    /// Drops a chained ` template:` error that follows the message.
    private static func cutChained(_ message: String) -> String {
        guard let cut = message.range(of: " template:") else { return message }
        return String(message[..<cut.lowerBound])
    }

    var text: String {
        var output = ""
        if !location.isEmpty { output += location + "\n  " }
        if !executedFunction.isEmpty { output += executedFunction + "\n    " }
        if !message.isEmpty { output += message + "\n" }
        return output
    }
}
