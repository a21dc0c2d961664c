import Foundation
import HelmKitCLI
import Testing

/// A chart packed as `.tgz`, with a subchart packed inside it, renders exactly as its folder
/// form, whose expected output comes from the reference Helm.
@Suite(.serialized)
struct ChartArchiveTests {
    func shell(_ command: String, in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(command)")
    }

    @Test func nestedArchivesRenderLikeFolders() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-archive-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let source = GoldenTests.repositoryRoot.appendingPathComponent("charts/values-precedence").path
        try shell("cp -R '\(source)' values-precedence", in: scratch)
        try shell("tar czf child-0.1.0.tgz child && rm -rf child", in: scratch + "/values-precedence/charts")
        try shell("tar czf values-precedence-1.0.0.tgz values-precedence", in: scratch)

        let outcome = HelmKitCommand.execute(["template", "demo", scratch + "/values-precedence-1.0.0.tgz"])
        let expected = try String(contentsOf: GoldenTests.repositoryRoot.appendingPathComponent("golden/values-precedence-defaults/expected.yaml"), encoding: .utf8)
        #expect(outcome.standardError == "")
        #expect(outcome.standardOutput == expected)
    }

    @Test func archiveEscapingChartIsRejected() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-escape-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch + "/top", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        try shell("printf 'apiVersion: v2\\nname: x\\nversion: 0.1.0\\n' > top/Chart.yaml && printf 'a: 1\\n' > evil.yaml", in: scratch)
        try shell("tar -P -czf escape.tgz top/Chart.yaml top/../evil.yaml", in: scratch)

        let outcome = HelmKitCommand.execute(["template", "x", scratch + "/escape.tgz"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: unable to load chart archive\n")
    }
}
