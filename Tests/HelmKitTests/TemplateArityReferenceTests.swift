import Testing

/// Argument counts and types of registered functions and of `.Files` and
/// `.Capabilities.APIVersions` methods: Go checks the count before evaluating any argument.
/// Each row contains the output of `helm template` (Helm v4.2.3).
@Suite struct TemplateArityReferenceTests {
    static let cases: [ChartCase] = [
        ChartCase("files get wrong arg",
                  "a: {{ .Files.Get }}",
                  "Error: t/templates/x.yaml:1:12\n  executing \"t/templates/x.yaml\" at <.Files.Get>:\n    wrong number of args for Get: want 1 got 0"),
        ChartCase("capabilities has no args",
                  "a: {{ .Capabilities.APIVersions.Has }}",
                  "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Capabilities.APIVersions.Has>:\n    wrong number of args for Has: want 1 got 0"),
        ChartCase("call with method value",
                  "a: {{ call .Files.Get \"x\" }}",
                  "Error: t/templates/x.yaml:1:17\n  executing \"t/templates/x.yaml\" at <.Files.Get>:\n    wrong number of args for Get: want 1 got 0"),
        ChartCase("include arity before eval",
                  "a: {{ include (fail \"evaluated\") }}",
                  "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <include>:\n    wrong number of args for include: want 2 got 1"),
        ChartCase("has too many",
                  "a: {{ .Capabilities.APIVersions.Has \"v1\" \"x\" }}",
                  "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Capabilities.APIVersions.Has>:\n    wrong number of args for Has: want 1 got 2"),
        ChartCase("has wrong type",
                  "a: {{ .Capabilities.APIVersions.Has 1 }}",
                  "Error: t/templates/x.yaml:1:36\n  executing \"t/templates/x.yaml\" at <1>:\n    expected string; found 1"),
        ChartCase("files get wrong type",
                  "a: {{ .Files.Get 1 }}",
                  "Error: t/templates/x.yaml:1:17\n  executing \"t/templates/x.yaml\" at <1>:\n    expected string; found 1"),
        ChartCase("files asconfig arg",
                  "a: {{ (.Files.Glob \"*\").AsConfig 1 }}",
                  "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <\"*\">:\n    wrong number of args for AsConfig: want 0 got 1"),
        ChartCase("registered arity before eval",
                  "a: {{ upper (fail \"evaluated\") \"b\" }}",
                  "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <upper>:\n    wrong number of args for upper: want 1 got 2"),
        ChartCase("sprig arity before eval",
                  "a: {{ trim (fail \"evaluated\") \"b\" }}",
                  "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <trim>:\n    wrong number of args for trim: want 1 got 2"),
    ]

    @Test(arguments: cases)
    func matchesHelm(_ testCase: ChartCase) {
        #expect(TemplateChartHarness.render(testCase) == testCase.expected)
    }
}
