/// One `helmkit` command as help, shell completion and the man page describe it. The flags are
/// the same tables the parser reads, so the three cannot drift from what the parser accepts.
struct CommandDescription {
    /// The kind of word the shell completes for a positional argument or a flag value.
    enum ArgumentCompletion {
        case none
        /// A chart folder or `.tgz` archive.
        case chart
        /// Any file; `diff manifests` reads rendered output.
        case file
        case directory
        /// One of fixed words, such as a shell name.
        case words([String])
    }

    /// The words after `helmkit` that select the command, such as `["diff", "upgrade"]`.
    let path: [String]
    /// The usage line after `helmkit`, such as `template [NAME] [CHART] [flags]`.
    let usage: String
    /// A one-line summary, lowercase and without a final period, as cobra's `Short`.
    let summary: String
    /// Paragraphs printed between the summary and the flag table.
    let details: String
    let flags: [FlagSpec]
    let arguments: ArgumentCompletion

    /// The flags help, completion and the man page list: every flag the parser accepts except
    /// the hidden ones (accepted and ignored, or rejected as needing a cluster).
    var visibleFlags: [FlagSpec] { flags.filter { !$0.hidden } }

    var name: String { path.joined(separator: " ") }
}

/// Every `helmkit` command, in the order help and the man page list them.
enum CommandCatalog {
    static let template = CommandDescription(
        path: ["template"], usage: "template [NAME] [CHART] [flags]",
        summary: "render chart templates locally and display the output",
        details: """
            Render chart templates locally and display the output, as `helm template` does.
            CHART is a chart folder or a .tgz archive on disk.
            """,
        flags: TemplateFlags.all, arguments: .chart)

    static let diffUpgrade = CommandDescription(
        path: ["diff", "upgrade"], usage: "diff upgrade NAME --from CHART --to CHART [flags]",
        summary: "show what upgrading a release from one chart and values to another would change",
        details: """
            Show what an upgrade would change: render both charts and compare the resources. Template flags (all but -s and
            --output-dir) apply to both sides, among them --seed N and --now TIME, which make
            random and time functions repeatable so unchanged inputs give no diff. The --from- and
            --to- forms of --values, --set, --set-string, --set-file and --set-json apply to one
            side. The exit status is 0 with or without changes unless --detailed-exitcode is given.
            """,
        flags: DiffCommand.upgradeFlags, arguments: .none)

    static let diffManifests = CommandDescription(
        path: ["diff", "manifests"], usage: "diff manifests OLD.yaml NEW.yaml [flags]",
        summary: "compare two rendered outputs resource by resource",
        details: "Compare two outputs of `helm template` or `helmkit template`; - reads standard input.",
        flags: DiffCommand.manifestsFlags, arguments: .file)

    static let version = CommandDescription(
        path: ["version"], usage: "version",
        summary: "print the helmkit version and the Helm version it renders as",
        details: "Print the helmkit version and the Helm release whose output it reproduces.",
        flags: [helpFlag("version")], arguments: .none)

    static let completion = CommandDescription(
        path: ["completion"], usage: "completion bash|zsh|fish",
        summary: "print a shell completion script",
        details: """
            Print a completion script for bash, zsh or fish. Load it in the current shell with
            `source <(helmkit completion bash)`, or save it where the shell reads completions, such
            as /usr/share/bash-completion/completions/helmkit, a folder on zsh's $fpath as _helmkit,
            or ~/.config/fish/completions/helmkit.fish.
            """,
        flags: [helpFlag("completion")], arguments: .words(ShellCompletion.shells))

    static let manual = CommandDescription(
        path: ["man"], usage: "man",
        summary: "print the helmkit(1) manual page in roff format",
        details: "Print the manual page; `helmkit man > helmkit.1 && man ./helmkit.1` shows it.",
        flags: [helpFlag("man")], arguments: .none)

    static let all = [template, diffUpgrade, diffManifests, version, completion, manual]

    /// The first-level command words, for completion of the word after `helmkit`.
    static var topLevelWords: [String] {
        var words: [String] = []
        for command in all where !words.contains(command.path[0]) {
            words.append(command.path[0])
        }
        return words + ["help"]
    }

    static func helpFlag(_ command: String) -> FlagSpec {
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for \(command)")
    }

    /// Returns `--help` for `command`: its summary, usage line, details and flag table.
    static func help(_ command: CommandDescription) -> String {
        var text = command.details + "\n\nUsage:\n  helmkit " + command.usage + "\n"
        let flags = command.visibleFlags
        if !flags.isEmpty {
            text += "\nFlags:\n" + flagTable(flags) + "\n"
        }
        return text
    }

    /// Returns one aligned row per flag with its value type, as cobra prints flags.
    static func flagTable(_ flags: [FlagSpec]) -> String {
        let rows = flags.map { flag -> (String, String) in
            let short = flag.shorthand.map { "-\($0), " } ?? "    "
            return ("  \(short)--\(flag.name)\(valueType(flag))", flag.help)
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 3, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n")
    }

    /// Returns pflag's name for the value type of a flag, with a leading space, or nothing for a
    /// boolean.
    static func valueType(_ flag: FlagSpec) -> String {
        switch flag.kind {
        case .boolean: return ""
        case .string: return " string"
        case .stringArray: return " stringArray"
        case .stringSlice: return " strings"
        }
    }

    /// Returns the kind of word the shell completes as the value of `flag`, by flag name.
    static func valueCompletion(_ flag: FlagSpec) -> CommandDescription.ArgumentCompletion {
        switch flag.name {
        case "values", "from-values", "to-values": return .file
        case "output-dir": return .directory
        case "from", "to": return .chart
        case "output": return .words(["diff", "simple", "json", "html"])
        case "dry-run": return .words(["client"])
        default: return .none
        }
    }
}
