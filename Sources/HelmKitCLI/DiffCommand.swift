import Foundation
import HelmKit
import HelmKitDiff

/// `helmkit diff`: what an upgrade would change, from files alone.
///
/// - `helmkit diff manifests OLD.yaml NEW.yaml` compares two rendered outputs (`-` is stdin).
/// - `helmkit diff upgrade NAME --from CHART --to CHART` renders both sides and compares them.
///   Template flags given once apply to both sides; `--from-values`, `--to-values`,
///   `--from-set`, `--to-set` (and the `-string`, `-file`, `-json` forms) apply to one side.
enum DiffCommand {
    static let outputFlags: [FlagSpec] = [
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for diff"),
        FlagSpec(name: "context", shorthand: "C", kind: .string, help: "unchanged lines shown around each change (default 5)"),
        FlagSpec(name: "suppress", shorthand: nil, kind: .stringArray, help: "leave out resources of this kind (can specify multiple)"),
        FlagSpec(name: "show-secrets", shorthand: nil, kind: .boolean, help: "print Secret values instead of their size and digest"),
        FlagSpec(name: "strip-trailing-cr", shorthand: nil, kind: .boolean, help: "ignore carriage returns at line ends"),
        FlagSpec(name: "no-color", shorthand: nil, kind: .boolean, help: "never color the output"),
        FlagSpec(name: "detailed-exitcode", shorthand: nil, kind: .boolean, help: "exit with status 2 when there are changes"),
        FlagSpec(name: "normalize", shorthand: nil, kind: .boolean, help: "ignore key order and quoting changes"),
        FlagSpec(name: "suppress-output-line-regex", shorthand: nil, kind: .stringArray,
                 help: "do not count changed lines matching this regular expression"),
        FlagSpec(name: "output", shorthand: "o", kind: .string, help: "diff (default), simple, json or html"),
    ]

    static let sides = ["from", "to"]
    static let sideValueFlags = ["values", "set", "set-string", "set-file", "set-json"]

    /// The flags of `diff manifests`.
    static let manifestsFlags = outputFlags + [
        FlagSpec(name: "namespace", shorthand: "n", kind: .string,
                 help: "namespace of resources that name none (default \"default\")"),
    ]

    /// Template flags that `diff upgrade` passes to the rendering of both sides.
    static let sharedTemplateFlags = TemplateFlags.rendering.filter {
        !["show-only", "output-dir", "release-name", "help"].contains($0.name)
    }

    /// `--from`, `--to` and the value flags that apply to one side only.
    static let sideFlags: [FlagSpec] = {
        var specs: [FlagSpec] = [
            FlagSpec(name: "from", shorthand: nil, kind: .string, help: "the chart installed now"),
            FlagSpec(name: "to", shorthand: nil, kind: .string, help: "the chart to upgrade to"),
        ]
        for side in sides {
            for flag in sideValueFlags {
                let kind: FlagSpec.Kind = flag == "values" ? .stringSlice : .stringArray
                specs.append(FlagSpec(name: "\(side)-\(flag)", shorthand: nil, kind: kind, help: "--\(flag) for the \(side) side only"))
            }
        }
        return specs
    }()

    /// The flags of `diff upgrade`.
    static let upgradeFlags = sharedTemplateFlags + TemplateFlags.ignored + sideFlags + outputFlags

    /// Runs `diff` and returns its output and exit status.
    static func run(_ arguments: [String], environment: [String: String]) throws -> (String, Int32) {
        guard let mode = arguments.first else { throw UsageError(description: usage) }
        switch mode {
        case "manifests":
            return try manifests(Array(arguments.dropFirst()))
        case "upgrade":
            return try upgrade(Array(arguments.dropFirst()), environment: environment)
        case "--help", "-h", "help":
            return (usage + "\n", 0)
        default:
            throw UsageError(description: "unknown diff mode \"\(mode)\": use \"manifests\" or \"upgrade\"")
        }
    }

    static func manifests(_ arguments: [String]) throws -> (String, Int32) {
        let parsed = try FlagParser(specs: manifestsFlags).parse(arguments)
        if parsed.flag("help") { return (CommandCatalog.help(CommandCatalog.diffManifests), 0) }
        guard parsed.positionals.count == 2 else {
            throw UsageError(description: "diff manifests takes two files: OLD NEW (- for standard input)")
        }
        let namespace = parsed.string("namespace") ?? "default"
        let old = try ResourceParser.parse(try ValueOptions.readFile(parsed.positionals[0]), namespace: namespace,
                                           origin: parsed.positionals[0])
        let new = try ResourceParser.parse(try ValueOptions.readFile(parsed.positionals[1]), namespace: namespace,
                                           origin: parsed.positionals[1])
        return try report(old: old, new: new, parsed: parsed)
    }

    static func upgrade(_ arguments: [String], environment: [String: String]) throws -> (String, Int32) {
        let parsed = try FlagParser(specs: upgradeFlags).parse(arguments)
        if parsed.flag("help") { return (CommandCatalog.help(CommandCatalog.diffUpgrade), 0) }
        guard parsed.positionals.count == 1, let release = parsed.positionals.first else {
            throw UsageError(description: "diff upgrade takes the release name: helmkit diff upgrade NAME --from CHART --to CHART")
        }
        guard let fromChart = parsed.string("from"), let toChart = parsed.string("to") else {
            throw UsageError(description: "diff upgrade needs --from CHART and --to CHART")
        }

        let sharedArguments = reconstruct(parsed, specs: sharedTemplateFlags)
        func render(_ side: String, chart: String, upgrade: Bool) throws -> String {
            var sideArguments: [String] = []
            for flag in sideValueFlags {
                for value in parsed.array("\(side)-\(flag)") { sideArguments += ["--\(flag)", value] }
            }
            let extra = upgrade ? ["--is-upgrade"] : []
            return try TemplateCommand.run([release, chart] + sharedArguments + sideArguments + extra,
                                           environment: environment)
        }
        let namespace = parsed.string("namespace") ?? "default"
        let old: [Resource]
        let new: [Resource]
        do {
            old = try ResourceParser.parse(try render("from", chart: fromChart, upgrade: false), namespace: namespace)
        } catch {
            throw CommandError("rendering the --from side failed: \(error)")
        }
        do {
            new = try ResourceParser.parse(try render("to", chart: toChart, upgrade: true), namespace: namespace)
        } catch {
            throw CommandError("rendering the --to side failed: \(error)")
        }
        return try report(old: old, new: new, parsed: parsed)
    }

    /// Rebuilds command-line arguments for the flags in `specs` that were given.
    static func reconstruct(_ parsed: ParsedFlags, specs: [FlagSpec]) -> [String] {
        var arguments: [String] = []
        for spec in specs {
            switch spec.kind {
            case .boolean:
                if parsed.flag(spec.name) { arguments.append("--\(spec.name)") }
            case .string:
                if let value = parsed.string(spec.name) { arguments.append("--\(spec.name)=\(value)") }
            case .stringArray, .stringSlice:
                for value in parsed.array(spec.name) { arguments += ["--\(spec.name)", value] }
            }
        }
        return arguments
    }

    static func report(old: [Resource], new: [Resource], parsed: ParsedFlags) throws -> (String, Int32) {
        var options = ReleaseDiff.Options()
        if let context = parsed.string("context") {
            guard let lines = Int(context), lines >= 0 else {
                throw CommandError("invalid argument \"\(context)\" for \"--context\": a number of lines, 0 or more")
            }
            options.context = lines
        }
        options.suppressedKinds = Set(parsed.array("suppress"))
        options.showSecrets = parsed.flag("show-secrets")
        options.stripTrailingCarriageReturn = parsed.flag("strip-trailing-cr")
        options.normalize = parsed.flag("normalize")
        options.suppressedLinePatterns = parsed.array("suppress-output-line-regex")

        let diff = try ReleaseDiff(old: old, new: new, options: options)
        let text: String
        switch parsed.string("output") ?? "diff" {
        case "diff":
            let color = !parsed.flag("no-color") && isatty(STDOUT_FILENO) == 1
            text = try DiffReport.text(diff, options: options, color: color)
        case "simple":
            text = DiffReport.simple(diff)
        case "json":
            text = try DiffReport.json(diff, options: options)
        case "html":
            text = try DiffReport.html(diff, options: options)
        case let other:
            throw CommandError("invalid argument \"\(other)\" for \"--output\": use diff, simple, json or html")
        }
        let status: Int32 = parsed.flag("detailed-exitcode") && diff.hasChanges ? 2 : 0
        return (text, status)
    }

    static let usage = """
        Show what an upgrade would change, from charts and values files alone.

        Usage:
          helmkit \(CommandCatalog.diffUpgrade.usage)
          helmkit \(CommandCatalog.diffManifests.usage)

        Run `helmkit diff upgrade --help` or `helmkit diff manifests --help` for the flags.
        """
}
