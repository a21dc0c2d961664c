import Testing
import HelmKitValues
@testable import HelmKitTemplate

/// Rendering results checked against `helm template` (Helm v4.2.3) output for the same chart.
@Suite struct TemplateExecTests {
    static let values = """
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
"""

    static let cases: [TemplateCase] = [
        TemplateCase("text only", "a: b",
                     "---\n# Source: t/templates/x.yaml\na: b\n"),
        TemplateCase("field", "a: {{ .Values.s }}",
                     "---\n# Source: t/templates/x.yaml\na: hello\n"),
        TemplateCase("nested field", "a: {{ .Values.nested.a.b.c }}",
                     "---\n# Source: t/templates/x.yaml\na: deep\n"),
        TemplateCase("missing field prints nothing", "a: x{{ .Values.missing }}y",
                     "---\n# Source: t/templates/x.yaml\na: xy\n"),
        TemplateCase("missing via variable", "{{ $x := .Values.missing }}a: x{{ $x.foo }}y",
                     "---\n# Source: t/templates/x.yaml\na: xy\n"),
        TemplateCase("int float bool", "a: {{ .Values.num }} {{ .Values.f }} {{ .Values.b }} {{ .Values.big }}",
                     "---\n# Source: t/templates/x.yaml\na: 3 1.5 true 1e+06\n"),
        TemplateCase("list print", "a: {{ .Values.l }}",
                     "---\n# Source: t/templates/x.yaml\na: [a b c]\n"),
        TemplateCase("map print", "a: {{ .Values.m }}",
                     "---\n# Source: t/templates/x.yaml\na: map[k1:v1 k2:v2 k3:map[x:1]]\n"),
        TemplateCase("null print", "a: x{{ .Values.nul }}y",
                     "---\n# Source: t/templates/x.yaml\na: xy\n"),
        TemplateCase("constants", "a: {{ 1 }} {{ 1.5 }} {{ 0x1F }} {{ 0o17 }} {{ 0b101 }} {{ 1_000 }} {{ 'a' }} {{ 1e3 }} {{ -7 }} {{ 017 }}",
                     "---\n# Source: t/templates/x.yaml\na: 1 1.5 31 15 5 1000 97 1000 -7 15\n"),
        TemplateCase("strings", "a: {{ `raw\\n` }} {{ \"\\u00e9\\x41\\101\" }} {{ \"x\\\\y\" | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: raw\\n éAA \"x\\\\y\"\n"),
        TemplateCase("bool and nil consts", "a: {{ true }} {{ false }} {{ print nil }}",
                     "---\n# Source: t/templates/x.yaml\na: true false <nil>\n"),
        TemplateCase("trim markers", "a: x  {{- 1 -}}  y\nb: {{- \" z\" }}",
                     "---\n# Source: t/templates/x.yaml\na: x1y\nb: z\n"),
        TemplateCase("comment", "a: x{{/* c */}}y{{- /* c2 */ -}} z",
                     "---\n# Source: t/templates/x.yaml\na: xyz\n"),
        TemplateCase("if else", "a: {{ if .Values.b }}yes{{ else }}no{{ end }}\nb: {{ if .Values.z }}yes{{ else }}no{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: yes\nb: no\n"),
        TemplateCase("else if chain", "a: {{ if .Values.z }}1{{ else if .Values.e }}2{{ else if .Values.num }}3{{ else }}4{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: 3\n"),
        TemplateCase("with else", "a: {{ with .Values.s }}{{ . }}{{ end }}\nb: {{ with .Values.e }}x{{ else }}empty{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: hello\nb: empty\n"),
        TemplateCase("else with", "a: {{ with .Values.e }}1{{ else with .Values.s }}{{ . }}{{ else }}3{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: hello\n"),
        TemplateCase("range list", "a: {{ range .Values.l }}{{ . }},{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: a,b,c,\n"),
        TemplateCase("range list two vars", "a: {{ range $i, $v := .Values.l }}{{ $i }}={{ $v }};{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: 0=a;1=b;2=c;\n"),
        TemplateCase("range map sorted", "a: {{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: k1=v1;k2=v2;k3=map[x:1];\n"),
        TemplateCase("range map one var", "a: {{ range $v := .Values.m }}{{ $v }};{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: v1;v2;map[x:1];\n"),
        TemplateCase("range empty else", "a: {{ range .Values.el }}x{{ else }}none{{ end }} {{ range .Values.missing }}x{{ else }}nil{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: none nil\n"),
        TemplateCase("range int", "a: {{ range 3 }}{{ . }}{{ end }} {{ range $i := 2 }}{{ $i }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: 012 01\n"),
        TemplateCase("range break continue", "a: {{ range .Values.l }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ if eq . \"c\" }}{{ break }}{{ end }}{{ . }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: a\n"),
        TemplateCase("variable assign", "{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}a: {{ $x }}",
                     "---\n# Source: t/templates/x.yaml\na: 2\n"),
        TemplateCase("variable scope", "{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ end }}a: {{ $x }}",
                     "---\n# Source: t/templates/x.yaml\na: 1\n"),
        TemplateCase("range assign vars", "{{ $v := 0 }}{{ range $v = .Values.l }}{{ end }}a: {{ $v }}",
                     "---\n# Source: t/templates/x.yaml\na: c\n"),
        TemplateCase("dollar in range", "a: {{ range .Values.l }}{{ $.Values.s }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: hellohellohello\n"),
        TemplateCase("pipeline", "a: {{ .Values.s | upper | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: \"HELLO\"\n"),
        TemplateCase("paren pipeline", "a: {{ (upper .Values.s) }} {{ (.Values.nested.a).b.c }}",
                     "---\n# Source: t/templates/x.yaml\na: HELLO deep\n"),
        TemplateCase("and or", "a: {{ and 1 0 2 }} {{ or 0 \"\" 3 }} {{ and 1 2 }} {{ or 0 \"\" }} {{ not .Values.b }}",
                     "---\n# Source: t/templates/x.yaml\na: 0 3 2  false\n"),
        TemplateCase("and short circuit", "a: {{ or .Values.s (fail \"no\") }}",
                     "---\n# Source: t/templates/x.yaml\na: hello\n"),
        TemplateCase("eq multi", "a: {{ eq 2 1 2 }} {{ eq .Values.s \"hello\" }} {{ ne 1 2 }} {{ eq .Values.missing nil }}",
                     "---\n# Source: t/templates/x.yaml\na: true true true true\n"),
        TemplateCase("lt le gt ge", "a: {{ lt 1 2 }} {{ le 2 2 }} {{ gt \"b\" \"a\" }} {{ ge 1.5 2.5 }}",
                     "---\n# Source: t/templates/x.yaml\na: true true true false\n"),
        TemplateCase("len", "a: {{ len .Values.l }} {{ len .Values.m }} {{ len .Values.s }} {{ len \"héllo\" }}",
                     "---\n# Source: t/templates/x.yaml\na: 3 3 5 6\n"),
        TemplateCase("index", "a: {{ index .Values.l 1 }} {{ index .Values.m \"k1\" }} {{ index .Values.m \"k3\" \"x\" }} x{{ index .Values.m \"no\" }}y",
                     "---\n# Source: t/templates/x.yaml\na: b v1 1 xy\n"),
        TemplateCase("print functions", "a: {{ print 1 2 \"a\" \"b\" 3 }} {{ printf \"%v-%v\" 1 \"x\" }} {{ println 1 2 | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: 1 2ab3 1-x \"1 2\\n\"\n"),
        TemplateCase("html", "a: {{ html \"<a href='x'>&\" | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: \"&lt;a href=&#39;x&#39;&gt;&amp;\"\n"),
        TemplateCase("js", "a: {{ js \"it's <b>=\\u0001\" | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: \"it\\\\'s \\\\u003Cb\\\\u003E\\\\u003D\\\\u0001\"\n"),
        TemplateCase("urlquery", "a: {{ urlquery \"a b&c=d/é\" }}",
                     "---\n# Source: t/templates/x.yaml\na: a+b%26c%3Dd%2F%C3%A9\n"),
        TemplateCase("html of missing", "a: {{ html .Values.missing | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: \"&lt;no value&gt;\"\n"),
        TemplateCase("define and template", "{{ define \"t1\" }}({{ . }}){{ end }}a: {{ template \"t1\" .Values.s }} {{ template \"t1\" }}",
                     "---\n# Source: t/templates/x.yaml\na: (hello) ()\n"),
        TemplateCase("define with include", "{{ define \"t2\" }}<{{ .s }}>{{ end }}a: {{ include \"t2\" .Values | quote }}",
                     "---\n# Source: t/templates/x.yaml\na: \"<hello>\"\n"),
        TemplateCase("block", "a: {{ block \"blk\" .Values.s }}B{{ . }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: Bhello\n"),
        TemplateCase("template variable isolation", "{{ define \"t3\" }}{{ $ }}{{ end }}{{ $y := 5 }}a: {{ template \"t3\" 7 }}",
                     "---\n# Source: t/templates/x.yaml\na: 7\n"),
        TemplateCase("dot in with and range", "a: {{ with .Values.nested }}{{ .a.b.c }}{{ end }} {{ range .Values.l }}{{ . | upper }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: deep ABC\n"),
        TemplateCase("chained field on map key", "a: {{ .Values.m.k3.x }}",
                     "---\n# Source: t/templates/x.yaml\na: 1\n"),
        TemplateCase("println and print nil", "a: {{ print .Values.missing }} {{ print .Values.nul 1 }}",
                     "---\n# Source: t/templates/x.yaml\na: <nil> <nil> 1\n"),
        TemplateCase("string compare", "a: {{ lt \"a\" \"b\" }} {{ eq \"\" .Values.e }}",
                     "---\n# Source: t/templates/x.yaml\na: true true\n"),
        TemplateCase("number formats", "a: {{ 1e21 }} {{ 1.0 }} {{ 0.000001 }} {{ 100000000.0 }}",
                     "---\n# Source: t/templates/x.yaml\na: 1e+21 1 1e-06 1e+08\n"),
        TemplateCase("decl in if", "a: {{ if $x := .Values.s }}{{ $x }}{{ end }}",
                     "---\n# Source: t/templates/x.yaml\na: hello\n"),
        TemplateCase("multiline action", "a: {{ .Values.s\n  | upper }}\nb: 2",
                     "---\n# Source: t/templates/x.yaml\na: HELLO\nb: 2\n"),
        TemplateCase("int64 range", "a: {{ range .Values.num }}{{ . }}{{ end }}",
                     "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Values.num>:\n    range can't iterate over 3"),
    ]

    @Test(arguments: cases)
    func rendersLikeHelm(_ testCase: TemplateCase) {
        let output = TemplateHarness.render(testCase.template, values: Self.values, files: testCase.files)
        #expect(output == testCase.expected)
    }
}
