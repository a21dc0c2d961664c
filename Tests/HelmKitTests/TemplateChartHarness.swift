import Testing
import HelmKitChart
import HelmKitRender
import HelmKitValues

/// One chart with a single template `templates/x.yaml`, and what `helm template t CHART` prints.
struct ChartCase: CustomTestStringConvertible, Sendable {
    let name: String
    let template: String
    let expected: String
    /// The chart's values.yaml; nil for `TemplateChartHarness.defaultValues`.
    let values: String?
    /// Other chart files by path relative to the chart root.
    let files: [String: String]

    init(_ name: String, _ template: String, _ expected: String, values: String? = nil,
         files: [String: String] = [:]) {
        self.name = name
        self.template = template
        self.expected = expected
        self.values = values
        self.files = files
    }

    var testDescription: String { name }
}

/// Renders a chart through the whole pipeline (chart loading, the engine with every Sprig and
/// Helm function, manifest sorting) and returns what `helmkit template t CHART` prints, or
/// `Error: …` for a failure.
enum TemplateChartHarness {
    static let defaultValues = """
s: hello
num: 3
f: 1.5
big: 1000000
b: true
z: 0
e: ""
l: [a, b, c]
el: []
m: {k2: v2, k1: v1, k3: {x: 1}}
em: {}
nul: null
nested: {a: {b: {c: deep}}}
nums: [3, 1, 2]
neg: -2
html: "<a href='x'>&\\"</a>"

"""

    static func render(_ testCase: ChartCase) -> String {
        var files = [
            ChartFile(path: "Chart.yaml", data: Array("apiVersion: v2\nname: t\nversion: 0.1.0\n".utf8)),
            ChartFile(path: "values.yaml", data: Array((testCase.values ?? defaultValues).utf8)),
            ChartFile(path: "templates/x.yaml", data: Array(testCase.template.utf8)),
        ]
        for (path, text) in testCase.files.sorted(by: { $0.key < $1.key }) {
            files.append(ChartFile(path: path, data: Array(text.utf8)))
        }
        do {
            let chart = try ChartLoader.load(files: files)
            return try ReleaseRenderer.render(chart: chart, userValues: ValueMap(), options: RenderOptions(releaseName: "t"))
        } catch {
            return "Error: \(error)"
        }
    }
}
