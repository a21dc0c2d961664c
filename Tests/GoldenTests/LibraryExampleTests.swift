import Foundation
import HelmKit
import Testing

/// The Swift example of the README, compiled and run here; a second test checks that the README
/// shows exactly these lines.
@Suite(.serialized)
struct LibraryExampleTests {
    static let readme = GoldenTests.repositoryRoot.appendingPathComponent("README.md")
    static let thisFile = URL(fileURLWithPath: #filePath)

    @Test func readmeExampleRuns() throws {
        #expect(FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path))
        var printed = ""
        func print(_ text: String) { printed += text }

        // README example begins
        // `helm template demo charts/crds-demo`, as Helm v4.2.3 prints it.
        let before = try HelmKit.render(chartAt: "charts/crds-demo", releaseName: "demo")

        // The same chart with a subchart switched off, in three steps: load, merge values, render.
        let chart = try HelmKit.loadChart(at: "charts/crds-demo")
        let values = try HelmKit.mergeValues(setValues: ["enabledOperator.enabled=false"])
        let after = try HelmKit.render(chart: chart, values: values, options: RenderOptions(releaseName: "demo"))

        // What the change adds, removes or changes, resource by resource.
        print(try HelmKit.diff(old: before, new: after))
        // README example ends

        let expected = try String(contentsOf: GoldenTests.repositoryRoot.appendingPathComponent("golden/crds-default/expected.yaml"),
                                  encoding: .utf8)
        #expect(before == expected)
        #expect(printed.contains("has been removed"))
        #expect(try HelmKit.diff(old: before, new: before) == "")
    }

    @Test func readmeShowsExample() throws {
        let source = try String(contentsOf: Self.thisFile, encoding: .utf8)
        guard let start = source.range(of: "// README example begins\n"),
              let end = source.range(of: "        // README example ends") else {
            Issue.record("the example markers are missing")
            return
        }
        let example = source[start.upperBound..<end.lowerBound]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.count >= 8 ? String($0.dropFirst(8)) : String($0) }
            .joined(separator: "\n")
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        #expect(readme.contains("```swift\nimport HelmKit\n\n" + example + "```\n"))
    }

    @Test func mergeValuesAppliesSetAfterFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-values-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a: 1\nb: file\n".write(toFile: folder, atomically: true, encoding: .utf8)
        let values = try HelmKit.mergeValues(valueFiles: [folder], setValues: ["b=set"])
        #expect(values["a"]?.goPrinted == "1")
        #expect(values["b"]?.stringValue == "set")
    }

    @Test func loadChartReportsMissingPath() {
        #expect(throws: HelmKitError.self) { try HelmKit.loadChart(at: "/nonexistent/chart") }
    }
}
