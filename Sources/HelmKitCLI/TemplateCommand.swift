import Foundation
import HelmKitChart
import HelmKitRender
import HelmKitValues

/// `helmkit template [NAME] CHART [flags]`: renders a chart as `helm template` prints it.
struct TemplateCommand {
    static let flags: [FlagSpec] = [
        FlagSpec(name: "values", shorthand: "f", kind: .stringSlice,
                 help: "specify values in a YAML file (can specify multiple)"),
        FlagSpec(name: "set", shorthand: nil, kind: .stringArray,
                 help: "set values on the command line (key1=val1,key2=val2)"),
        FlagSpec(name: "set-string", shorthand: nil, kind: .stringArray,
                 help: "set STRING values on the command line (key1=val1,key2=val2)"),
        FlagSpec(name: "set-file", shorthand: nil, kind: .stringArray,
                 help: "set values from files (key1=path1,key2=path2)"),
        FlagSpec(name: "set-json", shorthand: nil, kind: .stringArray,
                 help: "set JSON values on the command line (key1=jsonval1 or a JSON object)"),
        FlagSpec(name: "set-literal", shorthand: nil, kind: .stringArray,
                 help: "set a literal STRING value on the command line"),
        FlagSpec(name: "namespace", shorthand: "n", kind: .string,
                 help: "namespace of the release (default \"default\")"),
        FlagSpec(name: "show-only", shorthand: "s", kind: .stringArray,
                 help: "only show manifests rendered from the given templates"),
        FlagSpec(name: "include-crds", shorthand: nil, kind: .boolean,
                 help: "include CRDs in the templated output"),
        FlagSpec(name: "skip-crds", shorthand: nil, kind: .boolean,
                 help: "accepted for compatibility; CRDs are only printed with --include-crds"),
        FlagSpec(name: "no-hooks", shorthand: nil, kind: .boolean,
                 help: "prevent hooks from being printed"),
        FlagSpec(name: "skip-tests", shorthand: nil, kind: .boolean,
                 help: "skip tests from templated output"),
        FlagSpec(name: "is-upgrade", shorthand: nil, kind: .boolean,
                 help: "set .Release.IsUpgrade instead of .Release.IsInstall"),
        FlagSpec(name: "enable-dns", shorthand: nil, kind: .boolean,
                 help: "enable DNS lookups when rendering templates"),
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for template"),
    ]

    /// Runs the command and returns the text for standard output.
    static func run(_ arguments: [String]) throws -> String {
        let parsed = try FlagParser(specs: flags).parse(arguments)
        if parsed.flag("help") { return usage }

        let (releaseName, chartReference) = try nameAndChart(parsed.positionals)
        let chartPath = try ChartLocator.locate(chartReference)

        let valueOptions = ValueOptions(
            valueFiles: parsed.array("values"),
            jsonValues: parsed.array("set-json"),
            values: parsed.array("set"),
            stringValues: parsed.array("set-string"),
            fileValues: parsed.array("set-file"),
            literalValues: parsed.array("set-literal"))
        let userValues = try valueOptions.merge()

        let chart = try ChartLocator.load(path: chartPath)
        let options = RenderOptions(
            releaseName: releaseName,
            namespace: parsed.string("namespace") ?? "default",
            isUpgrade: parsed.flag("is-upgrade"),
            includeCRDs: parsed.flag("include-crds"),
            disableHooks: parsed.flag("no-hooks"),
            skipTests: parsed.flag("skip-tests"),
            enableDNS: parsed.flag("enable-dns"))
        let output = try ReleaseRenderer.render(chart: chart, userValues: userValues, options: options)

        let patterns = parsed.array("show-only")
        return patterns.isEmpty ? output : try ShowOnly.select(output, patterns: patterns)
    }

    /// Helm's `NameAndChart` for `template`: one argument is the chart, named `release-name`.
    static func nameAndChart(_ positionals: [String]) throws -> (String, String) {
        switch positionals.count {
        case 1:
            return ("release-name", positionals[0])
        case 2:
            try validateReleaseName(positionals[0])
            return (positionals[0], positionals[1])
        case 0:
            throw UsageError(description: "\"helmkit template\" requires at least 1 argument\n\nUsage:  helmkit template [NAME] [CHART] [flags]")
        default:
            throw UsageError(description: "expected at most two arguments, unexpected arguments: \(positionals.dropFirst(2).joined(separator: ", "))")
        }
    }

    /// Checks a release name as Helm does: a DNS-1123 subdomain of at most 53 characters.
    static func validateReleaseName(_ name: String) throws {
        let invalid = CommandError("release name check failed: release name \"\(name)\": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53")
        guard !name.isEmpty, name.utf8.count <= 53 else { throw invalid }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last,
                  first.isLowercaseAlphanumeric, last.isLowercaseAlphanumeric,
                  label.allSatisfy({ $0.isLowercaseAlphanumeric || $0 == "-" }) else { throw invalid }
        }
    }

    static let usage = """
        Render chart templates locally and display the output, as `helm template` does.

        Usage:
          helmkit template [NAME] [CHART] [flags]

        Flags:
        \(flagTable)

        """
}

/// The flag list of the help text, one aligned row per flag with its value type.
let flagTable: String = {
    let rows = TemplateCommand.flags.map { flag -> (String, String) in
        let short = flag.shorthand.map { "-\($0), " } ?? "    "
        let type: String
        switch flag.kind {
        case .boolean: type = ""
        case .string: type = " string"
        case .stringArray: type = " stringArray"
        case .stringSlice: type = " strings"
        }
        return ("  \(short)--\(flag.name)\(type)", flag.help)
    }
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { $0.0.padding(toLength: width + 3, withPad: " ", startingAt: 0) + $0.1 }
        .joined(separator: "\n")
}()

extension Character {
    var isLowercaseAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("0"..."9").contains(self)
    }
}
