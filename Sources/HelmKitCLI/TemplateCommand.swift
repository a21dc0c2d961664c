import Foundation
import HelmKit
import HelmKitChart
import HelmKitFunctions
import HelmKitRender
import HelmKitTemplate
import HelmKitValues

/// `helmkit template [NAME] CHART [flags]`: renders a chart as `helm template` prints it.
struct TemplateCommand {
    static let flags = TemplateFlags.all

    /// Runs the command and returns the text for standard output. `environment` is Helm's
    /// own: it locates and runs `--post-renderer` plugins, and templates never see it.
    /// `programName` is the name usage errors give the command: `helm` for the drop-in.
    static func run(_ arguments: [String], environment: [String: String],
                    programName: String = "helmkit") throws -> String {
        var postRendererFlags = PostRendererFlags(environment: environment)
        let parsed = try FlagParser(specs: flags).parse(arguments) { flag, value in
            try postRendererFlags.set(flag.name, value: value)
        }
        if parsed.flag("help") { return usage }
        try TemplateFlags.rejectUnavailable(parsed)

        var capabilities = Capabilities()
        if let kubeVersion = parsed.string("kube-version"), !kubeVersion.isEmpty {
            do {
                capabilities.kubeVersion = try KubeVersion(parsing: kubeVersion)
            } catch {
                throw CommandError("invalid kube version '\(kubeVersion)': \(error)")
            }
        }
        capabilities.apiVersions += parsed.array("api-versions")

        let (releaseName, chartReference) = try nameAndChart(parsed.positionals,
                                                             nameTemplate: parsed.string("name-template") ?? "",
                                                             generateName: parsed.flag("generate-name"),
                                                             programName: programName)
        let chartPath = try ChartLocator.locate(chartReference)
        // The chart loads on a second thread while the user's values are read and the template
        // functions are set up. Helm reads the values first, so their errors still come first.
        let chartLoading = BackgroundTask { Result { try ChartLocator.load(path: chartPath) } }
        let randomSourceChoice = Result { try Self.randomSource(parsed) }
        let enableDNS = parsed.flag("enable-dns")

        let valueOptions = ValueOptions(
            valueFiles: parsed.array("values"),
            jsonValues: parsed.array("set-json"),
            values: parsed.array("set"),
            stringValues: parsed.array("set-string"),
            fileValues: parsed.array("set-file"),
            literalValues: parsed.array("set-literal"))
        let userValues: ValueMap
        do {
            userValues = try valueOptions.merge()
        } catch {
            _ = chartLoading.wait()
            throw error
        }

        let engine = (try? randomSourceChoice.get()).map { Engine(enableDNS: enableDNS, randomSource: $0) }
        engine?.prepareFunctions()

        guard let loaded = chartLoading.wait() else { throw CommandError("loading the chart stopped without a result") }
        let chart = try loaded.get()
        engine?.startParsing(chart: chart)
        try validateReleaseName(releaseName)
        let options = RenderOptions(
            releaseName: releaseName,
            namespace: parsed.string("namespace") ?? "default",
            isUpgrade: parsed.flag("is-upgrade"),
            includeCRDs: parsed.flag("include-crds"),
            disableHooks: parsed.flag("no-hooks"),
            skipTests: parsed.flag("skip-tests"),
            enableDNS: enableDNS,
            skipSchemaValidation: parsed.flag("skip-schema-validation"),
            capabilities: capabilities,
            randomSource: try randomSourceChoice.get())

        let release: RenderedRelease
        do {
            release = try ReleaseRenderer.renderRelease(chart: chart, userValues: userValues, options: options,
                                                        postRenderer: postRendererFlags.plugin, engine: engine)
        } catch let error as ReleaseRenderFailure {
            if parsed.flag("debug") {
                throw FailureWithOutput(output: error.debugOutput, message: error.message)
            }
            throw CommandError(error.message + "\n\nUse --debug flag to render out invalid YAML")
        }

        if let outputDirectory = parsed.string("output-dir"), !outputDirectory.isEmpty {
            let folder = parsed.flag("release-name") ? outputDirectory + "/" + releaseName : outputDirectory
            return try OutputDirectory.write(release, to: folder, options: options)
        }
        ExitKeepAlive.keep(chart)
        ExitKeepAlive.keep(release)
        let output = release.templateOutput(options: options)
        let patterns = parsed.array("show-only")
        return patterns.isEmpty ? output : try ShowOnly.select(output, patterns: patterns)
    }

    /// Returns the clock and random numbers that `--seed` and `--now` request, or the system's.
    static func randomSource(_ parsed: ParsedFlags) throws -> RandomSource {
        var time: Date?
        if let text = parsed.string("now") {
            guard let parsedTime = ISO8601DateFormatter().date(from: text) else {
                throw CommandError("invalid argument \"\(text)\" for \"--now\": use RFC 3339, as 2026-01-02T15:04:05Z")
            }
            time = parsedTime
        }
        if let text = parsed.string("seed") {
            guard let seed = UInt64(text) else {
                throw CommandError("invalid argument \"\(text)\" for \"--seed\": use a whole number from 0 to 18446744073709551615")
            }
            return .seeded(seed, time: time)
        }
        return time.map(RandomSource.fixedTime) ?? .system
    }

    /// Helm's `NameAndChart` for `template`: with one argument it is the chart, and the release
    /// is named by `--name-template` or else `release-name`.
    static func nameAndChart(_ positionals: [String], nameTemplate: String, generateName: Bool,
                             programName: String = "helmkit") throws -> (String, String) {
        switch positionals.count {
        case 0:
            throw UsageError(description: "\"\(programName) template\" requires at least 1 argument\n\nUsage:  \(programName) template [NAME] [CHART] [flags]")
        case 1:
            if !nameTemplate.isEmpty {
                return (try ReleaseNameTemplate.render(nameTemplate), positionals[0])
            }
            return ("release-name", positionals[0])
        case 2:
            if generateName { throw CommandError("cannot set --generate-name and also specify a name") }
            if !nameTemplate.isEmpty { throw CommandError("cannot set --name-template and also specify a name") }
            return (positionals[0], positionals[1])
        default:
            throw CommandError("expected at most two arguments, unexpected arguments: \(positionals.dropFirst(2).joined(separator: ", "))")
        }
    }

    /// Checks a release name as Helm does: a DNS-1123 subdomain of at most 53 characters.
    static func validateReleaseName(_ name: String) throws {
        if name.isEmpty { throw CommandError("release name check failed: release name \"\": no name provided") }
        let invalid = CommandError("release name check failed: release name \"\(name)\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")
        guard name.utf8.count <= 53 else { throw invalid }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last,
                  first.isLowercaseAlphanumeric, last.isLowercaseAlphanumeric,
                  label.allSatisfy({ $0.isLowercaseAlphanumeric || $0 == "-" }) else { throw invalid }
        }
    }

    static var usage: String { CommandCatalog.help(CommandCatalog.template) }
}

extension Character {
    var isLowercaseAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("0"..."9").contains(self)
    }
}
