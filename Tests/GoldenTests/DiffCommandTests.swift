import Foundation
import HelmKitCLI
import Testing

/// `helmkit diff` over the example Airbyte inputs. No reference tool prints these reports, so
/// the checks state what a reviewer must be able to rely on.
@Suite(.serialized)
struct DiffCommandTests {
    static let shared = ["-n", "airbyte", "--values", "examples/airbyte/values.yml", "--no-color"]

    func diff(_ arguments: [String]) -> HelmKitCommand.Outcome {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        return HelmKitCommand.execute(["diff"] + arguments)
    }

    @Test func unchangedInputsHaveNoDiff() {
        let outcome = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                            "--set-file", "airbyteYml=examples/airbyte/airbyte.yml", "--detailed-exitcode"] + Self.shared)
        #expect(outcome.standardError == "")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "")
    }

    @Test func storageSwitchAddsAndRemovesResources() {
        let outcome = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                            "--set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                            "--to-values", "examples/airbyte/values-external-s3-aws.yml", "--detailed-exitcode"] + Self.shared)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.contains("airbyte, airbyte-enterprise-airbyte-minio, StatefulSet (apps) has been removed:"))
        #expect(outcome.standardOutput.contains("airbyte, airbyte-enterprise-airbyte-env, ConfigMap [hook] has changed:"))
        #expect(outcome.standardOutput.contains("+   STORAGE_TYPE: \"S3\""))
        #expect(outcome.standardOutput.contains("-   STORAGE_TYPE: \"MINIO\""))
    }

    @Test func secretValuesAreMasked() throws {
        let outcome = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                            "--from-set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                            "--to-set-file", "airbyteYml=examples/airbyte/airbyte-okta.yml"] + Self.shared)
        let okta = try String(contentsOf: GoldenTests.repositoryRoot.appendingPathComponent("examples/airbyte/airbyte-okta.yml"), encoding: .utf8)
        let clientSecret = okta.split(separator: "\n").first { $0.contains("client-secret:") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "missing"
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Secret [hook] has changed:"))
        #expect(outcome.standardOutput.contains("IDENTITY_PROVIDER_0_CLIENT_SECRET: ("))
        #expect(!outcome.standardOutput.contains(clientSecret))
    }

    @Test func suppressedKindsAreLeftOut() {
        let outcome = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                            "--set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                            "--to-values", "examples/airbyte/values-external-s3-aws.yml",
                            "--suppress", "Deployment", "--suppress", "StatefulSet"] + Self.shared)
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.contains(", Deployment (apps)"))
        #expect(!outcome.standardOutput.contains(", StatefulSet (apps)"))
        #expect(outcome.standardOutput.contains(", ConfigMap"))
    }

    @Test func manifestsModeComparesFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = "---\n# Source: c/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: \"1\"\n"
        let new = old.replacingOccurrences(of: "a: \"1\"", with: "a: \"2\"")
        try old.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try new.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)

        let outcome = diff(["manifests", folder.appendingPathComponent("old.yaml").path,
                            folder.appendingPathComponent("new.yaml").path, "--no-color", "-C", "1"])
        #expect(outcome.standardOutput == """
            default, cm, ConfigMap has changed:
            # Source: c/templates/cm.yaml
            @@ -5,2 +5,2 @@
              data:
            -   a: "1"
            +   a: "2"

            """)
    }
}
