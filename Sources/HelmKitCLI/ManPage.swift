/// The `helmkit(1)` manual page in roff (the `man` macro package), built from the same command
/// catalog as `--help` and the completion scripts.
enum ManPage {
    static func render() -> String {
        var page = [
            ".TH HELMKIT 1 \"\" \"helmkit \(HelmKitCommand.version)\" \"User Commands\"",
            ".SH NAME",
            "helmkit \\- render Helm charts offline, byte for byte as helm template does",
            ".SH SYNOPSIS",
        ]
        for command in CommandCatalog.all {
            page += [".B helmkit", escape(command.usage), ".br"]
        }
        page += [
            ".SH DESCRIPTION",
            escape("""
                helmkit loads a chart folder or .tgz archive with its subcharts, merges values by \
                Helm's precedence rules, runs the chart's Go templates with the Sprig and Helm \
                functions, and prints what `helm template` of Helm \(ReferenceHelm.version) prints. \
                It needs no cluster and no network. Invoked through a link named helm, it answers \
                helm template, helm version and helm dependency build for local dependencies.
                """),
            ".SH COMMANDS",
        ]
        for command in CommandCatalog.all {
            page += [".TP", ".B helmkit \(escape(command.name))", escape(command.summary) + "."]
        }
        page.append(".SH OPTIONS")
        for command in CommandCatalog.all {
            page += [".SS helmkit \(escape(command.name))", escape(command.details)]
            for flag in command.visibleFlags {
                page += [".TP", flagHeading(flag), escape(flag.help)]
            }
        }
        page += [
            ".SH ENVIRONMENT",
            ".TP",
            ".B HELM_PLUGINS",
            escape("A :-separated list of folders searched for --post-renderer plugins; else "
                + "$HELM_DATA_HOME/plugins, else $XDG_DATA_HOME/helm/plugins or ~/.local/share/helm/plugins."),
            ".SH EXIT STATUS",
            escape("0 on success; 1 on any error, printed as `Error: MESSAGE` on standard error; "
                + "2 from diff with --detailed-exitcode when there are changes."),
            ".SH SEE ALSO",
            ".BR helm (1)",
            "",
        ]
        return page.joined(separator: "\n")
    }

    /// Returns the `.TP` heading of a flag, such as `\fB\-f\fR, \fB\-\-values\fR \fIstrings\fR`.
    static func flagHeading(_ flag: FlagSpec) -> String {
        let short = flag.shorthand.map { "\\fB\\-\($0)\\fR, " } ?? ""
        let type = CommandCatalog.valueType(flag)
        let value = type.isEmpty ? "" : " \\fI\(type.dropFirst())\\fR"
        return short + "\\fB" + escape("--" + flag.name) + "\\fR" + value
    }

    /// Escapes text for roff: backslashes, hyphens (which roff may print as dashes), and a
    /// leading period or apostrophe, which would start a request.
    static func escape(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        escaped = escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
        return escaped
    }
}
