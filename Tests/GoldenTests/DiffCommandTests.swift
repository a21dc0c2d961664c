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
            Resources: 1 changed, 0 added, 0 removed

            """)
    }

    @Test func normalizeIgnoresReformatting() throws {
        let old = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: \"1\"\n  b: two\n"
        let new = "---\nkind: ConfigMap\napiVersion: v1\nmetadata:\n  name: cm\ndata:\n  b: 'two'\n  a: \"1\"\n"
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(old, new)
        defer { try? FileManager.default.removeItem(at: folder) }

        let plain = diff(["manifests", oldPath, newPath, "--no-color", "--detailed-exitcode"])
        let normalized = diff(["manifests", oldPath, newPath, "--no-color", "--detailed-exitcode", "--normalize"])
        #expect(plain.status == 2)
        #expect(normalized.status == 0)
        #expect(normalized.standardOutput == "")
    }

    @Test func suppressedLinesAreNotChanges() throws {
        let old = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  labels:\n    version: \"1\"\n"
        let new = old.replacingOccurrences(of: "version: \"1\"", with: "version: \"2\"")
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(old, new)
        defer { try? FileManager.default.removeItem(at: folder) }

        let outcome = diff(["manifests", oldPath, newPath, "--detailed-exitcode", "--suppress-output-line-regex", "version: "])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "")
    }

    @Test func simpleAndJSONFormats() throws {
        let old = "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\n"
        let new = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\n"
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(old, new)
        defer { try? FileManager.default.removeItem(at: folder) }

        let simple = diff(["manifests", oldPath, newPath, "-o", "simple"])
        #expect(simple.standardOutput == "removed prod/Deployment.apps/web\nadded prod/Service/web\n")

        let json = diff(["manifests", oldPath, newPath, "-o", "json"])
        #expect(json.standardOutput.hasPrefix("{\"changes\":[{\"apiVersion\":\"apps/v1\",\"change\":\"removed\""))
        #expect(json.standardOutput.contains("\"diff\":[\"+apiVersion: v1\",\"+kind: Service\""))
    }

    @Test func helpWorksOnModes() {
        #expect(diff(["upgrade", "--help"]).standardOutput.hasPrefix("Show what an upgrade would change"))
        #expect(diff(["manifests", "-h"]).status == 0)
    }

    @Test func invalidLineRegexNamesGoError() throws {
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests("---\nkind: A\nmetadata:\n  name: a\n", "---\nkind: A\nmetadata:\n  name: a\nx: 1\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = diff(["manifests", oldPath, newPath, "--suppress-output-line-regex", "("])
        #expect(outcome.standardError == "Error: invalid --suppress-output-line-regex \"(\": error parsing regexp: missing closing ): `(`\n")
    }

    @Test func htmlListsEveryChangedResource() {
        let outcome = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                            "--set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                            "--to-values", "examples/airbyte/values-external-s3-aws.yml", "-o", "html"] + Self.shared)
        let simple = diff(["upgrade", "airbyte-enterprise", "--from", "charts/airbyte", "--to", "charts/airbyte",
                           "--set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                           "--to-values", "examples/airbyte/values-external-s3-aws.yml", "-o", "simple"] + Self.shared)
        #expect(outcome.standardOutput.hasPrefix("<!DOCTYPE html>"))
        for line in simple.standardOutput.split(separator: "\n") {
            // `VERB IDENTITY`, then `[hook]` for hooks, which the heading marks with a label.
            let parts = line.split(separator: " ")
            guard parts.count >= 2 else { continue }
            let hook = parts.count == 3 ? "<span class=\"hook\">hook</span>" : ""
            #expect(outcome.standardOutput.contains("<h2 id="), "\(line)")
            #expect(outcome.standardOutput.contains(">\(parts[1]) \(parts[0])\(hook)</h2>"), "\(line)")
        }
    }
}
