import Testing
import HelmKitValues
@testable import HelmKitTemplate

/// Parsing (errors, lines, scopes) checked against what `helm template` (Helm v4.2.3) prints for the same chart.
@Suite struct TemplateParseTests {
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
        TemplateCase("unexpected right brace", "a: {{ } }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected \"}\" in command"),
        TemplateCase("function not defined", "a: {{ nosuch 1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): function \"nosuch\" not defined"),
        TemplateCase("unexpected EOF", "a: {{ if .Values.b }}x",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected EOF"),
        TemplateCase("missing value for if", "a: {{ if }}x{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): missing value for if"),
        TemplateCase("unclosed action", "a: {{ .Values.s ",
                     "Error: parse error at (t/templates/x.yaml:1): unclosed action"),
        TemplateCase("unclosed action multiline", "a: {{ .Values.s\n\nb: 1",
                     "Error: parse error at (t/templates/x.yaml:3): function \"b\" not defined"),
        TemplateCase("unexpected end", "a: {{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected {{end}}"),
        TemplateCase("undefined variable", "a: {{ $x }}",
                     "Error: parse error at (t/templates/x.yaml:1): undefined variable \"$x\""),
        TemplateCase("bad character", "a: {{ .Values.s# }}",
                     "Error: parse error at (t/templates/x.yaml:1): bad character U+0023 '#'"),
        TemplateCase("unterminated string", "a: {{ \"abc }}",
                     "Error: parse error at (t/templates/x.yaml:1): unterminated quoted string"),
        TemplateCase("unclosed comment", "a: {{/* abc }}",
                     "Error: parse error at (t/templates/x.yaml:1): unclosed comment"),
        TemplateCase("comment before delimiter", "a: {{/* abc */ x }}",
                     "Error: parse error at (t/templates/x.yaml:1): comment ends before closing delimiter"),
        TemplateCase("break outside range", "a: {{ break }}",
                     "Error: parse error at (t/templates/x.yaml:1): {{break}} outside {{range}}"),
        TemplateCase("multiple definition", "{{ define \"x\" }}1{{ end }}{{ define \"x\" }}2{{ end }}a: 1",
                     "Error: parse error at (t/templates/x.yaml:1): multiple definition of template \"x\""),
        TemplateCase("too many declarations", "a: {{ $a, $b := 1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): too many declarations in command"),
        TemplateCase("range only vars", "a: {{ range $a, 1 }}{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): range can only initialize variables"),
        TemplateCase("non executable", "a: {{ 1 | 2 }}",
                     "Error: parse error at (t/templates/x.yaml:1): non executable command in pipeline stage 2"),
        TemplateCase("dot after term", "a: {{ \"x\".y }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected . after term \"\\\"x\\\"\""),
        TemplateCase("bad number", "a: {{ 3k }}",
                     "Error: parse error at (t/templates/x.yaml:1): \"3k\""),
        TemplateCase("illegal number", "a: {{ 0x1.5 }}",
                     "Error: parse error at (t/templates/x.yaml:1): \"0x1.5\""),
        TemplateCase("unexpected paren", "a: {{ ) }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected right paren"),
        TemplateCase("unclosed paren", "a: {{ (1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): unclosed left paren"),
        TemplateCase("else without if", "a: {{ else }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected {{else}}"),
        TemplateCase("expected end", "a: {{ if 1 }}x{{ else }}y{{ else }}z{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): expected end; found {{else}}"),
        TemplateCase("unexpected in operand", "a: {{ .Values.s := 1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected \":=\" in operand"),
        TemplateCase("empty action", "a: {{ }}",
                     "Error: parse error at (t/templates/x.yaml:1): missing value for command"),
        TemplateCase("template clause", "a: {{ template 1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected \"1\" in template clause"),
        TemplateCase("define clause", "{{ define x }}{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected \"x\" in define clause"),
        TemplateCase("unterminated raw", "a: {{ `abc }}\nb: 2",
                     "Error: parse error at (t/templates/x.yaml:1): unterminated raw quoted string"),
        TemplateCase("char constant", "a: {{ 'ab' }}",
                     "Error: parse error at (t/templates/x.yaml:1): 'ab'"),
        TemplateCase("expected colon equals", "a: {{ $x : 1 }}",
                     "Error: parse error at (t/templates/x.yaml:1): undefined variable \"$x\""),
        TemplateCase("unrecognized character", "a: {{ \u{01} }}",
                     "Error: parse error at (t/templates/x.yaml:1): U+0001"),
        TemplateCase("error after comment lines", "a: 1\n{{/* one\ntwo\nthree */}}\nb: {{ nosuch }}",
                     "Error: parse error at (t/templates/x.yaml:5): function \"nosuch\" not defined"),
        TemplateCase("error after raw string lines", "a: {{ `x\ny\nz` }}\nb: {{ if }}",
                     "Error: parse error at (t/templates/x.yaml:4): missing value for if"),
        TemplateCase("error in define late", "{{ define \"d\" }}\nline2\nline3 {{ .x | }}\n{{ end }}",
                     "\n"),
        TemplateCase("unclosed if in define", "{{ define \"d\" }}{{ if 1 }}x{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected EOF"),
        TemplateCase("error after trimmed newlines", "a: 1\n\n\n{{- 3 }}{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:4): unexpected {{end}}"),
        TemplateCase("unexpected EOF in range line", "a: 1\n{{ range .Values.l }}\nb: 2",
                     "Error: parse error at (t/templates/x.yaml:3): unexpected EOF"),
        TemplateCase("unterminated quote newline", "a: {{ \"abc\n\" }}",
                     "Error: parse error at (t/templates/x.yaml:1): unterminated quoted string"),
        TemplateCase("unclosed action started earlier", "a: {{ (1\n2 }}",
                     "Error: parse error at (t/templates/x.yaml:2): unclosed left paren in action started at t/templates/x.yaml:1"),
        TemplateCase("pipe at end", "a: {{ 1 | }}",
                     "---\n# Source: t/templates/x.yaml\na: 1\n"),
        TemplateCase("declare twice range", "a: {{ range $a, $b, $c := .Values.l }}{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): too many declarations in range"),
        TemplateCase("variable after end scope", "{{ if 1 }}{{ $x := 1 }}{{ end }}a: {{ $x }}",
                     "Error: parse error at (t/templates/x.yaml:1): undefined variable \"$x\""),
        TemplateCase("continue in with in range ok", "a: {{ range .Values.l }}{{ with . }}{{ continue }}{{ end }}{{ end }}x",
                     "---\n# Source: t/templates/x.yaml\na: x\n"),
        TemplateCase("break inside define inside range", "{{ range .Values.l }}{{ define \"z\" }}{{ break }}{{ end }}{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected <define> in command"),
        TemplateCase("else with in if", "a: {{ if 1 }}x{{ else with 2 }}y{{ end }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected <with> in input"),
        TemplateCase("number too big", "a: {{ 99999999999999999999 }}",
                     "Error: parse error at (t/templates/x.yaml:1): \"99999999999999999999\""),
        TemplateCase("bad hex", "a: {{ 0xg }}",
                     "Error: parse error at (t/templates/x.yaml:1): \"0xg\""),
        TemplateCase("assign undefined", "a: {{ $y = 1 }}",
                     "Error: t/templates/x.yaml:1:11\n  executing \"t/templates/x.yaml\" at <1>:\n    undefined variable: $y"),
        TemplateCase("field on nil", "a: {{ nil.x }}",
                     "Error: parse error at (t/templates/x.yaml:1): unexpected . after term \"nil\""),
        TemplateCase("template name raw", "{{ define `r` }}R{{ end }}a: {{ template `r` }}",
                     "---\n# Source: t/templates/x.yaml\na: R\n"),
        TemplateCase("invalid escape", "a: {{ \"\\q\" }}",
                     "Error: parse error at (t/templates/x.yaml:1): invalid syntax"),
    ]

    @Test(arguments: cases)
    func rejectsLikeHelm(_ testCase: TemplateCase) {
        let output = TemplateHarness.render(testCase.template, values: Self.values, files: testCase.files)
        #expect(output == testCase.expected)
    }
}
