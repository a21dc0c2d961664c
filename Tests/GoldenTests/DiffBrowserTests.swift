import Foundation
import HelmKitCLI
import Testing

/// Opens `helmkit diff -o html` in headless Chromium and reads the page as the browser parsed it.
/// Only a local `file://` page is opened.
@Suite(.serialized)
struct DiffBrowserTests {
    /// The `chromium` program on PATH, or nil. Chromium is not a build dependency, so on machines
    /// without it the test is reported as skipped rather than run (Debian: `apt-get install chromium`).
    static let chromium: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":")
        .map { "\($0)/chromium" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The storage switch from MinIO to S3: PostgreSQL and MinIO are disabled and an Ingress is enabled.
    static let storageSwitch = ["diff", "upgrade", "airbyte-enterprise", "--namespace", "airbyte",
                                "--from", "charts/airbyte", "--to", "charts/airbyte",
                                "--values", "examples/airbyte/values.yml",
                                "--set-file", "airbyteYml=examples/airbyte/airbyte.yml",
                                "--to-values", "examples/airbyte/values-external-s3-aws.yml"]

    func helmkit(_ arguments: [String]) -> HelmKitCommand.Outcome {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        return HelmKitCommand.execute(arguments)
    }

    /// Runs Chromium with `arguments` and returns its standard output. A watchdog ends a run that
    /// takes more than two minutes, so a stuck browser fails the test instead of hanging it.
    func runChromium(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH"))
    func chromiumListsEveryChange() throws {
        let program = try #require(Self.chromium)
        let html = helmkit(Self.storageSwitch + ["-o", "html"])
        #expect(html.status == 0)
        let folder = try DiffFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("diff.html")
        try html.standardOutput.write(to: page, atomically: true, encoding: .utf8)

        let dom = try runChromium(program, ["--dump-dom", page.absoluteString])
        // 7 changed: the env ConfigMap, the five Deployments and the bootloader Job that read the
        // storage and database settings. 1 added: the Ingress. 8 removed: PostgreSQL's StatefulSet,
        // Service and Secret, MinIO's StatefulSet, Service, Secret and bucket Job, and the
        // airbyte-secrets Secret, which contains no password once the database secret is external.
        #expect(dom.contains("<title>helmkit diff: 7 changed, 1 added, 8 removed</title>"))
        #expect(dom.contains("<h1 id=\"summary\">helmkit diff: 7 changed, 1 added, 8 removed</h1>"))

        let simple = helmkit(Self.storageSwitch + ["-o", "simple"]).standardOutput
        let changes = simple.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(changes.count == 16)
        for (index, fields) in changes.enumerated() {
            let verb = fields[0]
            let identity = fields[1]
            let name = identity.split(separator: "/").last.map(String.init) ?? identity
            #expect(dom.contains("<td class=\"\(verb)\">\(verb)</td>"), "\(identity)")
            #expect(dom.contains("<a href=\"#r\(index)\">\(name)</a>"), "\(identity)")
            #expect(dom.contains("<h2 id=\"r\(index)\">\(identity) \(verb)"), "\(identity)")
        }
        // Hooks carry a label in the summary and in their heading.
        #expect(dom.contains("<h2 id=\"r0\">airbyte/ConfigMap/airbyte-enterprise-airbyte-env changed<span class=\"hook\">hook</span></h2>"))
        #expect(dom.contains("<td>Job (batch)<span class=\"hook\">hook</span></td>"))
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH"))
    func chromiumPageMasksSecrets() throws {
        let program = try #require(Self.chromium)
        let folder = try DiffFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("diff.html")
        try helmkit(Self.storageSwitch + ["-o", "html"]).standardOutput.write(to: page, atomically: true, encoding: .utf8)
        let dom = try runChromium(program, ["--dump-dom", page.absoluteString])

        // The removed Secrets' values as --show-secrets prints them: MinIO's password and
        // PostgreSQL's base64 password. Their user names also occur in resource names.
        let unmasked = helmkit(Self.storageSwitch + ["--show-secrets", "--no-color"]).standardOutput
        let secretLines = unmasked.split(separator: "\n").filter { line in
            line.hasPrefix("-   root-password: ") || line.hasPrefix("-   postgres-password: ")
        }
        #expect(secretLines.count == 2)
        for line in secretLines {
            let value = line.split(separator: ":", maxSplits: 1)[1]
                .trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
            #expect(!value.isEmpty)
            #expect(!dom.contains(value), "\(line.prefix(22))")
        }
        #expect(dom.contains("-  root-user: (5 bytes, sha256 "))
        #expect(dom.contains("-  root-password: (8 bytes, sha256 "))
        #expect(dom.contains("-  postgres-password: (7 bytes, sha256 "))
    }

    /// The page needs no network and no JavaScript: it has no scripts and no references to
    /// other files. This check reads the page itself, so it runs without Chromium too. Table rows
    /// are left out because they contain the escaped manifests, which name URLs of their own.
    @Test func htmlPageIsSelfContained() {
        let html = helmkit(Self.storageSwitch + ["-o", "html"]).standardOutput
        let markup = html.split(separator: "\n").filter { !$0.hasPrefix("<tr") }
        #expect(markup.count > 10)
        for reference in ["<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!markup.contains { $0.contains(reference) }, "\(reference)")
        }
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }
}
