import Foundation
import HelmKitCLI
import Testing

/// Runs every case under `golden/` and compares with the reference Helm's output byte for byte.
///
/// A case folder contains `args`: one argument per line, with paths relative to the repository
/// root. It also contains either `expected.yaml`, the standard output, or `expected-error.txt`, the
/// reference's error text. That text must begin standard error of a run that exits with status 1,
/// because Helm may add a hint about `--debug` after it.
@Suite(.serialized)
struct GoldenTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var caseNames: [String] {
        let folder = repositoryRoot.appendingPathComponent("golden").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            FileManager.default.fileExists(atPath: folder + "/" + name + "/args")
        }.sorted()
    }

    @Test func goldenCasesExist() {
        #expect(Self.caseNames.count >= 10)
    }

    @Test(arguments: caseNames)
    func goldenCase(_ name: String) throws {
        let folder = Self.repositoryRoot.appendingPathComponent("golden/" + name)
        let argumentsText = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
        let arguments = argumentsText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)

        #expect(FileManager.default.changeCurrentDirectoryPath(Self.repositoryRoot.path))
        let outcome = HelmKitCommand.execute(["template"] + arguments)

        let expectedOutput = folder.appendingPathComponent("expected.yaml")
        let expectedError = folder.appendingPathComponent("expected-error.txt")
        if let expected = try? String(contentsOf: expectedOutput, encoding: .utf8) {
            #expect(outcome.standardError == "")
            #expect(outcome.status == 0)
            if outcome.standardOutput != expected {
                Issue.record("\(name): output differs from the reference\n\(firstDifference(outcome.standardOutput, expected))")
            }
        } else {
            let expected = try String(contentsOf: expectedError, encoding: .utf8)
            #expect(outcome.status == 1)
            if !outcome.standardError.hasPrefix(expected) {
                Issue.record("\(name): error differs from the reference\n\(firstDifference(outcome.standardError, expected))")
            }
        }
    }

    /// Describes the first differing line, for a readable failure.
    func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? actualLines[index] : "<end of output>"
            let want = index < expectedLines.count ? expectedLines[index] : "<end of output>"
            if got != want {
                return "line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "outputs differ"
    }
}
