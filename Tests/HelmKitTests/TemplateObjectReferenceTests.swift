import Testing

/// Printing and reflection of Helm's objects whose Go types are maps or slices with methods,
/// such as `.Files`. Each row contains the output of `helm template` (Helm v4.2.3).
@Suite struct TemplateObjectReferenceTests {
    static let cases: [ChartCase] = [
        ChartCase("files printf s",
                  "a: \"{{ printf \"%s\" .Files }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"map[LICENSE:MIT]\"\n", files: ["LICENSE": "MIT"]),
        ChartCase("files typeOf",
                  "a: \"{{ typeOf .Files }} {{ kindOf .Files }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"engine.files map\"\n"),
    ]

    @Test(arguments: cases)
    func matchesHelm(_ testCase: ChartCase) {
        #expect(TemplateChartHarness.render(testCase) == testCase.expected)
    }
}
