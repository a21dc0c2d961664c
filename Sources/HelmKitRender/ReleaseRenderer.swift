import Foundation
import HelmKitChart
import HelmKitFunctions
import HelmKitValues

/// The release a chart is rendered as, and the switches that shape `helm template`'s output.
public struct RenderOptions: Sendable {
    public var releaseName: String
    public var namespace: String
    public var isUpgrade: Bool
    public var includeCRDs: Bool
    public var disableHooks: Bool
    public var skipTests: Bool
    public var enableDNS: Bool
    public var skipSchemaValidation: Bool
    public var capabilities: Capabilities
    /// The clock and random numbers the template functions use.
    public var randomSource: RandomSource
    /// For tests: see `Engine.runsAheadFirst`.
    var runsAheadFirst = false

    public init(releaseName: String, namespace: String = "default", isUpgrade: Bool = false,
                includeCRDs: Bool = false, disableHooks: Bool = false, skipTests: Bool = false,
                enableDNS: Bool = false, skipSchemaValidation: Bool = false,
                capabilities: Capabilities = Capabilities(), randomSource: RandomSource = .system) {
        self.releaseName = releaseName
        self.namespace = namespace
        self.isUpgrade = isUpgrade
        self.includeCRDs = includeCRDs
        self.disableHooks = disableHooks
        self.skipTests = skipTests
        self.enableDNS = enableDNS
        self.skipSchemaValidation = skipSchemaValidation
        self.capabilities = capabilities
        self.randomSource = randomSource
    }
}

/// Renders a chart with the user's values into the text `helm template` prints.
public enum ReleaseRenderer {
    /// Runs Helm's install pipeline offline and returns the text `helm template` prints.
    public static func render(chart: Chart, userValues: ValueMap, options: RenderOptions) throws -> String {
        try renderRelease(chart: chart, userValues: userValues, options: options).templateOutput(options: options)
    }

    /// Runs Helm's install pipeline offline: dependency checks and processing, values
    /// coalescing and schema checks, rendering, the post-renderer when one is given, then
    /// documents sorted by kind into manifests and hooks.
    ///
    /// `engine`, when given, must have been made with `options`' DNS switch and random source;
    /// it may have started parsing `chart` already.
    public static func renderRelease(chart: Chart, userValues: ValueMap, options: RenderOptions,
                                     postRenderer: PostRenderer? = nil, engine: Engine? = nil) throws -> RenderedRelease {
        try checkInstallable(chart)
        try checkDependenciesPresent(chart)

        // Parsing needs only the templates' text, so it starts while values are processed.
        let engine = engine ?? Engine(enableDNS: options.enableDNS, randomSource: options.randomSource)
        engine.runsAheadFirst = options.runsAheadFirst
        if !engine.hasStartedParsing { engine.startParsing(chart: chart) }

        let processed: Chart
        do {
            processed = try Dependencies.process(chart, userValues: userValues)
        } catch let error as ChartError {
            throw RenderError(message: "chart dependencies processing failed: \(error.message)")
        }
        let topValues = try renderValues(chart: processed, userValues: userValues, options: options)
        ExitKeepAlive.keep(processed)
        ExitKeepAlive.keep(topValues)

        // From here on Helm has created the release, so a failure carries what was rendered.
        // Without a post-renderer the documents to sort are the rendered ones, so they can be
        // decoded while later templates render.
        let preparation = postRenderer == nil ? ManifestPreparation() : nil
        defer { preparation?.finish() }
        let files: [String: String]
        do {
            try checkKubeVersion(processed, capabilities: options.capabilities)
            files = try engine.render(chart: processed, topValues: topValues) { name, text in
                    if !name.hasSuffix("NOTES.txt") { preparation?.submit(path: name, content: text) }
                }
        } catch let error as RenderError {
            throw ReleaseRenderFailure(message: error.message, renderedFiles: [:])
        }

        // NOTES.txt renders like any template, so its errors count, but it is not a manifest.
        ExitKeepAlive.keep(files)
        var manifestFiles = files.filter { !$0.key.hasSuffix("NOTES.txt") }
        if let postRenderer {
            do {
                manifestFiles = try PostRendering.apply(postRenderer, to: manifestFiles)
            } catch let error as RenderError {
                throw ReleaseRenderFailure(message: error.message, renderedFiles: [:])
            }
        }
        let sorted: (hooks: [Hook], manifests: [Manifest])
        do {
            sorted = try ManifestSorter.sort(files: manifestFiles, prepared: preparation?.finish() ?? [:])
        } catch let error as RenderError {
            throw ReleaseRenderFailure(message: error.message, renderedFiles: manifestFiles)
        }
        ExitKeepAlive.keep(sorted)
        let crds = options.includeCRDs ? crdFiles(of: processed, chartPath: processed.name) : []
        return RenderedRelease(
            crds: crds.map { RenderedDocument(path: $0.path, content: $0.text) },
            manifests: sorted.manifests.map { RenderedDocument(path: $0.path, content: $0.content) },
            hooks: sorted.hooks.map { RenderedHook(path: $0.path, content: $0.manifest, isTest: $0.isTest) })
    }

    /// Checks the chart's `kubeVersion` constraint against the Kubernetes version rendered for.
    static func checkKubeVersion(_ chart: Chart, capabilities: Capabilities) throws {
        let constraint = chart.metadata.kubeVersion
        guard !constraint.isEmpty else { return }
        // TODO: a constraint that does not parse is treated as satisfied here; Helm reports it.
        if let satisfied = SemanticVersionCheck.isCompatible(constraint: constraint, version: capabilities.kubeVersion.normalized),
           !satisfied {
            throw RenderError(message: "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(capabilities.kubeVersion.version)")
        }
    }

    /// Builds the top-level template data: coalesced `.Values`, `.Release`, `.Chart` and `.Capabilities`.
    static func renderValues(chart: Chart, userValues: ValueMap, options: RenderOptions) throws -> ValueMap {
        let values: ValueMap
        do {
            values = try Coalesce.values(for: chart, userValues: userValues)
        } catch let error as ChartError {
            throw RenderError(message: error.message)
        }
        if !options.skipSchemaValidation, let failure = ValuesSchema.validate(chart: chart, values: values) {
            throw RenderError(message: "values don't meet the specifications of the schema(s) in the following chart(s):\n" + failure)
        }
        return ValueMap([
            "Chart": .map(ChartMetadataMap.make(chart.metadata, isRoot: true)),
            "Capabilities": options.capabilities.value,
            "Release": .dictionary([
                "Name": .string(options.releaseName),
                "Namespace": .string(options.namespace),
                "IsUpgrade": .bool(options.isUpgrade),
                "IsInstall": .bool(!options.isUpgrade),
                "Revision": .int(1),
                "Service": .string("Helm"),
            ]),
            "Values": .map(values),
        ])
    }

    static func checkInstallable(_ chart: Chart) throws {
        let type = chart.metadata.type
        if !type.isEmpty && type != "application" {
            throw RenderError(message: "\(type) charts are not installable")
        }
    }

    /// Helm's `CheckDependencies`: every dependency Chart.yaml declares must be under `charts/`.
    static func checkDependenciesPresent(_ chart: Chart) throws {
        let present = Set(chart.dependencies.map(\.name))
        let missing = chart.metadata.dependencies.map(\.name).filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw RenderError(message: "an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: " + missing.joined(separator: ", "))
        }
    }

    /// Collects the CRD files of the chart and its enabled subcharts, named by their full path.
    static func crdFiles(of chart: Chart, chartPath: String) -> [ChartFile] {
        var result = chart.crds.map { ChartFile(path: chartPath + "/" + $0.path, data: $0.data) }
        for subchart in chart.dependencies {
            result += crdFiles(of: subchart, chartPath: chartPath + "/charts/" + subchart.name)
        }
        return result
    }
}
