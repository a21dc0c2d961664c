import Foundation
import HelmKitCLI
import Testing

/// Upgrade scenarios for `helmkit diff`. Helm has no offline diff, so each expectation is worked
/// out from the inputs: which templates read the changed value, and what they print with it.
@Suite(.serialized)
struct DiffScenarioTests {
    /// The inputs of the Airbyte example in the README, given to both sides.
    static let airbyte = ["upgrade", "airbyte-enterprise", "--namespace", "airbyte",
                          "--values", "examples/airbyte/values.yml",
                          "--set-file", "airbyteYml=examples/airbyte/airbyte.yml", "--no-color"]
    static let sameChart = airbyte + ["--from", "charts/airbyte", "--to", "charts/airbyte"]

    func diff(_ arguments: [String]) -> HelmKitCommand.Outcome {
        _ = FileManager.default.changeCurrentDirectoryPath(GoldenTests.repositoryRoot.path)
        return HelmKitCommand.execute(["diff"] + arguments)
    }

    func lines(_ text: String, startingWith prefix: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
    }

    // MARK: Values changes

    /// `server.replicaCount` and `server.image.tag` are read by the server Deployment alone. The
    /// empty default tag falls back to the appVersion, 0.63.8.
    @Test func serverReplicasAndTagChangeOneResource() {
        let outcome = diff(Self.sameChart + ["--to-set", "server.replicaCount=3", "--to-set", "server.image.tag=0.64.0",
                                             "-C", "0", "--detailed-exitcode"])
        #expect(outcome.standardError == "")
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput == """
            airbyte, airbyte-enterprise-airbyte-server, Deployment (apps) has changed:
            # Source: airbyte/templates/server/deployment.yaml
            @@ -15 +15 @@
            -   replicas: 1
            +   replicas: 3
            @@ -35 +35 @@
            -           image: airbyte/server:0.63.8
            +           image: airbyte/server:0.64.0
            Resources: 1 changed, 0 added, 0 removed

            """)
    }

    /// `worker.replicaCount` sets the worker's replicas and `MAX_WORKERS_TOTAL`, which is
    /// (maxSyncWorkers 5 + maxCheckWorkers 5) × replicas, in the env ConfigMap. The server and
    /// worker Deployments hash that ConfigMap into `checksum/config`, so both hashes change.
    @Test func workerReplicasReachConfigMapAndChecksums() {
        let simple = diff(Self.sameChart + ["--to-set", "worker.replicaCount=2", "-o", "simple"])
        #expect(simple.standardOutput == """
            changed airbyte/ConfigMap/airbyte-enterprise-airbyte-env [hook]
            changed airbyte/Deployment.apps/airbyte-enterprise-airbyte-server
            changed airbyte/Deployment.apps/airbyte-enterprise-airbyte-worker

            """)

        let text = diff(Self.sameChart + ["--to-set", "worker.replicaCount=2", "-C", "0"]).standardOutput
        #expect(text.contains("-   MAX_WORKERS_TOTAL: \"10\"\n+   MAX_WORKERS_TOTAL: \"20\"\n"))
        #expect(text.contains("-   replicas: 1\n+   replicas: 2\n"))
        #expect(lines(text, startingWith: "-   replicas:").count == 1)

        let oldChecksums = Set(lines(text, startingWith: "-         checksum/config: "))
        let newChecksums = Set(lines(text, startingWith: "+         checksum/config: "))
        #expect(lines(text, startingWith: "-         checksum/config: ").count == 2)
        #expect(oldChecksums.count == 1)
        #expect(newChecksums.count == 1)
        #expect(oldChecksums.first?.dropFirst() != newChecksums.first?.dropFirst())
        #expect(text.hasSuffix("Resources: 3 changed, 0 added, 0 removed\n"))
    }

    // MARK: Chart version bump

    /// Only the `helm.sh/chart` label reads the chart's version. The 18 resources that carry
    /// `airbyte-0.64.2` change, and subchart resources (`minio-0.64.2` and so on) do not. The
    /// env ConfigMap carries the label too, so the server and worker Deployments, which hash it
    /// into `checksum/config`, change that line as well.
    @Test func chartVersionBumpChangesChartLabel() throws {
        let folder = try DiffFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bumped = folder.appendingPathComponent("airbyte")
        try FileManager.default.copyItem(at: GoldenTests.repositoryRoot.appendingPathComponent("charts/airbyte"), to: bumped)
        let chartFile = bumped.appendingPathComponent("Chart.yaml")
        let chart = try String(contentsOf: chartFile, encoding: .utf8)
        #expect(chart.contains("\nversion: 0.64.2\n"))
        try chart.replacingOccurrences(of: "\nversion: 0.64.2\n", with: "\nversion: 0.65.0\n")
            .write(to: chartFile, atomically: true, encoding: .utf8)

        let rendered = HelmKitCommand.execute(["template", "airbyte-enterprise", "charts/airbyte", "--namespace", "airbyte",
                                               "--values", "examples/airbyte/values.yml",
                                               "--set-file", "airbyteYml=examples/airbyte/airbyte.yml"]).standardOutput
        let labelled = lines(rendered, startingWith: "    helm.sh/chart: airbyte-0.64.2").count
        #expect(labelled == 18)

        let outcome = diff(Self.airbyte + ["--from", "charts/airbyte", "--to", bumped.path, "-C", "0", "--detailed-exitcode"])
        let text = outcome.standardOutput
        #expect(outcome.status == 2)
        #expect(text.hasSuffix("Resources: \(labelled) changed, 0 added, 0 removed\n"))
        #expect(lines(text, startingWith: "-     helm.sh/chart: airbyte-0.64.2").count == labelled)
        #expect(lines(text, startingWith: "+     helm.sh/chart: airbyte-0.65.0").count == labelled)
        #expect(lines(text, startingWith: "-         checksum/config: ").count == 2)
        #expect(lines(text, startingWith: "+         checksum/config: ").count == 2)
        let otherChanges = text.split(separator: "\n").filter { line in
            (line.hasPrefix("- ") || line.hasPrefix("+ ")) && !line.contains("helm.sh/chart: airbyte-")
                && !line.contains("checksum/config: ")
        }
        #expect(otherChanges == [])
        #expect(!text.contains("airbyte-enterprise-airbyte-minio, StatefulSet"))
    }

    // MARK: API versions

    static let autoscaler = """
        ---
        # Source: web/templates/hpa.yaml
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          minReplicas: 1
          maxReplicas: 4

        """

    @Test func apiVersionMoveWithinGroupIsChange() throws {
        let moved = Self.autoscaler.replacingOccurrences(of: "autoscaling/v2beta2", with: "autoscaling/v2")
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(Self.autoscaler, moved)
        defer { try? FileManager.default.removeItem(at: folder) }

        let text = diff(["manifests", oldPath, newPath, "-n", "web", "--no-color", "-C", "0"])
        #expect(text.standardOutput == """
            web, web, HorizontalPodAutoscaler (autoscaling) has changed:
            # Source: web/templates/hpa.yaml
            @@ -1 +1 @@
            - apiVersion: autoscaling/v2beta2
            + apiVersion: autoscaling/v2
            Resources: 1 changed, 0 added, 0 removed

            """)

        let json = diff(["manifests", oldPath, newPath, "-n", "web", "-o", "json", "-C", "0"])
        #expect(json.standardOutput == """
            {"changes":[{"apiVersion":"autoscaling/v2","change":"changed",\
            "diff":["@@ -1 +1 @@","-apiVersion: autoscaling/v2beta2","+apiVersion: autoscaling/v2"],\
            "group":"autoscaling","hook":false,"kind":"HorizontalPodAutoscaler","name":"web","namespace":"web",\
            "source":"web/templates/hpa.yaml"}]}

            """)
    }

    /// Resources are matched by API group, so a move to another group is a removal and an addition.
    @Test func apiGroupMoveIsRemoveAndAdd() throws {
        let old = "---\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\n"
        let new = "---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n"
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(old, new)
        defer { try? FileManager.default.removeItem(at: folder) }

        let outcome = diff(["manifests", oldPath, newPath, "-o", "simple"])
        #expect(outcome.standardOutput == """
            removed default/Ingress.extensions/web
            added default/Ingress.networking.k8s.io/web

            """)
    }

    // MARK: Hooks

    /// `tests.image.tag` is read by the `helm.sh/hook: test` Pod alone.
    @Test func hookBodyChangeIsLabelled() {
        let arguments = Self.sameChart + ["--to-set", "tests.image.tag=1.37", "-C", "0"]
        #expect(diff(arguments).standardOutput == """
            airbyte, airbyte-enterprise-airbyte-test-connection, Pod [hook] has changed:
            # Source: airbyte/templates/tests/test-webapp-connection.yaml
            @@ -21 +21 @@
            -       image: busybox:1.36
            +       image: busybox:1.37
            Resources: 1 changed, 0 added, 0 removed

            """)
        #expect(diff(arguments + ["-o", "simple"]).standardOutput
            == "changed airbyte/Pod/airbyte-enterprise-airbyte-test-connection [hook]\n")
        let json = diff(arguments + ["-o", "json"]).standardOutput
        #expect(json.contains("\"hook\":true,\"kind\":\"Pod\",\"name\":\"airbyte-enterprise-airbyte-test-connection\""))
    }

    @Test func hookAnnotationChangeIsLabelled() throws {
        let old = """
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations:
                helm.sh/hook: pre-install

            """
        let new = old.replacingOccurrences(of: "pre-install", with: "pre-install,pre-upgrade")
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(old, new)
        defer { try? FileManager.default.removeItem(at: folder) }

        let outcome = diff(["manifests", oldPath, newPath, "--no-color", "-C", "0", "-n", "jobs"])
        #expect(outcome.standardOutput == """
            jobs, migrate, Job (batch) [hook] has changed:
            @@ -6 +6 @@
            -     helm.sh/hook: pre-install
            +     helm.sh/hook: pre-install,pre-upgrade
            Resources: 1 changed, 0 added, 0 removed

            """)
    }

    // MARK: Reordering

    static let settingsAndService = """
        ---
        # Source: app/templates/cm.yaml
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels:
            tier: web
        data:
          mode: fast
          level: "3"
        ---
        # Source: app/templates/svc.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - port: 80

        """

    /// The same two resources with the documents swapped and the ConfigMap's keys reordered.
    static let serviceAndSettingsReordered = """
        ---
        # Source: app/templates/svc.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - port: 80
        ---
        # Source: app/templates/cm.yaml
        kind: ConfigMap
        apiVersion: v1
        metadata:
          labels:
            tier: web
          name: settings
        data:
          level: "3"
          mode: fast

        """

    @Test func reorderingIsNoChangeWhenNormalized() throws {
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(Self.settingsAndService, Self.serviceAndSettingsReordered)
        defer { try? FileManager.default.removeItem(at: folder) }

        let normalized = diff(["manifests", oldPath, newPath, "--normalize", "--detailed-exitcode"])
        #expect(normalized.status == 0)
        #expect(normalized.standardOutput == "")
    }

    /// Without `--normalize`, document order still does not matter because resources are matched
    /// by identity, but moved keys are lines removed and added, as GNU `diff -U0` prints them.
    @Test func reorderedKeysAreChangeWithoutNormalize() throws {
        let (oldPath, newPath, folder) = try DiffFixtures.writeManifests(Self.settingsAndService, Self.serviceAndSettingsReordered)
        defer { try? FileManager.default.removeItem(at: folder) }

        let outcome = diff(["manifests", oldPath, newPath, "--no-color", "-C", "0", "--detailed-exitcode"])
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput == """
            default, settings, ConfigMap has changed:
            # Source: app/templates/cm.yaml
            @@ -1 +0,0 @@
            - apiVersion: v1
            @@ -2,0 +2 @@
            + apiVersion: v1
            @@ -4 +3,0 @@
            -   name: settings
            @@ -6,0 +6 @@
            +   name: settings
            @@ -8 +7,0 @@
            -   mode: fast
            @@ -9,0 +9 @@
            +   mode: fast
            Resources: 1 changed, 0 added, 0 removed

            """)
    }

    // MARK: Random functions

    static let randomChart = ["upgrade", "r", "--from", "charts/random-functions", "--to", "charts/random-functions",
                              "--now", "2024-05-01T12:00:00Z", "--no-color", "--detailed-exitcode"]

    @Test func sameSeedGivesNoDiff() {
        let outcome = diff(Self.randomChart + ["--seed", "7"])
        #expect(outcome.standardError == "")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "")
        #expect(diff(Self.randomChart + ["--seed", "7", "-o", "json"]).standardOutput == "{\"changes\":[]}\n")
    }

    /// Every key of the TLS Secret comes from a random source: generated keys, certificates with
    /// random serial numbers and keys, a bcrypt salt and `randBytes`.
    @Test func randomFunctionsDifferWithoutSeed() {
        let outcome = diff(Self.randomChart)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.hasPrefix("default, r-tls, Secret has changed:\n"))
        for key in ["ca.crt", "ecdsa.key", "ed25519.key", "htpasswd", "random", "self-signed.crt", "tls.crt", "tls.key"] {
            #expect(lines(outcome.standardOutput, startingWith: "-   \(key): (").count == 1, "\(key)")
            #expect(lines(outcome.standardOutput, startingWith: "+   \(key): (").count == 1, "\(key)")
        }
        #expect(outcome.standardOutput.hasSuffix("Resources: 1 changed, 0 added, 0 removed\n"))
    }
}
