import Foundation
import Testing
import HelmKitChart
@testable import HelmKitRender
@testable import HelmKitTemplate
import HelmKitValues

/// Files executed on a second thread before their turn: their results must be those of
/// Helm's one-by-one order. The render waits for the second thread first, so that every
/// result it can give is there to be used or dropped, whatever the timing.
@Suite struct AheadExecutionTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads a chart of `charts/`, by default the one whose file 04 changes what the files
    /// after it read.
    static func loadChart(_ name: String = "file-order-effects") throws -> Chart {
        let root = repositoryRoot.appendingPathComponent("charts/" + name)
        var files: [ChartFile] = []
        try collectFiles(in: root, relative: "", into: &files)
        return try ChartLoader.load(files: files)
    }

    static func collectFiles(in folder: URL, relative: String, into files: inout [ChartFile]) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try collectFiles(in: url, relative: path, into: &files)
            } else {
                files.append(ChartFile(path: path, data: try readBytes(url)))
            }
        }
    }

    static func readBytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func expected(_ goldenCase: String, file: String) throws -> String {
        String(decoding: try readBytes(repositoryRoot.appendingPathComponent("golden/\(goldenCase)/\(file)")), as: UTF8.self)
    }

    static func options(releaseName: String = "effects") -> RenderOptions {
        var options = RenderOptions(releaseName: releaseName)
        options.runsAheadFirst = true
        return options
    }

    @Test(arguments: ["none", "set", "merge", "scope"])
    func outputMatchesHelmOrder(change: String) throws {
        let output = try ReleaseRenderer.render(chart: Self.loadChart(), userValues: ValueMap(["change": .string(change)]),
                                                options: Self.options())
        #expect(output == (try Self.expected("file-order-\(change)", file: "expected.yaml")))
    }

    /// The parent's files run ahead before any of the subchart's, yet must read the subchart's
    /// scope as Helm leaves it after all three.
    @Test func subchartScopesMatchHelmOrder() throws {
        let output = try ReleaseRenderer.render(chart: Self.loadChart("subchart-scopes"), userValues: ValueMap(),
                                                options: Self.options(releaseName: "scopes"))
        #expect(output == (try Self.expected("subchart-scopes", file: "expected.yaml")))
    }

    @Test func firstErrorInHelmOrderWins() throws {
        let expected = try Self.expected("file-order-first-error", file: "expected-error.txt")
        do {
            _ = try ReleaseRenderer.render(chart: Self.loadChart(), userValues: ValueMap(["fail": .bool(true)]),
                                           options: Self.options())
            Issue.record("the render succeeded")
        } catch {
            #expect("Error: \(error)" == expected.split(separator: "\n").first.map(String.init))
        }
    }

    /// Files 09 to 05 come before file 04 in Helm's order; 03 to 01 come after it.
    @Test(arguments: [("none", 9), ("set", 5), ("merge", 5), ("scope", 5)])
    func resultsAreUsedUntilTheFirstSharedChange(change: String, usedAhead: Int) throws {
        let chart = try Dependencies.process(Self.loadChart(), userValues: ValueMap(["change": .string(change)]))
        let topValues = try ReleaseRenderer.renderValues(chart: chart, userValues: ValueMap(["change": .string(change)]),
                                                         options: Self.options())
        let engine = Engine()
        engine.runsAheadFirst = true
        _ = try engine.render(chart: chart, topValues: topValues)
        #expect(engine.filesExecutedAhead == usedAhead)
    }

    @Test func guardLetsChangesToNewMapsThrough() throws {
        let shared = ValueMap(["nested": .map(ValueMap(["kept": .string("original")]))])
        let newMap = ValueMap(["nested": shared["nested"] ?? .null])
        newMap.includeMemoStamp = 1
        let ahead = SharedDataGuard(role: .ahead)

        try ahead.willCall(function: "set", arguments: [.map(newMap), .string("k"), .string("v")])
        try ahead.willCall(function: "append", arguments: [.list([]), .string("v")])
        try ahead.willCall(function: "merge", arguments: [.map(newMap), .map(ValueMap(["flat": .string("v")]))])
        #expect(!ahead.abandonedRun)

        // The merge would write into the shared map nested in the new one.
        #expect(throws: AbandonedRun.self) {
            try ahead.willCall(function: "merge", arguments: [.map(newMap), .map(ValueMap(["nested": .map(ValueMap())]))])
        }
        #expect(ahead.abandonedRun)
        ahead.beginRun()
        #expect(throws: AbandonedRun.self) {
            try ahead.willCall(function: "randAlphaNum", arguments: [.int(5)])
        }
        ahead.beginRun()
        ahead.cancel()
        #expect(throws: AbandonedRun.self) { try ahead.checkCancelled() }
    }

    /// A cancelled run stops at a loop step, a condition or a `template` call even when it
    /// calls no function, so that the render never waits long for the thread ahead.
    @Test(arguments: ["{{ range .items }}{{ end }}", "{{ if true }}z{{ end }}", "{{ define \"x\" }}y{{ end }}{{ template \"x\" }}"])
    func cancelledRunStopsWithoutFunctionCalls(text: String) throws {
        let set = TemplateSet(functions: [:])
        try set.parse(name: "t", text: text)
        let ahead = SharedDataGuard(role: .ahead)
        set.sharedDataGuard = ahead
        ahead.cancel()
        #expect(throws: (any Error).self) {
            _ = try set.execute(name: "t", data: .map(ValueMap(["items": .list([.bool(true)])])))
        }
        #expect(ahead.abandonedRun)
    }

    @Test func guardReportsTheFirstSharedChangeOnce() throws {
        final class Count: @unchecked Sendable { var value = 0 }
        let count = Count()
        let inOrder = SharedDataGuard(role: .inOrder(beforeChange: { count.value += 1 }))
        let shared = ValueMap()

        try inOrder.willCall(function: "randAlphaNum", arguments: [.int(5)])
        #expect(count.value == 0)
        try inOrder.willCall(function: "set", arguments: [.map(shared), .string("k"), .string("v")])
        try inOrder.willCall(function: "unset", arguments: [.map(shared), .string("k")])
        #expect(count.value == 1)
    }
}
