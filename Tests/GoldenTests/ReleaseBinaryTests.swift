import Foundation
import Testing

/// Checks the release binary `make release` writes to `dist/helmkit`: ldd finds no shared
/// libraries, and with an empty environment it renders the Airbyte guide's inputs exactly as
/// Helm does (scripts/release-check). Building it takes minutes, so this test never builds it:
/// without `dist/helmkit` it is reported as skipped, and `make release-check` builds and checks.
struct ReleaseBinaryTests {
    static let binary = GoldenTests.repositoryRoot.appendingPathComponent("dist/helmkit").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary), "dist/helmkit is not built; run make release"))
    func releaseBinaryPassesCheck() throws {
        let process = Process()
        process.executableURL = GoldenTests.repositoryRoot.appendingPathComponent("scripts/release-check")
        process.arguments = [Self.binary]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("matches golden/airbyte-guide/expected.yaml"))
    }
}
