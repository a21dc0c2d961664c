import Foundation
import HelmKitCLI
import Testing

/// Flags the reference renderer does not cover. Expected texts follow Helm v4.2.3's source:
/// `ParseKubeVersion` (Kubernetes' generic version parser), the install action's capabilities
/// for `helm template`, `writeToFile` in the template command, and `TemplateName`.
@Suite(.serialized)
struct TemplateFlagTests {
    static let chart = "charts/kube-version-gate"

    func run(_ arguments: [String]) -> HelmKitCommand.Outcome {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        return HelmKitCommand.execute(["template"] + arguments)
    }

    @Test func kubeVersionSetsCapabilities() {
        let outcome = run(["gate", Self.chart, "--kube-version", "1.41.2-gke.100"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("kube: \"v1.41.2 v1.41.2-gke.100 1.41\""))
    }

    @Test func kubeVersionBelowConstraintFails() {
        let outcome = run(["gate", Self.chart, "--kube-version", "v1.30.0"])
        #expect(outcome.status == 1)
        // Helm has created the release by then, so `helm template` adds its --debug hint.
        #expect(outcome.standardError == "Error: chart requires kubeVersion: >= 1.40.0-0 which is incompatible with Kubernetes v1.30.0\n\nUse --debug flag to render out invalid YAML\n")
    }

    @Test func invalidKubeVersionFails() {
        let outcome = run(["gate", Self.chart, "--kube-version", "x1"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: invalid kube version 'x1': could not parse \"x1\" as version\n")
    }

    @Test func apiVersionsAddToCapabilities() {
        let outcome = run(["gate", Self.chart, "--kube-version", "1.41.0", "-a", "example.com/v1,other.io/v2"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("custom-api: \"true\""))
    }

    @Test func nameTemplateNamesRelease() {
        let outcome = run([Self.chart, "--kube-version", "1.41.0", "--name-template", "{{ \"Gate\" | lower }}-1"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("name: \"gate-1\""))
    }

    @Test func nameWithNameTemplateFails() {
        let outcome = run(["gate", Self.chart, "--name-template", "x"])
        #expect(outcome.standardError == "Error: cannot set --name-template and also specify a name\n")
    }

    @Test func outputDirWritesFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-output-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = run(["gate", Self.chart, "--kube-version", "1.41.0", "--output-dir", folder, "--release-name"])
        let written = folder + "/gate/kube-version-gate/templates/capabilities.yaml"
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "wrote \(written)\n\n")
        let contents = try String(contentsOfFile: written, encoding: .utf8)
        #expect(contents.hasPrefix("---\n# Source: kube-version-gate/templates/capabilities.yaml\napiVersion: v1\n"))
    }

    @Test func debugPrintsManifestOnFailure() {
        let outcome = run(["gate", Self.chart, "--kube-version", "v1.30.0", "--debug"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "\n")
        #expect(outcome.standardError == "Error: chart requires kubeVersion: >= 1.40.0-0 which is incompatible with Kubernetes v1.30.0\n")
    }

    @Test func seedAndNowMakeOutputRepeatable() {
        let arguments = ["r", "charts/random-functions", "--seed", "42", "--now", "2026-01-02T15:04:05Z"]
        let first = run(arguments)
        let second = run(arguments)
        let otherSeed = run(["r", "charts/random-functions", "--seed", "43", "--now", "2026-01-02T15:04:05Z"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput != otherSeed.standardOutput)
        #expect(first.standardOutput.contains("c: 2026-01-02T15:04\n"))
    }

    /// Keys, certificates and password salts follow the seed too, so a seeded render of a chart
    /// that generates certificates repeats byte for byte.
    @Test func seedMakesKeysAndCertificatesRepeatable() {
        let arguments = ["r", "charts/random-functions", "-s", "templates/certificates.yaml", "--now", "2026-01-02T15:04:05Z"]
        let first = run(arguments + ["--seed", "42"])
        let second = run(arguments + ["--seed", "42"])
        let otherSeed = run(arguments + ["--seed", "43"])
        let unseeded = run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput.contains("tls.crt: "))
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput != otherSeed.standardOutput)
        #expect(first.standardOutput != unseeded.standardOutput)
    }

    @Test func invalidSeedFails() {
        let outcome = run(["r", "charts/random-functions", "--seed", "-1"])
        #expect(outcome.standardError.hasPrefix("Error: invalid argument \"-1\" for \"--seed\""))
    }

    /// An empty argument cannot be written in a golden `args` file; the text is the reference's.
    @Test func emptyReleaseNameFails() {
        let outcome = run(["", Self.chart])
        #expect(outcome.standardError == "Error: release name check failed: release name \"\": no name provided\n")
    }

    @Test func clusterFlagsFailOffline() {
        for flag in [["--validate"], ["--repo", "https://charts.example.com"], ["--dry-run=server"], ["--dependency-update"]] {
            let outcome = run(["gate", Self.chart] + flag)
            #expect(outcome.status == 1, "\(flag)")
            #expect(outcome.standardError.contains("offline"), "\(flag)")
        }
    }

    /// `SkipCRDs` only stops the install action from creating CRDs in a cluster, so `helm
    /// template` prints the same CRDs with it. The expected text is the reference's.
    @Test func skipCRDsKeepsIncludedCRDs() throws {
        let outcome = run(["demo", "charts/crds-demo", "--include-crds", "--skip-crds"])
        let expected = try String(contentsOf: GoldenTests.repositoryRoot.appendingPathComponent("golden/crds-include/expected.yaml"), encoding: .utf8)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == expected)
    }

    /// The expected text is the reference's output for the same chart without its schema.
    @Test func skipSchemaValidationRendersInvalidValues() {
        let arguments = ["numbers", "charts/schema-numbers", "-f", "examples/schema-numbers/port.yaml"]
        let expected = "---\n# Source: schema-numbers/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: numbers\ndata:\n  port: \"70000\"\n"

        let validated = run(arguments)
        #expect(validated.status == 1)

        let skipped = run(arguments + ["--skip-schema-validation"])
        #expect(skipped.status == 0)
        #expect(skipped.standardOutput == expected)
    }

    /// Helm returns "" from `getHostByName` unless `--enable-dns` is given. Then Sprig returns an
    /// address from Go's resolver, which for an IP literal is the literal itself.
    @Test func enableDNSResolvesAddresses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-dns-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "apiVersion: v2\nname: dns\nversion: 0.1.0\n".write(toFile: folder + "/Chart.yaml", atomically: true, encoding: .utf8)
        try "# {{ getHostByName \"127.0.0.1\" }} {{ getHostByName \"::1\" }}\n".write(toFile: folder + "/templates/hosts.yaml", atomically: true, encoding: .utf8)

        let offline = run(["dns", folder])
        #expect(offline.standardOutput == "---\n# Source: dns/templates/hosts.yaml\n#\n")

        let resolved = run(["dns", folder, "--enable-dns"])
        #expect(resolved.status == 0)
        #expect(resolved.standardOutput == "---\n# Source: dns/templates/hosts.yaml\n# 127.0.0.1 ::1\n")
    }

    /// `helm template` names the release "release-name" before `NameAndChart` runs, so with one
    /// argument `--generate-name` changes nothing, and with two it is an error.
    @Test func generateNameKeepsTemplateDefault() {
        let single = run([Self.chart, "--kube-version", "1.41.0", "-g"])
        #expect(single.status == 0)
        #expect(single.standardOutput.contains("name: \"release-name\""))

        let named = run(["gate", Self.chart, "--generate-name"])
        #expect(named.status == 1)
        #expect(named.standardError == "Error: cannot set --generate-name and also specify a name\n")
    }

    @Test func ignoredInstallFlagsAreAccepted() {
        let outcome = run(["gate", Self.chart, "--kube-version", "1.41.0", "--create-namespace", "--timeout", "5m", "--wait", "--atomic"])
        #expect(outcome.status == 0)
    }
}

/// Chart location errors name absolute paths, so they are checked here rather than in `golden/`.
@Suite(.serialized)
struct ChartLocationTests {
    @Test func folderWithoutChartYAMLFails() {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        let outcome = HelmKitCommand.execute(["template", "x", "charts/broken/no-chart-yaml"])
        let expected = GoldenTests.repositoryRoot.path + "/charts/broken/no-chart-yaml/Chart.yaml"
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: unable to detect chart at \(expected): open \(expected): no such file or directory\n")
    }

    @Test func missingRelativePathFails() {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        let outcome = HelmKitCommand.execute(["template", "x", "./charts/none"])
        #expect(outcome.standardError == "Error: path \"./charts/none\" not found\n")
    }
}
