import Foundation
import HelmKitCLI
import Testing

/// `helm dependency build` through the `helm` name, offline: local dependencies are packed into
/// `charts/`, a lock file is written or checked as Helm v4.2.3's downloader does, and
/// repository dependencies work only when their locked archive is already present.
@Suite(.serialized)
struct DependencyBuildTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-dependency-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let full = folder + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + path)
    }

    func shell(_ command: String) throws {
        try ChartArchiveTests().shell(command, in: folder)
    }

    func helm(_ arguments: [String]) -> HelmKitCommand.Outcome {
        HelmKitCommand.execute(arguments, invokedName: "helm")
    }

    /// Writes a parent chart `app` with `dependency` and a subchart `lib` (version 0.2.0) beside it.
    func writeCharts(dependency: String) throws {
        try write("app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n" + dependency)
        try write("lib/Chart.yaml", "apiVersion: v2\nname: lib\nversion: 0.2.0\n")
        try write("lib/templates/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-lib\n")
    }

    @Test func localDependencyIsPacked() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: lib\n  version: \">=0.1.0\"\n  repository: file://../lib\n")

        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Saving 1 charts\nDeleting outdated charts\n")
        #expect(exists("app/charts/lib-0.2.0.tgz"))

        let lock = try String(contentsOfFile: folder + "/app/Chart.lock", encoding: .utf8)
        // Helm's digest of [requested, locked] as Go's encoding/json writes them (`>` as \u003e).
        #expect(lock.hasPrefix("dependencies:\n- name: lib\n  repository: file://../lib\n  version: 0.2.0\ndigest: sha256:291235d74b60ec1a4c13347ec2be6b9ac80814209e5b9f11a9df991da5468a88\ngenerated: \""))

        let rendered = HelmKitCommand.execute(["template", "r", folder + "/app"])
        #expect(rendered.standardOutput == "---\n# Source: app/charts/lib/templates/config.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: r-lib\n")
    }

    @Test func rebuildKeepsLockAndDeletesStaleArchives() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: lib\n  version: \">=0.1.0\"\n  repository: file://../lib\n")
        #expect(helm(["dep", "build", folder + "/app"]).status == 0)
        let lock = try String(contentsOfFile: folder + "/app/Chart.lock", encoding: .utf8)

        try write("stale/Chart.yaml", "apiVersion: v2\nname: stale\nversion: 0.0.1\n")
        try shell("tar czf app/charts/stale-0.0.1.tgz stale")
        let packed = helm(["dependency", "build", folder + "/app"])
        #expect(packed.status == 0)
        #expect(try String(contentsOfFile: folder + "/app/Chart.lock", encoding: .utf8) == lock)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/app/charts") == ["lib-0.2.0.tgz"])
    }

    @Test func lockOutOfSyncFails() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: lib\n  version: \">=0.1.0\"\n  repository: file://../lib\n")
        #expect(helm(["dependency", "build", folder + "/app"]).status == 0)
        try writeCharts(dependency: "- name: lib\n  version: \">=0.2.0\"\n  repository: file://../lib\n")

        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: the lock file (Chart.lock) is out of sync with the dependencies file (Chart.yaml). Please update the dependencies with 'helm dependency update'\n")
    }

    @Test func unsatisfiedConstraintFails() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: lib\n  version: \"^1.0.0\"\n  repository: file://../lib\n")
        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: can't get a valid version for 1 subchart(s): \"lib\" (repository \"file://../lib\", version \"^1.0.0\"). Make sure a matching chart version exists in the repo, or change the version constraint in Chart.yaml\n")
    }

    @Test func missingLocalFolderFails() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: gone\n  version: \"*\"\n  repository: file://../gone\n")
        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: directory \(folder)/gone not found\n")
    }

    /// The lock file and digest are the ones Helm wrote for Bitnami's apache chart, so the
    /// digest check agrees with Helm's. The archive of the locked version is already present.
    @Test func repositoryArchiveAlreadyPresentIsKept() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("app/Chart.yaml", """
            apiVersion: v2
            name: app
            version: 1.0.0
            dependencies:
            - name: common
              repository: oci://registry-1.docker.io/bitnamicharts
              tags:
              - bitnami-common
              version: 2.x.x

            """)
        try write("app/Chart.lock", """
            dependencies:
            - name: common
              repository: oci://registry-1.docker.io/bitnamicharts
              version: 2.31.4
            digest: sha256:fc442e77200e1914dd46fe26490dcf62f44caa51db673c2f8e67d5319cd4c163
            generated: "2025-08-14T16:37:52.359356815Z"

            """)
        try write("common/Chart.yaml", "apiVersion: v2\nname: common\nversion: 2.31.4\ntype: library\n")
        try FileManager.default.createDirectory(atPath: folder + "/app/charts", withIntermediateDirectories: true)
        try shell("tar czf app/charts/common-2.31.4.tgz common")

        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.standardError == "")
        #expect(outcome.status == 0)
        #expect(exists("app/charts/common-2.31.4.tgz"))

        try FileManager.default.removeItem(atPath: folder + "/app/charts/common-2.31.4.tgz")
        let missing = helm(["dependency", "build", folder + "/app"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("helmkit cannot reach offline"))
    }

    @Test func repositoryWithoutLockFails() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeCharts(dependency: "- name: lib\n  version: 0.2.0\n  repository: https://charts.example.com\n")
        let outcome = helm(["dependency", "build", folder + "/app"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("Error: dependency \"lib\" comes from https://charts.example.com, which helmkit cannot reach offline"))
    }
}
