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

    /// The chart whose file 04 changes what the files after it read, loaded from `charts/`.
    static func loadChart() throws -> Chart {
        let root = repositoryRoot.appendingPathComponent("charts/file-order-effects")
        var files: [ChartFile] = []
        for path in ["Chart.yaml", "values.yaml"] {
            files.append(ChartFile(path: path, data: try readBytes(root.appendingPathComponent(path))))
        }
        let templates = root.appendingPathComponent("templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path).sorted() {
            files.append(ChartFile(path: "templates/" + name, data: try readBytes(templates.appendingPathComponent(name))))
        }
        return try ChartLoader.load(files: files)
    }

    static func readBytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    static func expected(_ goldenCase: String, file: String) throws -> String {
        String(decoding: try readBytes(repositoryRoot.appendingPathComponent("golden/\(goldenCase)/\(file)")), as: UTF8.self)
    }

    static func options() -> RenderOptions {
        var options = RenderOptions(releaseName: "effects")
        options.runsAheadFirst = true
        return options
    }

    @Test(arguments: ["none", "set", "merge", "scope"])
    func outputMatchesHelmOrder(change: String) throws {
        let output = try ReleaseRenderer.render(chart: Self.loadChart(), userValues: ValueMap(["change": .string(change)]),
                                                options: Self.options())
        #expect(output == (try Self.expected("file-order-\(change)", file: "expected.yaml")))
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
        let made = ValueMap(["nested": shared["nested"]!])
        made.includeMemoStamp = 1
        let ahead = SharedDataGuard(role: .ahead)

        try ahead.willCall(function: "set", arguments: [.map(made), .string("k"), .string("v")])
        try ahead.willCall(function: "append", arguments: [.list([]), .string("v")])
        try ahead.willCall(function: "merge", arguments: [.map(made), .map(ValueMap(["flat": .string("v")]))])
        #expect(!ahead.abandonedRun)

        // The merge would write into the shared map nested in the new one.
        #expect(throws: AbandonedRun.self) {
            try ahead.willCall(function: "merge", arguments: [.map(made), .map(ValueMap(["nested": .map(ValueMap())]))])
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
