import Foundation
import HelmKitFunctions
import HelmKitTemplate
import HelmKitValues
import Testing

/// One call of a library function and the text Helm v4.2.3 produced for it: the result as
/// `printf "%v"` prints it, or `error: ` and the message of the error the call raised.
struct FunctionCase: Sendable, CustomTestStringConvertible {
    let label: String
    let function: String
    let arguments: [Value]
    let expected: String

    init(_ label: String, _ function: String, _ arguments: [Value], _ expected: String) {
        self.label = label
        self.function = function
        self.arguments = arguments
        self.expected = expected
    }

    var testDescription: String { label }
}

enum FunctionHarness {
    /// 2024-01-02T03:04:05.123456789Z, the clock every date test reads.
    static let fixedNow = Date(timeIntervalSince1970: 1_704_164_645.123_456_789)

    static func library() -> [String: TemplateFunction] {
        FunctionLibrary.standard(now: { fixedNow }, randomBelow: { _ in 0 })
    }

    /// Calls a library function to build an argument, such as a time from `toDate`.
    static func value(_ function: String, _ arguments: [Value]) -> Value {
        (try? library()[function]?(arguments)) ?? .null
    }

    /// Calls the function of `row` and returns its result or error in the form of `expected`.
    static func evaluate(_ row: FunctionCase) -> String {
        guard let function = library()[row.function] else {
            return "error: function \"\(row.function)\" not defined"
        }
        do {
            return try function(row.arguments).goPrinted
        } catch let error as FunctionCallError {
            return "error: " + message(of: error, function: row.function)
        } catch let error as FunctionArgumentTypeError {
            return "error: wrong type for value; expected \(error.expected); got \(error.actual)"
        } catch {
            return "error: \(error)"
        }
    }

    /// Words a function error as Go's text/template does, without its location prefix.
    static func message(of error: FunctionCallError, function: String) -> String {
        switch error {
        case .failed(let message):
            return message
                .replacingOccurrences(of: FunctionLibrary.helmErrorStart, with: "")
                .replacingOccurrences(of: FunctionLibrary.helmErrorEnd, with: "")
        case .wrongArgumentType(let expected, let actual):
            return "wrong type for value; expected \(expected); got \(actual)"
        case .wrongArgumentCount(let want, let actual, let variadic):
            return "wrong number of args for \(function): want \(variadic ? "at least " : "")\(want) got \(actual)"
        }
    }
}

@Test func harnessReportsUnknownFunction() {
    let row = FunctionCase("unknown", "noSuchFunction", [], "")
    #expect(FunctionHarness.evaluate(row) == "error: function \"noSuchFunction\" not defined")
}

@Test func libraryLeavesOutEnvironmentAndEngineFunctions() {
    let library = FunctionHarness.library()
    for name in ["env", "expandenv", "include", "tpl", "printf", "len", "index"] {
        #expect(library[name] == nil, "\(name) must not be in the library")
    }
}

/// Arguments of Go's typed and nil slice and map types, each made by the library function
/// that returns that type in Helm.
extension FunctionHarness {
    /// `splitList "," text`: a `[]string`.
    static func strings(_ text: String) -> Value {
        value("splitList", [.string(","), .string(text)])
    }

    /// `regexFindAll "x" "y" -1`: a nil `[]string`.
    static let nilStrings = value("regexFindAll", [.string("x"), .string("y"), .int(-1)])

    /// `until count`: a `[]int`.
    static func ints(_ count: Int64) -> Value {
        value("until", [.int(count)])
    }

    /// `split "," text`: a `map[string]string`.
    static func stringMap(_ text: String) -> Value {
        value("split", [.string(","), .string(text)])
    }

    /// `rest (list)`: a nil `[]interface{}`.
    static let nilList = value("rest", [.list([])])

    /// `fromJson "null"`: a nil `map[string]interface{}`.
    static let nilMap = value("fromJson", [.string("null")])
}
