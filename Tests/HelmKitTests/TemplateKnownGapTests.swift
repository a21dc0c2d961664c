import Testing

/// Cases where helmkit still differs from `helm template` (Helm v4.2.3). Each row contains Helm's
/// output, and the test records the difference as a known issue until it is fixed.
@Suite struct TemplateKnownGapTests {
    static let cases: [ChartCase] = [
        ChartCase("files get wrong arg",
                  "a: {{ .Files.Get }}",
                  "Error: t/templates/x.yaml:1:12\n  executing \"t/templates/x.yaml\" at <.Files.Get>:\n    wrong number of args for Get: want 1 got 0"),
        ChartCase("capabilities has no args",
                  "a: {{ .Capabilities.APIVersions.Has }}",
                  "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Capabilities.APIVersions.Has>:\n    wrong number of args for Has: want 1 got 0"),
        ChartCase("registered arity before eval",
                  "a: {{ upper (fail \"evaluated\") \"b\" }}",
                  "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <upper>:\n    wrong number of args for upper: want 1 got 2"),
        ChartCase("eq chart",
                  "a: {{ eq .Chart .Chart }}",
                  "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <eq .Chart .Chart>: error calling eq: non-comparable type map[APIVersion:v2 Annotations:map[] AppVersion: Condition: Dependencies:[] Deprecated:%!s(bool=false) Description: Home: Icon: IsRoot:%!s(bool=true) Keywords:[] KubeVersion: Maintainers:[] Name:t Sources:[] Tags: Type: Version:0.1.0]: map[string]interface {}"),
        ChartCase("print chart annotations",
                  "a: \"{{ .Chart.Annotations }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"map[]\"\n"),
        ChartCase("printf chart annotations",
                  "a: \"{{ printf \"%v\" .Chart.Annotations }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"map[]\"\n"),
        ChartCase("call with method value",
                  "a: {{ call .Files.Get \"x\" }}",
                  "Error: t/templates/x.yaml:1:17\n  executing \"t/templates/x.yaml\" at <.Files.Get>:\n    wrong number of args for Get: want 1 got 0"),
        ChartCase("files printf s",
                  "a: \"{{ printf \"%s\" .Files }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"map[LICENSE:MIT]\"\n", files: ["LICENSE": "MIT"]),
        ChartCase("files typeOf",
                  "a: \"{{ typeOf .Files }} {{ kindOf .Files }}\"",
                  "---\n# Source: t/templates/x.yaml\na: \"engine.files map\"\n"),
        ChartCase("complex typeOf",
                  "a: '{{ typeOf 1i }} {{ kindOf 1i }}'",
                  "---\n# Source: t/templates/x.yaml\na: 'complex128 complex128'\n"),
        ChartCase("sprig arity before eval",
                  "a: {{ trim (fail \"evaluated\") \"b\" }}",
                  "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <trim>:\n    wrong number of args for trim: want 1 got 2"),
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
        ChartCase("printf plus v object",
                  "a: '{{ printf \"%+v\" .Capabilities.KubeVersion }}'",
                  "---\n# Source: t/templates/x.yaml\na: '{Version:v1.36.0 normalizedVersion:v1.36.0 Major:1 Minor:36}'\n"),
    ]

    @Test(arguments: cases)
    func differsFromHelm(_ testCase: ChartCase) {
        withKnownIssue {
            #expect(TemplateChartHarness.render(testCase) == testCase.expected)
        }
    }
}
