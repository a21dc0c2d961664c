import Testing
import HelmKitValues
@testable import HelmKitTemplate

/// An object whose methods declare their arity, as `.Files` has them: `Get` and `Glob` take one
/// argument and `AsConfig` none.
private struct FilesWithArity: TemplateObject {
    var goTypeName: String { "engine.files" }
    var goDescription: String { "map[]" }

    func field(_ name: String) -> Value? { nil }

    func hasMethod(_ name: String) -> Bool { ["Get", "Glob", "AsConfig"].contains(name) }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        name == "Glob" ? .object(FilesWithArity()) : .string("")
    }

    func parameterCount(ofMethod name: String) -> Int? {
        switch name {
        case "Get", "Glob": return 1
        case "AsConfig": return 0
        default: return nil
        }
    }
}

/// A Go struct as templates see it, with one method and two fields.
private struct FakeFiles: TemplateObject {
    var goTypeName: String { "common.KubeVersion" }
    var goDescription: String { "{v1.2.3}" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Version": return .string("v1.2.3")
        case "Inner": return .object(FakeFiles())
        default: return nil
        }
    }

    func hasMethod(_ name: String) -> Bool { name == "Get" }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        guard arguments.count == 1 else {
            throw FunctionCallError.wrongArgumentCount(want: 1, actual: arguments.count, variadic: false)
        }
        return .string("content of \(arguments[0].goPrinted)")
    }
}

/// Tests of the TemplateSet API: namespaces, clones, options and the pieces of typed errors. Expected
/// texts come from Go's text/template source where `helm template` cannot show them.
@Suite struct TemplateSetTests {
    private func render(_ text: String, data: Value = .dictionary([:]), set: TemplateSet = TemplateSet(functions: [:])) throws -> String {
        try set.parse(name: "x", text: text)
        return try set.execute(name: "x", data: data)
    }

    private func executionError(_ text: String, data: Value = .dictionary([:]),
                                set: TemplateSet = TemplateSet(functions: [:])) -> TemplateError? {
        do {
            _ = try render(text, data: data, set: set)
            return nil
        } catch {
            return error as? TemplateError
        }
    }

    @Test func containsParsedAndDefinedNames() throws {
        let set = TemplateSet(functions: [:])
        try set.parse(name: "file", text: "{{ define \"inner\" }}i{{ end }}{{ block \"b\" . }}b{{ end }}")
        #expect(set.contains("file"))
        #expect(set.contains("inner"))
        #expect(set.contains("b"))
        #expect(!set.contains("other"))
    }

    @Test func failedParseAddsNothing() {
        let set = TemplateSet(functions: [:])
        #expect(throws: TemplateError.self) {
            try set.parse(name: "file", text: "{{ define \"inner\" }}i{{ end }}{{ if }}")
        }
        #expect(!set.contains("inner"))
        #expect(!set.contains("file"))
    }

    @Test func cloneSharesButDoesNotLeak() throws {
        let set = TemplateSet(functions: [:])
        try set.parse(name: "base", text: "{{ define \"shared\" }}s{{ end }}")
        let copy = set.clone()
        try copy.parse(name: "extra", text: "{{ define \"shared\" }}changed{{ end }}{{ template \"shared\" }}")
        #expect(try copy.execute(name: "extra", data: .null) == "changed")
        #expect(try set.execute(name: "shared", data: .null) == "s")
        #expect(!set.contains("extra"))
    }

    @Test func functionsAddedLaterAreKnown() throws {
        let set = TemplateSet(functions: [:])
        set.functions["twice"] = { (arguments: [Value]) throws -> Value in .string(arguments[0].goPrinted + arguments[0].goPrinted) }
        #expect(try render("{{ twice 4 }}", set: set) == "44")
    }

    @Test func unknownTemplateNamesRoot() {
        let set = TemplateSet(functions: [:])
        #expect(throws: TemplateError.self) { try set.execute(name: "nope", data: .null) }
        do {
            _ = try set.execute(name: "nope", data: .null)
        } catch let error as TemplateError {
            #expect(error.message == "template: no template \"nope\" associated with template \"gotpl\"")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func missingKeyErrorMode() {
        let set = TemplateSet(functions: [:], missingKey: .error)
        let error = executionError("{{ .a }}", set: set)
        #expect(error?.message == "template: x:1:3: executing \"x\" at <.a>: map has no entry for key \"a\"")
        let nilData = executionError("{{ $x := .a }}", data: .dictionary(["a": .null]), set: TemplateSet(functions: [:], missingKey: .error))
        #expect(nilData == nil)
        let chained = executionError("{{ $x := .a }}{{ $x.b }}", data: .dictionary(["a": .null]),
                                     set: TemplateSet(functions: [:], missingKey: .error))
        #expect(chained?.reason == "nil data; no entry for key \"b\"")
    }

    @Test func breakIsAFunctionWhenRegistered() throws {
        let set = TemplateSet(functions: ["break": { (_: [Value]) throws -> Value in .string("B") }])
        #expect(try render("{{ break }}", set: set) == "B")
    }

    @Test func nestedParenthesesLimit() {
        let depth = 10001
        let text = "{{ " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " }}"
        let set = TemplateSet(functions: [:])
        do {
            try set.parse(name: "x", text: text)
            Issue.record("parsing \(depth) nested parentheses succeeded")
        } catch let error as TemplateError {
            #expect(error.message == "template: x:1: max expression depth exceeded")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func deepNestingFailsWithoutCrash() {
        let depth = 50000
        let text = String(repeating: "{{ if 1 }}", count: depth) + "x" + String(repeating: "{{ end }}", count: depth)
        let set = TemplateSet(functions: [:])
        do {
            try set.parse(name: "x", text: text)
            #expect(try set.execute(name: "x", data: .null) == "x")
        } catch let error as TemplateError {
            #expect(error.message.hasSuffix("max expression depth exceeded") || error.message.hasSuffix("exceeded maximum template depth (100000)"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func objectMethodsAndFields() throws {
        let data = Value.dictionary(["Files": .object(FakeFiles())])
        #expect(try render("{{ .Files.Get \"a.txt\" }}|{{ \"b\" | .Files.Get }}|{{ .Files.Version }}", data: data) == "content of a.txt|content of b|v1.2.3")
        #expect(executionError("{{ .Files.Nope }}", data: data)?.reason == "can't evaluate field Nope in type interface {}")
        #expect(executionError("{{ .Files.Inner.Nope }}", data: data)?.reason == "can't evaluate field Nope in type common.KubeVersion")
        #expect(executionError("{{ .Files.Get }}", data: data)?.reason == "wrong number of args for Get: want 1 got 0")
        #expect(executionError("{{ .Files.Version 1 }}", data: data)?.reason == "Version has arguments but cannot be invoked as function")
    }

    /// Go checks a method's argument count before evaluating the arguments, so the count error
    /// wins over the argument's own error.
    @Test func declaredMethodArityIsCheckedFirst() {
        let data = Value.dictionary(["Files": .object(FilesWithArity())])
        let set = TemplateHarness.makeSet()
        let error = executionError("{{ .Files.Get (fail \"evaluated\") \"b\" }}", data: data, set: set)
        #expect(error?.reason == "wrong number of args for Get: want 1 got 2")
        #expect(error?.context == ".Files.Get")
        #expect(executionError("{{ \"a\" | .Files.Get \"b\" }}", data: data, set: set)?.reason == "wrong number of args for Get: want 1 got 2")

        // Helm v4.2.3 names the last node evaluated inside the parentheses here.
        let chained = executionError("{{ (.Files.Glob \"*\").AsConfig 1 }}", data: data, set: set)
        #expect(chained?.reason == "wrong number of args for AsConfig: want 0 got 1")
        #expect(chained?.context == "\"*\"")
        #expect(chained?.column == 16)
    }

    @Test func errorPiecesOfNestedTemplate() throws {
        let set = TemplateHarness.makeSet()
        try set.parse(name: "helpers", text: "{{ define \"inner\" }}\n  {{ .missing.x }}{{ end }}")
        let error = executionError("a: {{ include \"inner\" . }}", set: set)
        #expect(error?.fileName == "x")
        #expect(error?.line == 1)
        #expect(error?.column == 6)
        #expect(error?.executingTemplate == "x")
        #expect(error?.context == "include \"inner\" .")
        let nested = error?.underlying as? TemplateError
        #expect(nested?.fileName == "helpers")
        #expect(nested?.line == 2)
        // Go places a field chain at its second field, `.x`.
        #expect(nested?.column == 13)
        #expect(nested?.executingTemplate == "inner")
        #expect(nested?.context == ".missing.x")
        #expect(nested?.reason == "nil pointer evaluating interface {}.x")
        #expect(error?.reason == "error calling include: " + (nested?.message ?? ""))
    }

    @Test func emptyTemplateKeepsDefinition() throws {
        let set = TemplateSet(functions: [:])
        try set.parse(name: "d", text: "{{ define \"d\" }}first{{ end }}")
        try set.parse(name: "other", text: "{{ define \"d\" }} {{/* nothing */}} {{ end }}")
        #expect(try set.execute(name: "d", data: .null) == "first")
        try set.parse(name: "third", text: "{{ define \"d\" }}second{{ end }}")
        #expect(try set.execute(name: "d", data: .null) == "second")
    }

    @Test func parseAndExecuteRunsNewText() throws {
        let set = TemplateSet(functions: [:])
        #expect(try set.parseAndExecute(name: "gotpl", text: "first", data: .null) == "first")
        // An empty text keeps the old "gotpl" in the set, but Go executes the new, empty tree.
        #expect(try set.parseAndExecute(name: "gotpl", text: "{{ define \"d\" }}x{{ end }}", data: .null) == "")
        #expect(try set.execute(name: "gotpl", data: .null) == "first")
        #expect(try set.execute(name: "d", data: .null) == "x")
    }

    /// Helm registers Sprig's `slice`, which hides this builtin, so these expectations come from
    /// Go's funcs.go rather than from `helm template`.
    @Test func builtinSliceFollowsGo() throws {
        let data = Value.dictionary(["l": .list([.string("a"), .string("b"), .string("c")])])
        #expect(try render("{{ slice \"hello\" 1 3 }}|{{ slice .l 1 }}|{{ slice .l 1 2 }}|{{ slice .l }}", data: data) == "el|[b c]|[b]|[a b c]")
        #expect(executionError("{{ slice .l 2 1 }}", data: data)?.reason == "error calling slice: invalid slice index: 2 > 1")
        #expect(executionError("{{ slice .l 4 }}", data: data)?.reason == "error calling slice: index out of range: 4")
        #expect(executionError("{{ slice \"abc\" 1 2 3 }}")?.reason == "error calling slice: cannot 3-index slice a string")
        #expect(executionError("{{ slice 3 }}")?.reason == "error calling slice: can't slice item of type int")
        #expect(executionError("{{ slice .missing }}")?.reason == "error calling slice: slice of untyped nil")
    }
    /// Expectations from `helm template` (Helm v4.2.3), where Sprig's `upper` takes one string:
    /// the count error wins over the argument's own `fail`.
    @Test func declaredArityIsCheckedBeforeArguments() throws {
        let set = TemplateHarness.makeSet()
        set.functionArities = ["upper": .exactly(1), "list": .atLeast(0), "required": .exactly(2)]
        let error = executionError("{{ upper (fail \"evaluated\") \"b\" }}", set: set)
        #expect(error?.reason == "wrong number of args for upper: want 1 got 2")
        #expect(error?.context == "upper")
        #expect(executionError("{{ \"a\" | upper \"b\" }}", set: set)?.reason == "wrong number of args for upper: want 1 got 2")
        #expect(executionError("{{ required (fail \"x\") }}", set: set)?.reason == "wrong number of args for required: want 2 got 1")
        #expect(try render("{{ \"a\" | upper }}|{{ list }}", set: set) == "A|[]")
    }
}
