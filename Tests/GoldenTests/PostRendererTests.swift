import Foundation
import HelmKitCLI
import Testing

/// `--post-renderer` runs a `postrenderer/v1` plugin. The reference renderer has no plugins,
/// so each expected text is worked out from Helm v4.2.3's source, named next to it. The files
/// are pkg/cmd/flags.go (the flag values), pkg/postrenderer/postrenderer.go and
/// internal/plugin/ (finding and running plugins), and pkg/action/action.go
/// (`annotateAndMerge`, `splitAndDeannotate` and `renderResources`). kyaml v0.21.1 decides
/// how the YAML is rewritten.
struct PostRendererTests {
    /// A chart and a plugins folder in a fresh temporary directory.
    struct Fixture {
        let root: String

        var chart: String { root + "/chart" }
        var plugins: String { root + "/plugins" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-postrender-\(UUID().uuidString)").path
            try write("chart/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n")
            try write("chart/templates/NOTES.txt", "Thanks for installing.\n")
            try write("chart/templates/_helpers.tpl", "{{- define \"demo.name\" -}}demo{{- end -}}\n")
            try write("chart/templates/config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ .Release.Name }}-config
                data:
                  key: "value"
                  list: |
                    a
                    b
                  items:
                  - one
                  - two
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ include "demo.name" . }}
                  annotations:
                    team: web
                spec:
                  ports: [80, 443]

                """)
            try write("chart/templates/hook.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  annotations:
                    "helm.sh/hook": pre-install

                """)
        }

        func write(_ path: String, _ text: String, executable: Bool = false) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            if executable {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            }
        }

        /// Adds a v1 subprocess plugin whose command is `script` in its folder.
        func addPlugin(_ name: String, folder: String? = nil, type: String = "postrenderer/v1", script: String) throws {
            let folder = "plugins/" + (folder ?? name)
            try write(folder + "/plugin.yaml", """
                apiVersion: v1
                name: \(name)
                type: \(type)
                runtime: subprocess
                version: 1.0.0
                runtimeConfig:
                  platformCommand:
                  - command: ${HELM_PLUGIN_DIR}/run.sh
                    args: [--from-plugin-yaml]

                """)
            try write(folder + "/run.sh", "#!/bin/sh\n" + script, executable: true)
        }

        func run(_ flags: [String], environment: [String: String]? = nil) -> HelmKitCommand.Outcome {
            let environment = environment ?? [
                "HELM_PLUGINS": plugins,
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            ]
            return HelmKitCommand.execute(["template", "rel", chart] + flags, environment: environment)
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    static let debugHint = "\n\nUse --debug flag to render out invalid YAML\n"

    // MARK: Output

    @Test func pluginReadsAnnotatedStream() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("capture", script: "tee \"$HELM_PLUGIN_DIR/input.yaml\"\n")

        let outcome = fixture.run(["--post-renderer", "capture"])
        #expect(outcome.status == 0)
        let input = try String(contentsOfFile: fixture.plugins + "/capture/input.yaml", encoding: .utf8)
        // annotateAndMerge takes files in name order and leaves out partials and NOTES.txt.
        // kyaml's SetAnnotation appends a single-quoted filename annotation to each document's
        // metadata.annotations. kyaml's go-yaml v3 encoder writes the stream with indent 2,
        // sequences in mappings not indented, quoting and flow style kept, `---` between
        // documents.
        #expect(input == """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: rel-config
              annotations:
                postrenderer.helm.sh/postrender-filename: 'demo/templates/config.yaml'
            data:
              key: "value"
              list: |
                a
                b
              items:
              - one
              - two
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: demo
              annotations:
                team: web
                postrenderer.helm.sh/postrender-filename: 'demo/templates/config.yaml'
            spec:
              ports: [80, 443]
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              annotations:
                "helm.sh/hook": pre-install
                postrenderer.helm.sh/postrender-filename: 'demo/templates/hook.yaml'

            """)
    }

    @Test func templateCommentsReachPlugin() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("chart/templates/commented.yaml", """
            # Settings for the app
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: commented # fixed name
            data:
              # the level
              level: debug
              # end of data

            """)
        try fixture.addPlugin("capture", script: "tee \"$HELM_PLUGIN_DIR/input.yaml\"\n")

        let outcome = fixture.run(["--post-renderer", "capture"])
        #expect(outcome.standardError == "")
        let input = try String(contentsOfFile: fixture.plugins + "/capture/input.yaml", encoding: .utf8)
        // Expected text from a Go program that repeats annotateAndMerge with go.yaml.in/yaml/v3
        // v3.0.4 (see KYAMLCommentTests): go-yaml v3 keeps the comments, the head comment of
        // the first key stays above the document, and the filename annotation goes after the
        // commented name. commented.yaml sorts first, so its document opens the stream.
        #expect(input.hasPrefix("""
            # Settings for the app
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: commented # fixed name
              annotations:
                postrenderer.helm.sh/postrender-filename: 'demo/templates/commented.yaml'
            data:
              # the level
              level: debug
              # end of data
            ---

            """))
        // The comments come back out of the plugin with the document.
        #expect(outcome.standardOutput.contains("""
            # Source: demo/templates/commented.yaml
            # Settings for the app
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: commented # fixed name
            data:
              # the level
              level: debug
              # end of data

            """))
    }

    @Test func labelAddedBySedPlugin() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("label", script: """
            sed 's/^  annotations:/  labels:\\n    post-rendered: "yes"\\n  annotations:/'

            """)

        let outcome = fixture.run(["--post-renderer", "label"])
        #expect(outcome.standardError == "")
        // splitAndDeannotate names each document's file by the filename annotation and removes
        // it. Helm then sorts by kind as without a post-renderer (ConfigMap before Service)
        // and prints hooks last. The hook's text ends in the line break kyaml writes, so an
        // empty line follows it.
        #expect(outcome.standardOutput == """
            ---
            # Source: demo/templates/config.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: rel-config
              labels:
                post-rendered: "yes"
            data:
              key: "value"
              list: |
                a
                b
              items:
              - one
              - two
            ---
            # Source: demo/templates/config.yaml
            apiVersion: v1
            kind: Service
            metadata:
              name: demo
              labels:
                post-rendered: "yes"
              annotations:
                team: web
            spec:
              ports: [80, 443]
            ---
            # Source: demo/templates/hook.yaml
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
              labels:
                post-rendered: "yes"
              annotations:
                "helm.sh/hook": pre-install


            """)
    }

    @Test func unannotatedOutputGetsGeneratedName() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("fixed", script: """
            cat >/dev/null
            printf 'kind: Secret\\nmetadata: {name: s}\\n---\\n# nothing\\n---\\nkind: ConfigMap\\nmetadata:\\n  annotations: {}\\n  name: c\\n'

            """)

        let outcome = fixture.run(["--post-renderer", "fixed"])
        #expect(outcome.standardError == "")
        // Documents without the filename annotation are named generated-by-postrender-N.yaml,
        // N counting the documents kyaml read, which skips the comment-only one. kyaml drops
        // the empty annotations mapping. Secret sorts before ConfigMap in Helm's install order.
        // A file's last document keeps kyaml's final line break (SplitManifests trims only the
        // front), so an empty line follows it unless it ends the trimmed manifest stream.
        #expect(outcome.standardOutput == """
            ---
            # Source: generated-by-postrender-0.yaml
            kind: Secret
            metadata: {name: s}

            ---
            # Source: generated-by-postrender-1.yaml
            kind: ConfigMap
            metadata:
              name: c

            """)
    }

    @Test func argumentsFollowPluginArgs() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("args", script: """
            cat >/dev/null
            printf 'kind: ConfigMap\\nmetadata:\\n  name: args\\ndata:\\n  args: "%s|%s|%s"\\n  plugin: "%s"\\n' "$@" "$HELM_PLUGIN_NAME"

            """)

        // Values given before and after --post-renderer all count, in order, and a comma does
        // not split one (postRendererArgsSlice.Set appends the raw value). The plugin's own
        // `args` come first (PrepareCommands).
        let outcome = fixture.run(["--post-renderer-args", "a,b", "--post-renderer", "args",
                                   "--post-renderer-args", ""])
        #expect(outcome.standardError == "")
        #expect(outcome.standardOutput.contains("  args: \"--from-plugin-yaml|a,b|\"\n  plugin: \"args\"\n"))
    }

    @Test func dataHomeHoldsDefaultPlugins() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("home", folder: "../data/plugins/home", script: "cat\n")

        // Without HELM_PLUGINS, Helm looks in helmpath.DataPath("plugins"): HELM_DATA_HOME
        // comes before XDG_DATA_HOME and HOME.
        let outcome = fixture.run(["--post-renderer", "home"], environment: [
            "HELM_DATA_HOME": fixture.root + "/data",
            "XDG_DATA_HOME": fixture.root + "/elsewhere",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("# Source: demo/templates/hook.yaml\n"))
    }

    // MARK: Errors

    @Test func missingPluginFails() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("other", type: "cli/v1", script: "cat\n")

        // FindPlugin filters by name and type postrenderer/v1 and prints the descriptor with
        // %+v; pflag wraps the error of the flag value's Set.
        for name in ["absent", "other"] {
            let outcome = fixture.run(["--post-renderer", name])
            #expect(outcome.status == 1)
            #expect(outcome.standardError == "Error: invalid argument \"\(name)\" for \"--post-renderer\" flag: plugin: {Name:\(name) Type:postrenderer/v1} not found\n")
        }
    }

    @Test func flagGivenTwiceFails() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("first", script: "cat\n")

        let outcome = fixture.run(["--post-renderer", "first", "--post-renderer=first"])
        #expect(outcome.standardError == "Error: invalid argument \"first\" for \"--post-renderer\" flag: cannot specify --post-renderer flag more than once\n")
    }

    /// Plugins whose run fails after rendering. `helm template` then adds its --debug hint,
    /// because the release exists by then (`runInstall` returns it with the error).
    static let runFailures: [(plugin: String, script: String, message: String)] = [
        // executeCmd turns a non-zero exit into InvokeExecError, which renderResources wraps.
        ("broken", "echo 'not this' >&2\nexit 3\n",
         "error while running post render on files: failed to invoke post-renderer plugin \"broken\": plugin \"broken\" exited with error"),
        // postRendererPlugin.Run rejects output that is only white space.
        ("silent", "cat >/dev/null\necho '  '\n",
         "error while running post render on files: post-renderer \"silent\" produced empty output"),
        // kyaml's reader rejects a separator line with anything but a comment after `---`.
        ("garbled", "cat >/dev/null\nprintf 'a: b\\n---- x\\n'\n",
         "error while parsing post rendered output: error parsing YAML: invalid document separator: ---- x"),
    ]

    @Test(arguments: runFailures.indices)
    func pluginRunFails(_ index: Int) throws {
        let failure = Self.runFailures[index]
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin(failure.plugin, script: failure.script)

        let outcome = fixture.run(["--post-renderer", failure.plugin])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError == "Error: " + failure.message + Self.debugHint)
    }

    @Test func missingCommandFails() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("gone", script: "cat\n")
        try FileManager.default.removeItem(atPath: fixture.plugins + "/gone/run.sh")

        let outcome = fixture.run(["--post-renderer", "gone"])
        #expect(outcome.standardError == "Error: error while running post render on files: failed to invoke post-renderer plugin \"gone\": fork/exec \(fixture.plugins)/gone/run.sh: no such file or directory" + Self.debugHint)
    }

    @Test func duplicatePluginNamesFail() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.addPlugin("twin", folder: "a", script: "cat\n")
        try fixture.addPlugin("twin", folder: "b", type: "cli/v1", script: "cat\n")

        // LoadAllDir loads every plugin of a directory and rejects a name claimed twice.
        let outcome = fixture.run(["--post-renderer", "twin"])
        #expect(outcome.standardError == "Error: invalid argument \"twin\" for \"--post-renderer\" flag: two plugins claim the name \"twin\" at \"\(fixture.plugins)/a\" and \"\(fixture.plugins)/b\"\n")
    }
}
