import Foundation
import Testing
import HelmKitValues
@testable import HelmKitTemplate

/// Renders one template file the way `helm template` prints it, with a few simple functions
/// registered here so these tests do not depend on the Sprig library.
enum TemplateHarness {
    /// The values.yaml the execution, error and parse tables render against.
    static let sampleValues = """
s: hello
num: 3
f: 1.5
big: 1000000
b: true
z: 0
e: ""
l: [a, b, c]
el: []
m: {k2: v2, k1: v1, k3: {x: 1}}
em: {}
nul: null
nested: {a: {b: {c: deep}}}
"""

    static let fileName = "t/templates/x.yaml"

    static func makeSet() -> TemplateSet {
        let set = TemplateSet(functions: baseFunctions)
        set.functions["include"] = { [unowned set] (arguments: [Value]) throws -> Value in
            guard arguments.count == 2 else {
                throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
            }
            guard case .string(let name) = arguments[0] else {
                throw FunctionArgumentTypeError(index: 0, expected: "string", actual: arguments[0].goTypeName)
            }
            return .string(try set.execute(name: name, data: arguments[1]))
        }
        return set
    }

    static var baseFunctions: [String: TemplateFunction] { [
        "include": { (_: [Value]) throws -> Value in .null },
        "upper": { (arguments: [Value]) throws -> Value in
            guard arguments.count == 1 else {
                throw FunctionCallError.wrongArgumentCount(want: 1, actual: arguments.count, variadic: false)
            }
            guard case .string(let text) = arguments[0] else {
                throw FunctionCallError.wrongArgumentType(expected: "string", actual: arguments[0].goTypeName)
            }
            return .string(text.uppercased())
        },
        "list": { (arguments: [Value]) throws -> Value in .list(arguments) },
        "quote": { (arguments: [Value]) throws -> Value in
            let quoted = arguments.filter { !$0.isNull }.map { (value: Value) -> String in
                if case .string(let text) = value { return GoQuote.quote(text) }
                return GoQuote.quote(value.goPrinted)
            }
            return .string(quoted.joined(separator: " "))
        },
        "required": { (arguments: [Value]) throws -> Value in
            guard arguments.count == 2, case .string(let warning) = arguments[0] else {
                throw FunctionCallError.wrongArgumentCount(want: 2, actual: arguments.count, variadic: false)
            }
            switch arguments[1] {
            case .null, .string(""):
                throw FunctionCallError.failed("HELM_ERR_START" + warning + "HELM_ERR_END")
            default:
                return arguments[1]
            }
        },
        "fail": { (arguments: [Value]) throws -> Value in
            guard arguments.count == 1, case .string(let message) = arguments[0] else {
                throw FunctionCallError.wrongArgumentCount(want: 1, actual: arguments.count, variadic: false)
            }
            throw FunctionCallError.failed("HELM_ERR_START" + message + "HELM_ERR_END")
        },
    ] }

    /// Returns what `helm template t CHART` prints for a chart whose only template is `template`
    /// (plus `files` beside it), or `Error: …` as Helm words a failure.
    static func render(_ template: String, values: String = "", files: [String: String] = [:]) -> String {
        let set = makeSet()
        do {
            // Helm parses files of one directory in descending name order.
            var all = files.map { (name: "t/templates/" + $0.key, text: $0.value) }
            all.append((name: fileName, text: template))
            for file in all.sorted(by: { $0.name > $1.name }) {
                try set.parse(name: file.name, text: file.text)
            }
        } catch let error as TemplateError {
            return "Error: " + helmParseError(error)
        } catch {
            return "Error: \(error)"
        }
        do {
            let valueMap = values.isEmpty ? Value.map(ValueMap()) : try YAMLCodec.decodeMap(values)
            let data = Value.dictionary([
                "Values": valueMap,
                "Release": .dictionary(["Name": .string("t"), "Namespace": .string("default")]),
                "Template": .dictionary(["Name": .string(fileName), "BasePath": .string("t/templates")]),
            ])
            let output = try set.execute(name: fileName, data: data)
            let cleaned = output.replacingOccurrences(of: "<no value>", with: "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            // Helm skips a template that renders only whitespace; with no manifest at all it
            // prints an empty line.
            if cleaned.isEmpty { return "\n" }
            return "---\n# Source: \(fileName)\n" + cleaned + "\n"
        } catch let error as TemplateError {
            return "Error: " + helmExecutionError(error)
        } catch {
            return "Error: \(error)"
        }
    }

    /// Helm's `cleanupParseError`: the location and the text after the last `: `.
    static func helmParseError(_ error: TemplateError) -> String {
        let tokens = error.message.components(separatedBy: ": ")
        guard tokens.count > 1, let last = tokens.last else { return error.message }
        return "parse error at (\(tokens[1])): \(last)"
    }

    /// Helm's `reformatExecErrorMsg`, for the error shapes these tests produce.
    static func helmExecutionError(_ error: TemplateError) -> String {
        if let start = error.reason.range(of: "HELM_ERR_START"), let end = error.reason.range(of: "HELM_ERR_END", options: .backwards),
           let fileName = error.fileName, let line = error.line, let column = error.column {
            return "execution error at (\(fileName):\(line):\(column)): " + String(error.reason[start.upperBound..<end.lowerBound])
        }
        var lines: [String] = []
        var current: TemplateError? = error
        while let level = current {
            if level.fileName == nil, level.message.hasPrefix("template: no template ") {
                lines.append(level.message)
                break
            }
            guard let fileName = level.fileName, let line = level.line, let column = level.column,
                  let executing = level.executingTemplate, let context = level.context else {
                return error.message
            }
            var reason = level.reason
            if let cut = reason.range(of: " template:") { reason = String(reason[..<cut.lowerBound]) }
            lines.append("\(fileName):\(line):\(column)\n  executing \"\(executing)\" at <\(context)>:\n    \(reason)")
            current = level.underlying as? TemplateError
            if current == nil, level.underlying != nil { return error.message }
        }
        return lines.joined(separator: "\n")
    }
}

@Test func harnessRendersPlainText() {
    #expect(TemplateHarness.render("a: b") == "---\n# Source: t/templates/x.yaml\na: b\n")
}

/// One template, rendered as `helm template` prints it, and the reference output.
struct TemplateCase: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let expected: String
    let files: [String: String]

    init(_ name: String, _ template: String, _ expected: String, files: [String: String] = [:]) {
        self.name = name
        self.template = template
        self.expected = expected
        self.files = files
    }

    var testDescription: String { name }
}
