import Testing
import HelmKitValues
@testable import HelmKitTemplate

/// Execution errors checked against what `helm template` (Helm v4.2.3) prints for the same chart.
@Suite struct TemplateErrorTests {
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
        TemplateCase("nil pointer on missing parent", "a: {{ .Values.missing.b }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <.Values.missing.b>:\n    nil pointer evaluating interface {}.b"),
        TemplateCase("field on string", "a: {{ .Values.s.b }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <.Values.s.b>:\n    can't evaluate field b in type interface {}"),
        TemplateCase("field on string via with", "a: {{ with .Values.s }}{{ .b }}{{ end }}",
                     "Error: t/templates/x.yaml:1:26\n  executing \"t/templates/x.yaml\" at <.b>:\n    can't evaluate field b in type string"),
        TemplateCase("field on range element", "a: {{ range .Values.l }}{{ .x }}{{ end }}",
                     "Error: t/templates/x.yaml:1:27\n  executing \"t/templates/x.yaml\" at <.x>:\n    can't evaluate field x in type interface {}"),
        TemplateCase("field on null value", "a: {{ .Values.nul.x }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <.Values.nul.x>:\n    nil pointer evaluating interface {}.x"),
        TemplateCase("field on list", "{{ $l := .Values.l }}a: {{ $l.x }}",
                     "Error: t/templates/x.yaml:1:29\n  executing \"t/templates/x.yaml\" at <$l.x>:\n    can't evaluate field x in type []interface {}"),
        TemplateCase("required", "a: {{ required \"s2 is required\" .Values.s2 }}",
                     "Error: execution error at (t/templates/x.yaml:1:6): s2 is required"),
        TemplateCase("fail", "a: {{ fail \"boom\" }}",
                     "Error: execution error at (t/templates/x.yaml:1:6): boom"),
        TemplateCase("required in define", "{{ define \"d\" }}{{ required \"need x\" .x }}{{ end }}a: {{ include \"d\" .Values }}",
                     "Error: execution error at (t/templates/x.yaml:1:57): need x"),
        TemplateCase("error calling len", "a: {{ len 3 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <len 3>: error calling len: len of type int"),
        TemplateCase("len of missing", "a: {{ len .Values.missing }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <len .Values.missing>: error calling len: len of nil pointer"),
        TemplateCase("len of nil variable", "{{ $x := .Values.missing }}a: {{ len $x }}",
                     "Error: template: t/templates/x.yaml:1:33: executing \"t/templates/x.yaml\" at <len $x>: error calling len: reflect: call of reflect.Value.Type on zero Value"),
        TemplateCase("wrong arg count builtin", "a: {{ len 1 2 }}",
                     "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <len>:\n    wrong number of args for len: want 1 got 2"),
        TemplateCase("wrong arg count registered", "a: {{ upper \"a\" \"b\" }}",
                     "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <upper>:\n    wrong number of args for upper: want 1 got 2"),
        TemplateCase("wrong type registered", "a: {{ upper .Values.num }}",
                     "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Values.num>:\n    wrong type for value; expected string; got float64"),
        TemplateCase("wrong type piped", "a: {{ .Values.num | upper }}",
                     "Error: t/templates/x.yaml:1:20\n  executing \"t/templates/x.yaml\" at <upper>:\n    wrong type for value; expected string; got float64"),
        TemplateCase("wrong type constant", "a: {{ upper 3 }}",
                     "Error: t/templates/x.yaml:1:12\n  executing \"t/templates/x.yaml\" at <3>:\n    expected string; found 3"),
        TemplateCase("wrong type missing", "a: {{ upper .Values.missing }}",
                     "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Values.missing>:\n    wrong type for value; expected string; got interface {}"),
        TemplateCase("incompatible eq", "a: {{ eq .Values.num 3 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <eq .Values.num 3>: error calling eq: incompatible types for comparison: float64 and int"),
        TemplateCase("incompatible lt", "a: {{ lt 1 \"a\" }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <lt 1 \"a\">: error calling lt: incompatible types for comparison: int and string"),
        TemplateCase("lt invalid type", "a: {{ lt .Values.l 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <lt .Values.l 1>: error calling lt: invalid type for comparison"),
        TemplateCase("eq no args", "a: {{ eq 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <eq 1>: error calling eq: missing argument for comparison"),
        TemplateCase("non comparable", "a: {{ eq .Values.l .Values.l }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <eq .Values.l .Values.l>: error calling eq: non-comparable type [a b c]: []interface {}"),
        TemplateCase("index out of range", "a: {{ index .Values.l 5 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <index .Values.l 5>: error calling index: index out of range: 5"),
        TemplateCase("index wrong key", "a: {{ index .Values.m 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <index .Values.m 1>: error calling index: value has type int; should be string"),
        TemplateCase("index nil", "a: {{ index .Values.missing 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <index .Values.missing 1>: error calling index: index of untyped nil"),
        TemplateCase("index of int", "a: {{ index 3 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <index 3 1>: error calling index: can't index item of type int"),
        TemplateCase("range over string", "a: {{ range .Values.s }}x{{ end }}",
                     "Error: t/templates/x.yaml:1:19\n  executing \"t/templates/x.yaml\" at <.Values.s>:\n    range can't iterate over hello"),
        TemplateCase("range int two vars", "a: {{ range $i, $v := 3 }}x{{ end }}",
                     "Error: t/templates/x.yaml:1:22\n  executing \"t/templates/x.yaml\" at <3>:\n    can't use 3 to iterate over more than one variable"),
        TemplateCase("template not defined", "a: {{ template \"nope\" }}",
                     "Error: t/templates/x.yaml:1:15\n  executing \"t/templates/x.yaml\" at <{{template \"nope\"}}>:\n    template \"nope\" not defined"),
        TemplateCase("include not defined", "a: {{ include \"nope\" . }}",
                     "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <include \"nope\" .>:\n    error calling include:\ntemplate: no template \"nope\" associated with template \"gotpl\""),
        TemplateCase("nested include error", "{{ define \"inner\" }}{{ .Values.missing.x }}{{ end }}{{ define \"outer\" }}{{ include \"inner\" . }}{{ end }}a: {{ include \"outer\" . }}",
                     "Error: t/templates/x.yaml:1:110\n  executing \"t/templates/x.yaml\" at <include \"outer\" .>:\n    error calling include:\nt/templates/x.yaml:1:75\n  executing \"outer\" at <include \"inner\" .>:\n    error calling include:\nt/templates/x.yaml:1:30\n  executing \"inner\" at <.Values.missing.x>:\n    nil pointer evaluating interface {}.x"),
        TemplateCase("arg to non function", "a: {{ .Values.s 1 }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <.Values.s>:\n    s is not a method but has arguments"),
        TemplateCase("piped to field", "a: {{ 1 | .Values.s }}",
                     "Error: t/templates/x.yaml:1:17\n  executing \"t/templates/x.yaml\" at <.Values.s>:\n    s is not a method but has arguments"),
        TemplateCase("nil command", "a: {{ nil }}",
                     "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <nil>:\n    nil is not a command"),
        TemplateCase("long context", "a: {{ upper (printf \"%s-%s\" .Values.s .Values.aVeryLongName.x) }}",
                     "Error: t/templates/x.yaml:1:45\n  executing \"t/templates/x.yaml\" at <.Values.aVeryLongName.x>:\n    nil pointer evaluating interface {}.x"),
        TemplateCase("error on second line", "a: 1\nb: {{ .Values.s.x }}",
                     "Error: t/templates/x.yaml:2:13\n  executing \"t/templates/x.yaml\" at <.Values.s.x>:\n    can't evaluate field x in type interface {}"),
        TemplateCase("recursion limit", "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}a: {{ template \"r\" . }}",
                     "Error: t/templates/x.yaml:1:28\n  executing \"r\" at <{{template \"r\" .}}>:\n    exceeded maximum template depth (100000)"),
        TemplateCase("overflow int", "a: {{ 18446744073709551615 }}",
                     "Error: t/templates/x.yaml:1:6\n  executing \"t/templates/x.yaml\" at <18446744073709551615>:\n    18446744073709551615 overflows int"),
        TemplateCase("undefined function call", "a: {{ call .Values.s }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <call .Values.s>: error calling call: non-function .Values.s of type string"),
        TemplateCase("not a method", "a: {{ .Values.m.k1 1 }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <.Values.m.k1>:\n    k1 is not a method but has arguments"),
        TemplateCase("printf wrong format", "a: {{ printf 3 }}",
                     "Error: t/templates/x.yaml:1:13\n  executing \"t/templates/x.yaml\" at <3>:\n    expected string; found 3"),
        TemplateCase("column after multibyte", "a: é{{ .Values.s.x }}",
                     "Error: t/templates/x.yaml:1:15\n  executing \"t/templates/x.yaml\" at <.Values.s.x>:\n    can't evaluate field x in type interface {}"),
        TemplateCase("long command context", "a: {{ eq (list 1 2 3 4 5 6 7 8 9) 1 }}",
                     "Error: template: t/templates/x.yaml:1:6: executing \"t/templates/x.yaml\" at <eq (list 1 2 3 4 5 6 7 8 9) 1>: error calling eq: incompatible types for comparison: []interface {} and int"),
        TemplateCase("missing key in nested template name", "{{ define \"n\" }}{{ .a.b }}{{ end }}a: {{ template \"n\" .Values }}",
                     "Error: t/templates/x.yaml:1:21\n  executing \"n\" at <.a.b>:\n    nil pointer evaluating interface {}.b"),
    ]

    @Test(arguments: cases)
    func failsLikeHelm(_ testCase: TemplateCase) {
        let output = TemplateHarness.render(testCase.template, values: Self.values, files: testCase.files)
        #expect(output == testCase.expected)
    }
}
