@_exported import HelmKitChart
@_exported import HelmKitDiff
@_exported import HelmKitRender
@_exported import HelmKitValues

/// Entry points for Swift programs that load, render and compare Helm charts without Helm.
///
/// Each step is one call, and the types it returns come from the modules this one re-exports:
/// `Chart` (HelmKitChart), `ValueMap` (HelmKitValues), `RenderOptions` (HelmKitRender) and
/// `ReleaseDiff` (HelmKitDiff). Errors are `HelmKitError`, `ReleaseRenderFailure` or the
/// lower modules' own, and their descriptions are the messages `helm template` prints after
/// `Error: `.
///
/// Rendering runs on the calling thread. Go grows a goroutine's stack up to 1 GB, so charts with
/// `include` chains thousands deep need a thread with a large stack, as `helmkit` uses (512 MiB).
public enum HelmKit {
    /// The Helm release whose `helm template` output HelmKit reproduces byte for byte.
    public static let helmVersion = "v4.2.3"

    /// Loads the chart folder or `.tgz` archive at `path` with its subcharts, applying
    /// `.helmignore` and Helm's size and path checks.
    public static func loadChart(at path: String) throws -> Chart {
        try ChartLocator.load(path: ChartLocator.locate(path))
    }

    /// Reads and merges user values in Helm's order of precedence: the `valueFiles` in order,
    /// then the `--set` expressions in `setValues` (such as `image.tag=1.2.3`). Use
    /// `ValueOptions` directly for `--set-string`, `--set-file`, `--set-json` and
    /// `--set-literal`.
    public static func mergeValues(valueFiles: [String] = [], setValues: [String] = []) throws -> ValueMap {
        try ValueOptions(valueFiles: valueFiles, values: setValues).merge()
    }

    /// Renders `chart` with the user values `values` and returns the text `helm template`
    /// prints: CRDs only when `options.includeCRDs` is set, then manifests, then hooks.
    public static func render(chart: Chart, values: ValueMap = ValueMap(), options: RenderOptions) throws -> String {
        try ReleaseRenderer.render(chart: chart, userValues: values, options: options)
    }

    /// Loads the chart at `path`, merges `valueFiles` and `setValues`, and returns what
    /// `helm template RELEASE PATH -n NAMESPACE -f FILE… --set EXPR…` prints.
    public static func render(chartAt path: String, releaseName: String, namespace: String = "default",
                              valueFiles: [String] = [], setValues: [String] = []) throws -> String {
        let chart = try loadChart(at: path)
        let values = try mergeValues(valueFiles: valueFiles, setValues: setValues)
        let options = RenderOptions(releaseName: releaseName, namespace: namespace)
        return try render(chart: chart, values: values, options: options)
    }

    /// Compares two renderings resource by resource and returns the report `helmkit diff
    /// manifests` prints without color: a header and a unified diff per changed, added or
    /// removed resource, then a count. `namespace` fills in resources that name none. The report
    /// is empty when nothing changed.
    public static func diff(old: String, new: String, namespace: String = "default",
                            options: ReleaseDiff.Options = ReleaseDiff.Options()) throws -> String {
        let oldResources = try ResourceParser.parse(old, namespace: namespace, origin: "the old rendering")
        let newResources = try ResourceParser.parse(new, namespace: namespace, origin: "the new rendering")
        let comparison = try ReleaseDiff(old: oldResources, new: newResources, options: options)
        return try DiffReport.text(comparison, options: options, color: false)
    }
}
