import Foundation
import Testing
import HelmKitValues

/// Nesting limits: go-yaml v2.4's scanner rejects more than 10000 open flow collections or
/// block indentation levels, and encoding/json rejects the JSON form nested deeper than 10000.
/// Expected texts come from Helm v4.2.3's `{{ .Files.Get "case" | fromYaml | toJson }}`.
@Suite struct YAMLNestingTests {
    private static let yamlDepthError = "error converting YAML to JSON: yaml: exceeded max depth of 10000"

    private static func yamlDepthError(line: Int) -> String {
        "error converting YAML to JSON: yaml: line \(line): exceeded max depth of 10000"
    }

    private static func jsonDepthError(_ opener: Character) -> String {
        "error unmarshaling JSON: while decoding JSON: invalid character '\(opener)' exceeded max depth"
    }

    private static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }

    /// Returns the error message of `fromYaml`, or nil when the text decodes.
    private func decodeError(_ text: String) -> String? {
        // The decoded value stays on the large stack, because freeing it also recurses.
        let result = onLargeStack { () -> String? in
            do {
                _ = try YAMLCodec.decodeMap(text)
                return nil
            } catch {
                return "\(error)"
            }
        }
        return (try? result.get()) ?? nil
    }

    /// Returns what `fromYaml` piped to `toJson` or `toYaml` prints, decoded on a large stack.
    private func printed(_ text: String) throws -> (json: String, yaml: String) {
        let printed = try onLargeStack { try fromYAMLPrinted(text) }.get()
        return (printed.json, printed.yaml)
    }

    @Test func flowPastLimitOnFirstLine() {
        let text = "k: " + Self.repeated("[", 10001) + Self.repeated("]", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError)
    }

    @Test func flowPastLimitOnThirdLine() {
        let text = "a: 1\nb: 2\nk: " + Self.repeated("[", 10001) + Self.repeated("]", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError(line: 3))
    }

    @Test func flowOpenerPerLine() {
        let text = "k: " + Self.repeated("[\n", 10001) + Self.repeated("]", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError(line: 10001))
    }

    @Test func flowMapsPastLimit() {
        let text = "k: " + Self.repeated("{a: ", 10001) + "1" + Self.repeated("}", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError)
    }

    @Test func hundredThousandOpenersFail() {
        #expect(decodeError(Self.repeated("[", 100_000) + "\n") == Self.yamlDepthError)
    }

    @Test func blockPastLimit() {
        let text = "k:\n" + Self.repeated("- ", 10001) + "x\n"
        #expect(decodeError(text) == Self.yamlDepthError(line: 2))
    }

    @Test func blockAtLimitFailsAsJSON() {
        // The indentless sequence under `k:` opens no indentation level, so YAML accepts this.
        let text = "k:\n" + Self.repeated("- ", 10000) + "x\n"
        #expect(decodeError(text) == Self.jsonDepthError("["))
    }

    @Test func flowMapsAtLimitFailAsJSON() {
        let text = "k: " + Self.repeated("{a: ", 10000) + "1" + Self.repeated("}", 10000) + "\n"
        #expect(decodeError(text) == Self.jsonDepthError("{"))
    }

    @Test func blockThenFlowFailsAsJSON() {
        let text = "k:\n" + Self.repeated("- ", 9999) + Self.repeated("[", 5000) + Self.repeated("]", 5000) + "\n"
        #expect(decodeError(text) == Self.jsonDepthError("["))
    }

    @Test func blockThenFlowPastLimit() {
        let text = "k:\n" + Self.repeated("- ", 9999) + Self.repeated("[", 10001) + Self.repeated("]", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError(line: 2))
    }

    @Test func blockBelowLimitDecodes() throws {
        let text = "k:\n" + Self.repeated("- ", 9999) + "x\n"
        let printed = try printed(text)
        #expect(printed.json == "{\"k\":" + Self.repeated("[", 9999) + "\"x\"" + Self.repeated("]", 9999) + "}")
        #expect(printed.yaml == "k:\n" + Self.repeated("- ", 9999) + "x")
    }

    @Test func flowBelowLimitDecodes() throws {
        let text = "k: " + Self.repeated("[", 9999) + Self.repeated("]", 9999) + "\n"
        let printed = try printed(text)
        #expect(printed.json == "{\"k\":" + Self.repeated("[", 9999) + Self.repeated("]", 9999) + "}")
        #expect(printed.yaml == "k:\n" + Self.repeated("- ", 9998) + "[]")
    }

    @Test func aliasAtLimitDecodes() throws {
        let lists = Self.repeated("[", 9998) + Self.repeated("]", 9998)
        let printed = try printed("a: &a " + lists + "\nb: [*a]\n")
        #expect(printed.json == "{\"a\":" + lists + ",\"b\":[" + lists + "]}")
    }

    @Test func aliasPastLimitFailsAsJSON() {
        let lists = Self.repeated("[", 9998) + Self.repeated("]", 9998)
        #expect(decodeError("a: &a " + lists + "\nb: [[*a]]\n") == Self.jsonDepthError("["))
    }

    @Test func aliasOfMapsPastLimit() {
        let maps = Self.repeated("{a: ", 9998) + "1" + Self.repeated("}", 9998)
        #expect(decodeError("a: &a " + maps + "\nb: [[*a]]\n") == Self.jsonDepthError("{"))
    }

    @Test func mergedMapPastLimit() {
        let maps = Self.repeated("{a: ", 9998) + "1" + Self.repeated("}", 9998)
        #expect(decodeError("a: &a " + maps + "\nb: [[{<<: *a}]]\n") == Self.jsonDepthError("{"))
    }

    @Test func depthErrorBeatsMergeError() {
        let text = "a:\n  <<: 1\nb: " + Self.repeated("[", 10001) + Self.repeated("]", 10001) + "\n"
        #expect(decodeError(text) == Self.yamlDepthError(line: 3))
    }

    @Test func aliasChainAddsDepth() throws {
        let inner = Self.repeated("[", 5000) + Self.repeated("]", 5000)
        let text = "a: &a " + inner + "\nb: &b " + Self.repeated("[", 4000) + "*a" + Self.repeated("]", 4000) + "\nc: [*b]\n"
        let chained = Self.repeated("[", 4000) + inner + Self.repeated("]", 4000)
        let printed = try printed(text)
        #expect(printed.json == "{\"a\":" + inner + ",\"b\":" + chained + ",\"c\":[" + chained + "]}")
    }
}

/// Runs `body` on a thread with a 64 MiB stack, as deep documents need: the codecs recurse once
/// per nesting level, and the command renders on a thread with a 512 MiB stack.
func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () throws -> T) -> Result<T, any Error> {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.result = Result { try body() }
        done.signal()
    }
    thread.stackSize = 64 * 1024 * 1024
    thread.start()
    done.wait()
    return box.result ?? .failure(ValueError("the thread ended without a result"))
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
