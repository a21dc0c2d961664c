import Foundation
import HelmKitCLI
import Testing

/// Charts, values files and flags written to attack the renderer. Every case must fail with
/// exit status 1, print nothing on standard output, start standard error with the expected
/// text and write no file outside its `--output-dir`.
///
/// Unless a case's comment states otherwise, the expected text is what the reference Helm v4.2.3
/// prints for the same input. Cases marked "Helm source" take their text from Helm's or Go's
/// source, because the reference cannot run them. Cases marked "HelmKit bound" check a limit
/// that Helm lacks, where Helm hangs, crashes or exhausts memory.
///
/// In paths and expected texts, `@` stands for the case's scratch folder. The chart is always
/// folder `c` with the name `c`, and `template(...)` cases put their text in `templates/a.yaml`.
@Suite(.serialized)
struct HostileInputTests {
    // MARK: Traps and integer overflow

    /// Go's int64 arithmetic wraps around, and its conversions and index checks have fixed texts.
    static let trapCases: [HostileCase] = [
        .failing("add wraps", "add 9223372036854775807 1", "-9223372036854775808"),
        .failing("add1 wraps", "add1 9223372036854775807", "-9223372036854775808"),
        .failing("mul wraps", "mul 9223372036854775807 2", "-2"),
        .failing("sub wraps", "sub -9223372036854775808 1", "9223372036854775807"),
        .failing("negation wraps", "sub 0 -9223372036854775808", "-9223372036854775808"),
        .failing("div of minimum by -1", "div -9223372036854775808 -1", "-9223372036854775808"),
        .failing("mod of minimum by -1", "mod -9223372036854775808 -1", "0"),
        .calling("div by zero", "div 1 0", "runtime error: integer divide by zero"),
        .calling("mod by zero", "mod 1 0", "runtime error: integer divide by zero"),
        .calling("divf by zero", "divf 1 0", "decimal division by 0"),
        .failing("int64 of huge float", "int64 1e300", "-9223372036854775808"),
        .failing("atoi clamps", #"atoi "99999999999999999999""#, "9223372036854775807"),
        .failing("int64 of huge text", #"int64 "99999999999999999999""#, "0"),
        .failing("mulf overflows to infinity", "mulf 1e308 10", "+Inf"),
        .failing("add1f at float maximum", "add1f 1e308", "1e+308"),
        .failing("randInt range wraps", "randInt 9223372036854775807 -9223372036854775808", "9223372036854775807"),
        .calling("randInt empty range", "randInt 5 5", "invalid argument to Intn"),
        .calling("index past end", "index (list 1 2) 5", "index out of range: 5"),
        .calling("index negative", "index (list 1 2) -1", "index out of range: -1"),
        .calling("index huge", "index (list 1 2) 9223372036854775807", "index out of range: 9223372036854775807"),
        .calling("index into text", #"index "ab" 7"#, "index out of range: 7"),
        .calling("slice past end", "slice (list 1 2) 1 5", "reflect.Value.Slice: slice index out of bounds"),
        .calling("slice inverted", "slice (list 1 2 3) 2 1", "reflect.Value.Slice: slice index out of bounds"),
        .calling("substr inverted", #"substr 3 1 "hello""#, "runtime error: slice bounds out of range [3:1]"),
        .calling("substr huge start", #"substr 9223372036854775807 -1 "hello""#, "runtime error: slice bounds out of range [9223372036854775807:5]"),
        .calling("repeat length overflow", #"repeat 9223372036854775807 "ab""#, "strings: Repeat output length overflow"),
        .calling("repeat negative", #"repeat -1 "ab""#, "strings: negative Repeat count"),
        .calling("indent negative", #"indent -1 "a""#, "strings: negative Repeat count"),
        .calling("nindent negative", #"nindent -5 "a""#, "strings: negative Repeat count"),
        .calling("chunk of zero", "chunk 0 (list 1 2)", "runtime error: makeslice: len out of range"),
        .failing("printf huge width", #"printf "%099999999d" 1"#, "%!(NOVERB)%!(EXTRA int=1)"),
        .failing("untilStep zero step", "untilStep 0 10 0", "[]"),
        .failing("seq end wraps", "seq 1 9223372036854775807 | len", "0"),
        .template("invalid UTF-8 in action", bytes: Array("{{ ".utf8) + [0xFF] + Array(" }}".utf8),
                  error: "Error: parse error at (c/templates/a.yaml:1): U+FFFD '\u{FFFD}'"),
    ]

    // MARK: Recursion, nesting and expansion bombs

    static let billionLaughs = """
        a: &a [x,x,x,x,x,x,x,x,x]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """
    static let deepList = "a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
    static let deepMap = "a: " + String(repeating: "{a: ", count: 20_000) + "1" + String(repeating: "}", count: 20_000) + "\n"
    static let deepJSON = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)

    static let recursionCases: [HostileCase] = [
        .template("include of itself", #"{{ define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <include "r" .>: error calling include: template: c/templates/a.yaml:1:19: executing "r" at <include "r" .>"#,
                  ending: "error calling include: rendering template has a nested reference name: r: unable to execute template"),
        .template("include of each other", #"{{ define "a" }}{{ include "b" . }}{{ end }}{{ define "b" }}{{ include "a" . }}{{ end }}{{ include "a" . }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:91: executing "c/templates/a.yaml" at <include "a" .>: error calling include: template: c/templates/a.yaml:1:19: executing "a" at <include "b" .>"#,
                  ending: #"executing "b" at <include "a" .>: error calling include: rendering template has a nested reference name: a: unable to execute template"#),
        .template("template of itself", #"{{ define "t" }}{{ template "t" . }}{{ end }}{{ template "t" . }}"#,
                  error: "Error: c/templates/a.yaml:1:28\n  executing \"t\" at <{{template \"t\" .}}>:\n    exceeded maximum template depth (100000)\n"),
        // HelmKit bound: Helm has no limit on nested `tpl` calls and dies of a Go stack overflow.
        .template("tpl of itself", "{{ tpl .Values.x . }}", files: ["c/values.yaml": "x: '{{ tpl .Values.x . }}'\n"],
                  error: #"Error: template: c/templates/a.yaml:1:3: executing "c/templates/a.yaml" at <tpl .Values.x .>: error calling tpl: error during tpl function execution for "{{ tpl .Values.x . }}": template: gotpl:1:3: executing "gotpl" at <tpl .Values.x .>"#,
                  ending: "error calling tpl: tpl calls nested more than 1000 levels deep"),
        .template("parentheses nested deeply", "{{ " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000) + " }}",
                  error: "Error: parse error at (c/templates/a.yaml:1): max expression depth exceeded\n"),
        .template("if blocks nested deeply", String(repeating: "{{ if true }}", count: 20_000) + #"{{ fail "deep" }}"# + String(repeating: "{{ end }}", count: 20_000),
                  error: "Error: execution error at (c/templates/a.yaml:1:260003): deep\n"),
        .template("unclosed blocks", String(repeating: "{{ if true }}", count: 5_000),
                  error: "Error: parse error at (c/templates/a.yaml:1): unexpected EOF\n"),
        .template("alias bomb in values.yaml", "x: 1", files: ["c/values.yaml": billionLaughs],
                  error: "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing\n"),
        .template("alias bomb in -f file", "x: 1", files: ["bomb.yaml": billionLaughs], flags: ["-f", "@/bomb.yaml"],
                  error: "Error: failed to parse @/bomb.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: document contains excessive aliasing\n"),
        .template("alias bomb in Chart.yaml", "x: 1", files: ["c/Chart.yaml": HostileCase.chartYAML + billionLaughs],
                  error: "Error: cannot load Chart.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing\n"),
        .template("deep list in values.yaml", "x: 1", files: ["c/values.yaml": deepList],
                  error: "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: exceeded max depth of 10000\n"),
        .template("deep map in values.yaml", "x: 1", files: ["c/values.yaml": deepMap],
                  error: "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: exceeded max depth of 10000\n"),
        .template("alias bomb in fromYaml", #"{{ (fromYaml (.Files.Get "b.txt")).Error | fail }}"#, files: ["c/b.txt": billionLaughs],
                  error: "Error: execution error at (c/templates/a.yaml:1:43): error converting YAML to JSON: yaml: document contains excessive aliasing\n"),
        .template("alias bomb in fromYamlArray", #"{{ fromYamlArray (.Files.Get "b.txt") | toString | fail }}"#,
                  files: ["c/b.txt": "- " + billionLaughs.replacingOccurrences(of: "\n", with: "\n  ")],
                  error: "Error: execution error at (c/templates/a.yaml:1:51): [error converting YAML to JSON: yaml: document contains excessive aliasing]\n"),
        .template("deep list in fromYaml", #"{{ (fromYaml (.Files.Get "b.txt")).Error | fail }}"#, files: ["c/b.txt": deepList],
                  error: "Error: execution error at (c/templates/a.yaml:1:43): error converting YAML to JSON: yaml: exceeded max depth of 10000\n"),
        .template("deep list in fromJson", #"{{ (fromJson (.Files.Get "b.txt")).Error | fail }}"#, files: ["c/b.txt": "{\"a\": " + deepJSON + "}"],
                  error: "Error: execution error at (c/templates/a.yaml:1:43): invalid character '[' exceeded max depth\n"),
        .template("deep list in mustFromJson", #"{{ mustFromJson (.Files.Get "b.txt") }}"#, files: ["c/b.txt": deepJSON],
                  error: #"Error: template: c/templates/a.yaml:1:3: executing "c/templates/a.yaml" at <mustFromJson (.Files.Get "b.txt")>: error calling mustFromJson: invalid character '[' exceeded max depth"#),
        .template("deep list in --set-json", "x: 1", flags: ["--set-json", "a=" + deepJSON],
                  error: "Error: failed parsing --set-json data a=[[[["),
        .template("map cycle in toJson", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ toJson $d | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:59): \n"),
        .template("map cycle in toYaml", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ toYaml $d | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:59): \n"),
        .template("map cycle in mustToJson", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ mustToJson $d | fail }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <mustToJson $d>: error calling mustToJson: json: unsupported value: encountered a cycle via map[string]interface {}"#),
        .template("map cycle in mustToYaml", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ mustToYaml $d | fail }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <mustToYaml $d>: error calling mustToYaml: error marshaling into JSON: json: unsupported value: encountered a cycle via map[string]interface {}"#),
        .template("Values containing themselves", #"{{ $_ := set .Values "self" .Values }}{{ mustToJson .Values | fail }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:41: executing "c/templates/a.yaml" at <mustToJson .Values>: error calling mustToJson: json: unsupported value: encountered a cycle via common.Values"#),
        // Go's fmt, copystructure and the eq error text recurse through a map that contains
        // itself until Helm dies with a stack overflow; HelmKit fails with an error instead.
        .template("map cycle printed", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ $d }}"#,
                  error: "Error: c/templates/a.yaml:1:47\n  executing \"c/templates/a.yaml\" at <{{$d}}>:\n    a map contains itself, so it cannot be printed, copied or compared"),
        .template("map cycle in toString", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ toString $d }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <toString $d>: error calling toString: a map contains itself, so it cannot be printed, copied or compared"#),
        .template("map cycle in printf", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ printf "%v" $d }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <printf "%v" $d>: error calling printf: a map contains itself, so it cannot be printed, copied or compared"#),
        .template("map cycle in deepCopy", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ deepCopy $d | len }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <deepCopy $d>: error calling deepCopy: a map contains itself, so it cannot be printed, copied or compared"#),
        .template("map cycle in eq", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ eq $d $d }}"#,
                  error: #"Error: template: c/templates/a.yaml:1:47: executing "c/templates/a.yaml" at <eq $d $d>: error calling eq: a map contains itself, so it cannot be printed, copied or compared"#),
        .template("map cycle in toToml", #"{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ toToml $d | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:59): toml: the value contains itself"),
        .calling("regex repeat count over 1000", #"mustRegexMatch "a{1001}" "a""#, "error parsing regexp: invalid repeat count: `{1001}`"),
        .template("--set nested too deeply", "x: 1", flags: ["--set", Array(repeating: "a", count: 40).joined(separator: ".") + "=1"],
                  error: "Error: failed parsing --set data: value name nested level is greater than maximum supported nested level of 30\n"),
        .template("--set-string nested too deeply", "x: 1", flags: ["--set-string", Array(repeating: "a", count: 40).joined(separator: ".") + "=1"],
                  error: "Error: failed parsing --set-string data: value name nested level is greater than maximum supported nested level of 30\n"),
    ]

    // MARK: Archive boundary

    static let chartMember = TarMember(path: "c/Chart.yaml", contents: .text(HostileCase.chartYAML))
    static let subchartMember = TarMember(path: "s/Chart.yaml", contents: .text("apiVersion: v2\nname: s\nversion: 0.1.0\n"))
    static let fiveMebibytes = 5 * 1024 * 1024

    static let archiveCases: [HostileCase] = [
        .archive("member climbing out", [chartMember, TarMember(path: "c/../../evil.yaml", contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member climbing out of templates", [chartMember, TarMember(path: "c/templates/../../../x.yaml", contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member with absolute path", [chartMember, TarMember(path: "c//etc/x.yaml", contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member naming only the top folder", [chartMember, TarMember(path: "c", contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("Chart.yaml outside a folder", [TarMember(path: "Chart.yaml", contents: .text(HostileCase.chartYAML))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member with drive letter", [chartMember, TarMember(path: #"c\c:\x.yaml"#, contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member climbing out with backslashes", [chartMember, TarMember(path: #"c\..\x.yaml"#, contents: .text("x: 1"))],
                 error: "Error: unable to load chart archive\n"),
        .archive("member over 5 MiB", [chartMember, TarMember(path: "c/big.txt", contents: .repeated(fiveMebibytes + 1))],
                 error: "Error: unable to load chart archive\n"),
        .archive("members over 100 MiB", [chartMember] + (0..<21).map { TarMember(path: "c/f\($0).txt", contents: .repeated(fiveMebibytes)) },
                 error: "Error: unable to load chart archive\n"),
        .archive("archive without members", [], error: "Error: unable to load chart archive\n"),
        .archive("archive of folders only", [TarMember(path: "c/", contents: .folder)], error: "Error: unable to load chart archive\n"),
        .archive("archive without Chart.yaml", [TarMember(path: "c/values.yaml", contents: .text("x: 1"))],
                 error: "Error: unable to detect chart version, no Chart.yaml found\n"),
        // A symbolic link member is read as an empty file: its target is never opened.
        .archive("symbolic link member", [chartMember, TarMember(path: "c/templates/a.yaml", contents: .text(#"{{ .Files.Get "s" | printf "[%s]" | fail }}"#)),
                                          TarMember(path: "c/s", contents: .symbolicLink("/etc/hostname"))],
                 error: "Error: execution error at (c/templates/a.yaml:1:36): []\n"),
        .archive("hard link member", [chartMember, TarMember(path: "c/templates/a.yaml", contents: .text(#"{{ .Files.Get "s" | printf "[%s]" | fail }}"#)),
                                      TarMember(path: "c/s", contents: .hardLink("c/Chart.yaml"))],
                 error: "Error: execution error at (c/templates/a.yaml:1:36): []\n"),
        // Helm drops the first path element of every member, whatever it is.
        .archive("second top folder", [chartMember, TarMember(path: "d/templates/a.yaml", contents: .text(#"{{ fail "second top" }}"#))],
                 error: "Error: execution error at (c/templates/a.yaml:1:3): second top\n"),
        // Helm source: the reference reports every archive error as the generic text, but Helm
        // loads subchart archives with `LoadArchive`, which returns the reader's own error.
        .archive("subchart member climbing out", [chartMember, TarMember(path: "c/charts/s.tgz", contents: .archive([subchartMember, TarMember(path: "s/../x", contents: .text("x"))]))],
                 error: "Error: error unpacking subchart s.tgz in c: chart illegally references parent directory\n"),
        .archive("subchart member with absolute path", [chartMember, TarMember(path: "c/charts/s.tgz", contents: .archive([subchartMember, TarMember(path: "s//etc/x", contents: .text("x"))]))],
                 error: "Error: error unpacking subchart s.tgz in c: chart illegally contains absolute paths\n"),
        .archive("subchart member over 5 MiB", [chartMember, TarMember(path: "c/charts/s.tgz", contents: .archive([subchartMember, TarMember(path: "s/big.txt", contents: .repeated(fiveMebibytes + 1))]))],
                 error: "Error: error unpacking subchart s.tgz in c: decompressed chart file \"s/big.txt\" is larger than the maximum file size 5242880\n"),
        .template("text file named .tgz", "x: 1", files: ["c.tgz": "hello"], arguments: ["r", "@/c.tgz"],
                  error: "Error: file '@/c.tgz' does not appear to be a gzipped archive; got 'text/plain; charset=utf-8'\n"),
        .template("text file named .yaml", "x: 1", files: ["c.yaml": "hello"], arguments: ["r", "@/c.yaml"],
                  error: "Error: file '@/c.yaml' seems to be a YAML file, but expected a gzipped archive\n"),
        // The reference checks names only without --output-dir; Helm validates them before writing.
        .template("chart name climbing out of --output-dir", "x: 1", files: ["c/Chart.yaml": "apiVersion: v2\nname: ../../evil\nversion: 0.1.0\n"],
                  flags: ["--output-dir", "@/out"],
                  error: "Error: validation: chart.metadata.name \"../../evil\" is invalid\n"),
        .template("subchart name climbing out of --output-dir", "x: 1",
                  files: ["c/charts/s/Chart.yaml": "apiVersion: v2\nname: ../../../evil\nversion: 0.1.0\n", "c/charts/s/templates/a.yaml": "x: 1"],
                  flags: ["--output-dir", "@/out"],
                  error: "Error: error unpacking subchart s in c: validation: chart.metadata.name \"../../../evil\" is invalid\n"),
        .template("release name climbing out of --output-dir", "x: 1", arguments: ["../../evil", "@/c", "--output-dir", "@/out", "--release-name"],
                  error: #"Error: release name check failed: release name "../../evil": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53"#),
    ]

    // MARK: Symbolic links in chart folders

    /// Helm follows links, even to files outside the chart, and fails on links it cannot resolve.
    static let symbolicLinkCases: [HostileCase] = [
        .template("link to a template outside", nil, files: ["outside/s.yaml": #"{{ fail "linked file" }}"#],
                  links: ["c/templates/link.yaml": "../../outside/s.yaml"],
                  error: "Error: execution error at (c/templates/link.yaml:1:3): linked file\n"),
        .template("link to a folder outside", nil, files: ["outside/s.yaml": #"{{ fail "linked folder" }}"#],
                  links: ["c/templates": "../outside"],
                  error: "Error: execution error at (c/templates/s.yaml:1:3): linked folder\n"),
        .template("link to a file outside", #"{{ .Files.Get "link.txt" | printf "[%s]" | fail }}"#, files: ["secret.txt": "s3cret"],
                  links: ["c/link.txt": "../secret.txt"],
                  error: "Error: execution error at (c/templates/a.yaml:1:43): [s3cret]\n"),
        .template("dangling link", "x: 1", links: ["c/templates/gone.yaml": "/nonexistent-helmkit-target"],
                  error: "Error: error evaluating symlink @/c/templates/gone.yaml: lstat /nonexistent-helmkit-target: no such file or directory\n"),
        .template("link to itself", "x: 1", links: ["c/templates/self": "self"],
                  error: "Error: error evaluating symlink @/c/templates/self: EvalSymlinks: too many links\n"),
        // The kernel stops resolving a path after 40 links, so Helm fails to open the 41st level.
        .template("link to a parent folder", "x: 1", links: ["c/templates/loop": ".."],
                  error: "Error: open @/c/templates/loop/templates/loop/templates/loop/",
                  ending: "/templates/loop: too many levels of symbolic links"),
    ]

    // MARK: File access

    static let fileAccessCases: [HostileCase] = [
        .template("Files.Get of parent folder", #"{{ .Files.Get "../secret" | printf "[%s]" | fail }}"#, files: ["secret": "top secret"],
                  error: "Error: execution error at (c/templates/a.yaml:1:44): []\n"),
        .template("Files.Get of absolute path", #"{{ .Files.Get "/etc/hostname" | printf "[%s]" | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:48): []\n"),
        .template("Files.Get through templates/..", #"{{ .Files.Get "templates/../s.txt" | printf "[%s]" | fail }}"#, files: ["c/s.txt": "inside"],
                  error: "Error: execution error at (c/templates/a.yaml:1:53): []\n"),
        .template("Files.Glob of parent folder", #"{{ .Files.Glob "../*" | len | toString | fail }}"#, files: ["secret": "x"],
                  error: "Error: execution error at (c/templates/a.yaml:1:41): 0\n"),
        .template("Files.Glob of absolute path", #"{{ .Files.Glob "/etc/*" | len | toString | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:43): 0\n"),
        .template("Files.GetBytes of parent folder", #"{{ .Files.GetBytes "../secret" | len | toString | fail }}"#, files: ["secret": "x"],
                  error: "Error: execution error at (c/templates/a.yaml:1:50): 0\n"),
        .template("Files.Lines of parent folder", #"{{ .Files.Lines "../secret" | len | toString | fail }}"#, files: ["secret": "x\ny"],
                  error: "Error: execution error at (c/templates/a.yaml:1:47): 0\n"),
        .template("AsConfig of parent folder", #"{{ (.Files.Glob "../**").AsConfig | printf "[%s]" | fail }}"#, files: ["secret": "x"],
                  error: "Error: execution error at (c/templates/a.yaml:1:52): [{}]\n"),
        .template("-f of missing file", "x: 1", flags: ["-f", "@/missing.yaml"],
                  error: "Error: open @/missing.yaml: no such file or directory\n"),
        .template("-f of a folder", "x: 1", flags: ["-f", "@/c"],
                  error: "Error: read @/c: is a directory\n"),
        .template("-f of malformed YAML", "x: 1", files: ["bad.yaml": "a: [\n"], flags: ["-f", "@/bad.yaml"],
                  error: "Error: failed to parse @/bad.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 1: did not find expected node content\n"),
        .template("-f of a list", "x: 1", files: ["bad.yaml": "- a\n"], flags: ["-f", "@/bad.yaml"],
                  error: "Error: failed to parse @/bad.yaml: cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type common.Values\n"),
        .template("invalid UTF-8 in values.yaml", "x: 1", files: ["c/values.yaml": Array("a: ".utf8) + [0xC3, 0x28, 0x0A]],
                  error: "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: invalid trailing UTF-8 octet\n"),
        // Helm source: go-yaml's reader rejects the byte; the reference cannot pass it through.
        .template("invalid UTF-8 in -f file", "x: 1", files: ["bad.yaml": Array("a: ".utf8) + [0xFF, 0xFE, 0x0A]], flags: ["-f", "@/bad.yaml"],
                  error: "Error: failed to parse @/bad.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: invalid leading UTF-8 octet\n"),
        .template("invalid UTF-8 in Chart.yaml", "x: 1", files: ["c/Chart.yaml": Array((HostileCase.chartYAML + "description: ").utf8) + [0xFF, 0x0A]],
                  error: "Error: cannot load Chart.yaml: error converting YAML to JSON: yaml: invalid leading UTF-8 octet\n"),
        .template("--set-file of missing file", "x: 1", flags: ["--set-file", "a=@/missing.txt"],
                  error: "Error: failed parsing --set-file data: open @/missing.txt: no such file or directory\n"),
        .template("--set-file of a folder", "x: 1", flags: ["--set-file", "a=@/c"],
                  error: "Error: failed parsing --set-file data: read @/c: is a directory\n"),
        .template("chart file over 5 MiB", "x: 1", files: ["c/big.txt": String(repeating: "a", count: fiveMebibytes + 1)],
                  error: "Error: chart file \"big.txt\" is larger than the maximum file size 5242880\n"),
        .template("values.yaml over 5 MiB", "x: 1", files: ["c/values.yaml": "a: " + String(repeating: "b", count: fiveMebibytes) + "\n"],
                  error: "Error: chart file \"values.yaml\" is larger than the maximum file size 5242880\n"),
        .template("named pipe in chart", "x: 1", pipes: ["c/pipe"],
                  error: "Error: cannot load irregular file @/c/pipe as it has file mode type bits set\n"),
    ]

    // MARK: Value flags

    /// Helm's `--set` parser bounds list indexes and key nesting, and `--set-json` takes one
    /// JSON value after the key.
    static let flagCases: [HostileCase] = [
        .template("--set index over maximum", "x: 1", flags: ["--set", "a[70000]=1"],
                  error: "Error: failed parsing --set data: index of 70000 is greater than maximum supported index of 65536\n"),
        .template("--set negative index", "x: 1", flags: ["--set", "a[-1]=1"],
                  error: "Error: failed parsing --set data: negative -1 index not allowed\n"),
        .template("--set index over int64", "x: 1", flags: ["--set", "a[99999999999999999999]=1"],
                  error: "Error: failed parsing --set data: error parsing index: strconv.Atoi: parsing \"99999999999999999999\": value out of range\n"),
        .template("--set key without value", "x: 1", flags: ["--set", "a"],
                  error: "Error: failed parsing --set data: key \"a\" has no value\n"),
        .template("--set through a number", "x: 1", flags: ["--set", "a=1", "--set", "a.b=2"],
                  error: "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}\n"),
        .template("--set-json unclosed", "x: 1", flags: ["--set-json", "a={"], error: "Error: failed parsing --set-json data a={\n"),
        .template("--set-json without value", "x: 1", flags: ["--set-json", "a"], error: "Error: failed parsing --set-json data a\n"),
        .template("--set-json trailing text", "x: 1", flags: ["--set-json", "a=1 2"], error: "Error: failed parsing --set-json data a=1 2\n"),
        .template("--set-json index over maximum", "x: 1", flags: ["--set-json", "a[70000]=1"], error: "Error: failed parsing --set-json data a[70000]=1\n"),
    ]

    // MARK: Network and environment

    static let environmentCases: [HostileCase] = [
        .template("env is not a function", #"{{ env "HOME" }}"#, error: "Error: parse error at (c/templates/a.yaml:1): function \"env\" not defined\n"),
        .template("expandenv is not a function", #"{{ expandenv "$HOME" }}"#, error: "Error: parse error at (c/templates/a.yaml:1): function \"expandenv\" not defined\n"),
        .template("exec is not a function", #"{{ exec "ls" }}"#, error: "Error: parse error at (c/templates/a.yaml:1): function \"exec\" not defined\n"),
        .template("readFile is not a function", #"{{ readFile "/etc/passwd" }}"#, error: "Error: parse error at (c/templates/a.yaml:1): function \"readFile\" not defined\n"),
        .template("getHostByName without --enable-dns", #"{{ getHostByName "localhost" | printf "[%s]" | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:47): []\n"),
        .template("lookup of one object", #"{{ lookup "v1" "Secret" "default" "x" | printf "%v" | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:54): map[]\n"),
        .template("lookup of a list", #"{{ lookup "v1" "Secret" "" "" | printf "%v" | fail }}"#,
                  error: "Error: execution error at (c/templates/a.yaml:1:46): map[]\n"),
    ]

    // MARK: Resource bounds

    /// HelmKit bounds: Helm runs out of memory or time on these, or allocates gigabytes.
    static let resourceCases: [HostileCase] = [
        .calling("until of int64 maximum", "until 9223372036854775807", "range of 9223372036854775808 integers exceeds the limit of 1048576"),
        .calling("until of 2^30", "until 1073741824", "range of 1073741824 integers exceeds the limit of 1048576"),
        .calling("until of int64 minimum", "until -9223372036854775808", "range of 9223372036854775808 integers exceeds the limit of 1048576"),
        // Go's loop wraps past the int64 maximum and counts on for about 3.7e18 steps.
        .calling("untilStep past int64 maximum", "untilStep 9223372036854775800 9223372036854775807 5", "range of more than 1048576 integers exceeds the limit of 1048576"),
        .calling("repeat of 1 GiB", #"repeat 1073741824 "a""#, "repeat: result of 1073741824 bytes exceeds the limit of 67108864 bytes"),
        .calling("repeat of repeat", #"repeat 1000 (repeat 1000000 "a")"#, "repeat: result of 1000000000 bytes exceeds the limit of 67108864 bytes"),
        // Helm source: Go's makeslice rejects lengths over 2^48 bytes before allocating.
        .calling("indent of int64 maximum", #"indent 9223372036854775807 "a""#, "runtime error: makeslice: len out of range"),
        .calling("randAlpha of int64 maximum", "randAlpha 9223372036854775807", "runtime error: makeslice: len out of range"),
        .calling("randAlpha of 1 GiB", "randAlpha 1073741824", "random string of 1073741824 characters exceeds the limit of 67108864"),
        .template("output over 100 MiB", #"{{ range until 2000 }}{{ repeat 60000 "a" }}{{ end }}"#,
                  error: "Error: c/templates/a.yaml:1:25\n  executing \"c/templates/a.yaml\" at <{{repeat 60000 \"a\"}}>:\n    rendered output exceeds the limit of 104857600 bytes\n"),
        // PCRE2 backtracks where Go's RE2 does not, so HelmKit stops at PCRE2's match limit.
        // `regexMatch` falls back to PCRE2's DFA matcher there, and `regexFind` has no such path.
        .calling("regex backtracking", #"regexFind "(a+)+$" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab""#,
                 "regexp: matching `(a+)+$` reached the PCRE2 backtracking limit; simplify the pattern"),
    ]

    // MARK: Running the cases

    @Test(arguments: trapCases) func trap(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: recursionCases) func recursion(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: archiveCases) func archive(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: symbolicLinkCases) func symbolicLink(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: fileAccessCases) func fileAccess(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: flagCases) func flag(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: environmentCases) func environment(_ hostile: HostileCase) throws { try check(hostile) }
    @Test(arguments: resourceCases) func resource(_ hostile: HostileCase) throws { try check(hostile) }

    @Test func suiteHasSixtyCases() {
        let all = Self.trapCases + Self.recursionCases + Self.archiveCases + Self.symbolicLinkCases
            + Self.fileAccessCases + Self.flagCases + Self.environmentCases + Self.resourceCases
        #expect(all.count >= 60)
        #expect(Set(all.map(\.name)).count == all.count)
    }

    func check(_ hostile: HostileCase) throws {
        let scratch = try HostileCase.makeScratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try hostile.write(into: scratch)
        let before = try HostileCase.listing(of: scratch)

        let outcome = HelmKitCommand.execute(["template"] + hostile.arguments.map { $0.replacingOccurrences(of: "@", with: scratch) })

        let expected = hostile.error.replacingOccurrences(of: "@", with: scratch)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError.hasPrefix(expected), "standard error: \(outcome.standardError.prefix(2_000))")
        if let ending = hostile.ending {
            var firstParagraph = outcome.standardError.components(separatedBy: "\n\n")[0]
            if firstParagraph.hasSuffix("\n") { firstParagraph.removeLast() }
            #expect(firstParagraph.hasSuffix(ending), "standard error ends: \(firstParagraph.suffix(500))")
        }
        let written = try HostileCase.listing(of: scratch).subtracting(before).filter { !$0.hasPrefix("out/") }
        #expect(written.isEmpty, "files written outside --output-dir: \(written.sorted())")
    }
}

/// One hostile input: files to write into a scratch folder, the arguments after `template`, and
/// the start of the expected standard error.
struct HostileCase: Sendable, CustomTestStringConvertible {
    static let chartYAML = "apiVersion: v2\nname: c\nversion: 0.1.0\n"

    var name: String
    var files: [String: [UInt8]] = [:]
    /// Symbolic links to create, by path, with their targets as written.
    var links: [String: String] = [:]
    var pipes: [String] = []
    /// Members of `c.tgz`, built in the scratch folder when present.
    var archive: [TarMember]?
    var arguments: [String]
    var error: String
    /// The expected end of the first paragraph of standard error, for messages too long to write.
    var ending: String?

    var testDescription: String { name }

    /// Builds a chart `c` whose `templates/a.yaml` is `text` (none when nil), with extra files.
    static func template(
        _ name: String, _ text: String?, files: [String: String] = [:], links: [String: String] = [:], pipes: [String] = [],
        flags: [String] = [], arguments: [String]? = nil, error: String, ending: String? = nil
    ) -> HostileCase {
        template(name, bytes: text.map { Array($0.utf8) }, files: files.mapValues { Array($0.utf8) }, links: links, pipes: pipes,
                 flags: flags, arguments: arguments, error: error, ending: ending)
    }

    static func template(_ name: String, _ text: String?, files: [String: [UInt8]], flags: [String] = [], error: String) -> HostileCase {
        template(name, bytes: text.map { Array($0.utf8) }, files: files, flags: flags, error: error)
    }

    static func template(
        _ name: String, bytes: [UInt8]?, files: [String: [UInt8]] = [:], links: [String: String] = [:], pipes: [String] = [],
        flags: [String] = [], arguments: [String]? = nil, error: String, ending: String? = nil
    ) -> HostileCase {
        var all: [String: [UInt8]] = ["c/Chart.yaml": Array(chartYAML.utf8)]
        if let bytes { all["c/templates/a.yaml"] = bytes }
        all.merge(files) { _, given in given }
        return HostileCase(name: name, files: all, links: links, pipes: pipes,
                           arguments: arguments ?? ["r", "@/c"] + flags, error: error, ending: ending)
    }

    /// Builds a template that fails with the text of `expression`, so the error shows its value.
    static func failing(_ name: String, _ expression: String, _ value: String) -> HostileCase {
        template(name, "{{ fail (toString (\(expression))) }}", error: "Error: execution error at (c/templates/a.yaml:1:3): \(value)\n")
    }

    /// Builds a template whose `expression` fails in the call of its first word with `message`.
    static func calling(_ name: String, _ expression: String, _ message: String) -> HostileCase {
        let function = expression.split(separator: " ")[0]
        let error = #"Error: template: c/templates/a.yaml:1:19: executing "c/templates/a.yaml" at <\#(expression)>: error calling \#(function): \#(message)"#
        return template(name, "{{ fail (toString (\(expression))) }}", error: error + "\n")
    }

    static func archive(_ name: String, _ members: [TarMember], error: String) -> HostileCase {
        HostileCase(name: name, archive: members, arguments: ["r", "@/c.tgz"], error: error)
    }

    static func makeScratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        // Error texts name the folder, so it must be the path the kernel reports.
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    func write(into folder: String) throws {
        let manager = FileManager.default
        for (path, contents) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents).write(to: url)
        }
        for (path, target) in links {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        for path in pipes {
            #expect(mkfifo(folder + "/" + path, 0o644) == 0)
        }
        if let archive {
            try Data(TarMember.gzippedArchive(archive)).write(to: URL(fileURLWithPath: folder + "/c.tgz"))
        }
    }

    /// Returns every path below `folder`, relative to it, without following links.
    static func listing(of folder: String) throws -> Set<String> {
        Set(FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
    }
}

/// A member of a test archive, written as a POSIX ustar header and its padded contents.
struct TarMember: Sendable {
    enum Contents: Sendable {
        case text(String)
        /// That many `a` bytes, for size limits.
        case repeated(Int)
        case symbolicLink(String)
        case hardLink(String)
        case folder
        /// Another gzipped archive, as a subchart inside `charts/`.
        indirect case archive([TarMember])
    }

    var path: String
    var contents: Contents

    static func gzippedArchive(_ members: [TarMember]) throws -> [UInt8] {
        var tar: [UInt8] = []
        for member in members { try member.append(to: &tar) }
        tar += [UInt8](repeating: 0, count: 1024)
        return try gzip(tar)
    }

    func append(to tar: inout [UInt8]) throws {
        var data: [UInt8] = []
        var type: UInt8 = UInt8(ascii: "0")
        var linkTarget = ""
        switch contents {
        case .text(let text): data = Array(text.utf8)
        case .repeated(let count): data = [UInt8](repeating: UInt8(ascii: "a"), count: count)
        case .symbolicLink(let target): type = UInt8(ascii: "2"); linkTarget = target
        case .hardLink(let target): type = UInt8(ascii: "1"); linkTarget = target
        case .folder: type = UInt8(ascii: "5")
        case .archive(let members): data = try Self.gzippedArchive(members)
        }

        var header = [UInt8](repeating: 0, count: 512)
        func field(_ text: String, at offset: Int) {
            for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: width - 1 - digits.count) + digits
        }
        field(path, at: 0)
        field(octal(0o644, width: 8), at: 100)
        field(octal(0, width: 8), at: 108)
        field(octal(0, width: 8), at: 116)
        field(octal(data.count, width: 12), at: 124)
        field(octal(0, width: 12), at: 136)
        field("        ", at: 148)
        header[156] = type
        field(linkTarget, at: 157)
        field("ustar\u{0}00", at: 257)
        let checksum = header.reduce(0) { $0 + Int($1) }
        field(octal(checksum, width: 7), at: 148)

        tar += header
        tar += data
        tar += [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
    }

    /// Compresses with the system's `gzip`, which every supported platform has.
    static func gzip(_ data: [UInt8]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-tar-\(UUID().uuidString)").path
        try Data(data).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path + ".gz") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", path]
        try process.run()
        process.waitUntilExit()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path + ".gz")))
    }
}
