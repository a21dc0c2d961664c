import Foundation
import HelmKitCLI
import Testing

/// The binary invoked as `helm`: Helm v4.2.3's `version` formats, `template` as kustomize's
/// HelmChartInflationGenerator runs it, and refusals of commands that need a cluster.
@Suite(.serialized)
struct HelmDropInTests {
    static let root = GoldenTests.repositoryRoot.path

    /// The debug build of `helmkit`: beside the test bundle when `swift test` built it, else in
    /// the package's default build folder.
    static let executable: String? = {
        var candidates: [String] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("helmkit").path)
        }
        candidates.append(root + "/.build/debug/helmkit")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    func helm(_ arguments: [String]) -> HelmKitCommand.Outcome {
        _ = FileManager.default.changeCurrentDirectoryPath(Self.root)
        return HelmKitCommand.execute(arguments, invokedName: "helm")
    }

    /// Runs `helm ARGUMENTS` through a symbolic link named `helm` to the built executable.
    func runLinked(_ arguments: [String], in folder: String,
                   environment: [String: String]) throws -> (status: Int32, output: String, error: String) {
        let link = folder + "/helm"
        if !FileManager.default.fileExists(atPath: link) {
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: Self.executable ?? "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: link)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self))
    }

    func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-helm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: version

    @Test func versionPrintsBuildInfo() {
        let outcome = helm(["version"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("version.BuildInfo{Version:\"v4.2.3\", GitCommit:\"43e8b7feece8beb0fcba47059ec9b522fd929a64\", GitTreeState:\"clean\", GoVersion:\"go1.26"))
        #expect(outcome.standardOutput.hasSuffix("\", KubeClientVersion:\"v1.36\"}\n"))
    }

    @Test func versionShortAddsCommit() {
        #expect(helm(["version", "--short"]).standardOutput == "v4.2.3+g43e8b7f\n")
    }

    @Test func versionTemplateReadsFields() {
        let outcome = helm(["version", "--template", "{{ .Version }}/{{.GitTreeState}}"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "v4.2.3/clean")
    }

    @Test func versionTemplateUnknownFieldFails() {
        let outcome = helm(["version", "--template", "{{ .Chart }}"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: template: _:1:3: executing \"_\" at <.Chart>: can't evaluate field Chart in type version.BuildInfo\n")
    }

    @Test func versionRejectsArguments() {
        let outcome = helm(["version", "extra"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("Error: \"helm version\" accepts no arguments"))
    }

    // MARK: other commands

    @Test func templateMatchesHelmKitTemplate() {
        let arguments = ["demo", "charts/crds-demo", "--namespace", "tools", "--include-crds", "--skip-tests"]
        let asHelm = helm(["template"] + arguments)
        let asHelmKit = HelmKitCommand.execute(["template"] + arguments)
        #expect(asHelm.status == 0)
        #expect(asHelm.standardOutput == asHelmKit.standardOutput)
    }

    /// Helm v4.2.3 prints this text for `helm template` with no chart: the message of its
    /// `require.MinimumNArgs` check and the command's usage line.
    @Test func templateWithoutChartNamesHelm() {
        let outcome = helm(["template"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix(
            "Error: \"helm template\" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]"))
    }

    @Test func persistentFlagBeforeCommand() {
        let outcome = helm(["--namespace", "tools", "template", "demo", "charts/crds-demo"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("# Source: crds-demo/templates/"))
    }

    @Test(arguments: [["install", "x", "charts/crds-demo"], ["repo", "add", "x", "https://charts.example.com"],
                      ["pull", "x"], ["dependency", "update", "charts/crds-demo"]])
    func clusterCommandFails(_ arguments: [String]) {
        let outcome = helm(arguments)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("is not supported offline by helmkit"))
    }

    // MARK: kustomize

    /// kustomize's helmCharts runs `helm version --short`, checks that the major version is 3
    /// or 4, then runs `helm template NAME CHART_HOME/CHART --namespace NS -f VALUES_COPY
    /// [-f MORE] [--api-versions V] [--kube-version V] [--include-crds] [--skip-tests]
    /// [--no-hooks]`, with HELM_CONFIG_HOME, HELM_CACHE_HOME and HELM_DATA_HOME pointing into a
    /// temporary folder.
    @Test(.enabled(if: executable != nil, "the helmkit executable is not built"))
    func kustomizeStyleInvocation() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configHome = folder + "/kustomize-helm/helm"
        let environment = [
            "PATH": folder + ":/usr/bin:/bin",
            "HELM_CONFIG_HOME": configHome,
            "HELM_CACHE_HOME": configHome + "/.cache",
            "HELM_DATA_HOME": configHome + "/.data",
        ]

        let version = try runLinked(["version", "--short"], in: folder, environment: environment)
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("v4."))

        // kustomize copies the chart's values.yaml into its temporary folder and passes the copy.
        let valuesCopy = folder + "/crds-demo-kustomize-values.yaml"
        try FileManager.default.copyItem(atPath: Self.root + "/charts/crds-demo/values.yaml", toPath: valuesCopy)
        let rendered = try runLinked(["template", "demo", Self.root + "/charts/crds-demo", "-f", valuesCopy,
                                      "--include-crds"], in: folder, environment: environment)
        let expected = try String(contentsOfFile: Self.root + "/golden/crds-include/expected.yaml", encoding: .utf8)
        #expect(rendered.error == "")
        #expect(rendered.status == 0)
        #expect(rendered.output == expected)

        let withNamespace = try runLinked(["template", "demo", Self.root + "/charts/crds-demo", "--namespace", "tools",
                                           "-f", valuesCopy, "--kube-version", "1.30.0", "--api-versions", "example.com/v1",
                                           "--include-crds", "--skip-tests", "--no-hooks"],
                                          in: folder, environment: environment)
        let inProcess = HelmKitCommand.execute(["template", "demo", "charts/crds-demo", "--namespace", "tools",
                                                "-f", valuesCopy, "--kube-version", "1.30.0", "--api-versions",
                                                "example.com/v1", "--include-crds", "--skip-tests", "--no-hooks"])
        #expect(withNamespace.status == 0)
        #expect(withNamespace.output == inProcess.standardOutput)
    }

    @Test(.enabled(if: executable != nil, "the helmkit executable is not built"))
    func unsupportedCommandThroughLink() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try runLinked(["upgrade", "--install", "x", "chart"], in: folder, environment: [:])
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.error.hasPrefix("Error: helm upgrade is not supported offline by helmkit"))
    }
}
