import HelmKitTemplate
import HelmKitValues

/// `helmkit` invoked through a link named `helm`, for tools that run `helm` themselves, such as
/// kustomize's `helmCharts` and Argo CD. It runs the commands that work offline: `template`,
/// `version` and `dependency build` for local dependencies. Every other command fails, because
/// it needs a cluster or a chart repository.
enum HelmDropIn {
    /// Helm's persistent flags, which every `helm` command accepts (Helm v4.2.3's
    /// `EnvSettings.AddFlags`). None changes what the offline commands print.
    static let globalFlags: [FlagSpec] = [
        FlagSpec(name: "namespace", shorthand: "n", kind: .string, help: "namespace scope for this request"),
        FlagSpec(name: "debug", shorthand: nil, kind: .boolean, help: "enable verbose output"),
        FlagSpec(name: "kube-insecure-skip-tls-verify", shorthand: nil, kind: .boolean, help: "", hidden: true),
        FlagSpec(name: "kube-as-group", shorthand: nil, kind: .stringArray, help: "", hidden: true),
    ] + [
        "kubeconfig", "kube-context", "kube-token", "kube-as-user", "kube-apiserver", "kube-ca-file",
        "kube-tls-server-name", "registry-config", "repository-config", "repository-cache", "content-cache",
        "burst-limit", "qps", "color", "colour",
    ].map { FlagSpec(name: $0, shorthand: nil, kind: .string, help: "", hidden: true) }

    /// Returns what `helm ARGUMENTS` prints on success.
    static func dispatch(_ arguments: [String], environment: [String: String]) throws -> String {
        let (command, rest) = splitCommand(arguments)
        switch command {
        case "template":
            return try TemplateCommand.run(rest, environment: environment, programName: "helm")
        case "version":
            return try HelmVersion.run(rest)
        case "dependency", "dep", "dependencies":
            let (subcommand, subcommandArguments) = splitCommand(rest)
            if subcommand == "build" {
                return try DependencyBuildCommand.run(subcommandArguments)
            }
            let name = subcommand.map { "helm \(command ?? "") \($0)" } ?? "helm \(command ?? "")"
            throw CommandError("\(name) is not supported offline by helmkit: only helm dependency build with local dependencies is")
        case nil, "help":
            return usage
        case let other?:
            if ["--help", "-h"].contains(other) { return usage }
            throw CommandError("helm \(other) is not supported offline by helmkit, which runs only helm template, helm version and helm dependency build (for local dependencies)")
        }
    }

    /// Splits off the command word. Persistent flags may come before it, as in `helm -n NS
    /// template …`, and stay with the rest of the arguments.
    static func splitCommand(_ arguments: [String]) -> (command: String?, rest: [String]) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("-"), argument != "-" else {
                var rest = arguments
                rest.remove(at: index)
                return (argument, rest)
            }
            if ["--help", "-h"].contains(argument) { return (argument, Array(arguments.dropFirst(index + 1))) }
            index += 1
            let name = argument.hasPrefix("--") ? String(argument.dropFirst(2)) : ""
            let takesValue = globalFlags.contains { flag in
                flag.kind != .boolean && (flag.name == name || (argument.count == 2 && flag.shorthand == argument.last))
            }
            if takesValue { index += 1 }
        }
        return (nil, arguments)
    }

    static let usage = """
        helmkit, invoked as helm: the offline commands of Helm \(ReferenceHelm.version).

        Usage:
          helm template [NAME] [CHART] [flags]
          helm version [--short] [--template TEMPLATE]
          helm dependency build CHART

        Other helm commands need a cluster or a chart repository and are not supported offline.

        """
}

/// The Helm release HelmKit reproduces, as its release binary describes itself in `helm version`.
enum ReferenceHelm {
    static let version = "v4.2.3"
    /// The commit the `v4.2.3` tag points to in Helm's repository.
    static let gitCommit = "43e8b7feece8beb0fcba47059ec9b522fd929a64"
    static let gitTreeState = "clean"
    /// NOTE: an estimate. Helm's release workflow builds with the newest Go 1.26 patch release of
    /// the day (July 2026), and the source does not record which one that was.
    static let goVersion = "go1.26.4"
    /// Helm prints the major version of its k8s.io/client-go module (v0.36.1) plus one.
    static let kubeClientVersion = "v1.36"
}

/// `helm version [--short] [--template TEMPLATE]`, in the formats of Helm v4.2.3's version
/// command.
enum HelmVersion {
    static let flags = [
        FlagSpec(name: "short", shorthand: nil, kind: .boolean, help: "print the version number"),
        FlagSpec(name: "template", shorthand: nil, kind: .string, help: "template for version string format"),
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for version"),
    ] + HelmDropIn.globalFlags

    static func run(_ arguments: [String]) throws -> String {
        let parsed = try FlagParser(specs: flags).parse(arguments)
        if parsed.flag("help") {
            return "print the helm version information\n\nUsage:\n  helm version [flags]\n\nFlags:\n"
                + CommandCatalog.flagTable(flags.filter { !$0.hidden }) + "\n"
        }
        guard parsed.positionals.isEmpty else {
            throw UsageError(description: "\"helm version\" accepts no arguments\n\nUsage:  helm version [flags]")
        }
        let info = BuildInfo()
        if let template = parsed.string("template"), !template.isEmpty {
            return try TemplateSet(functions: [:], name: "_").parseAndExecute(name: "_", text: template,
                                                                               data: .object(info))
        }
        if parsed.flag("short") {
            return "\(info.version)+g\(info.gitCommit.prefix(7))\n"
        }
        return info.goSyntax + "\n"
    }
}

/// Helm's `version.BuildInfo`, as a struct that templates reach through its fields.
struct BuildInfo: TemplateObject {
    let version = ReferenceHelm.version
    let gitCommit = ReferenceHelm.gitCommit
    let gitTreeState = ReferenceHelm.gitTreeState
    let goVersion = ReferenceHelm.goVersion
    let kubeClientVersion = ReferenceHelm.kubeClientVersion

    var goTypeName: String { "version.BuildInfo" }

    /// The fields in declaration order, as Go's fmt prints them.
    var fields: [(String, String)] {
        [("Version", version), ("GitCommit", gitCommit), ("GitTreeState", gitTreeState),
         ("GoVersion", goVersion), ("KubeClientVersion", kubeClientVersion)]
    }

    func field(_ name: String) -> Value? {
        fields.first { $0.0 == name }.map { .string($0.1) }
    }

    var goDescription: String { "{" + fields.map(\.1).joined(separator: " ") + "}" }

    var goFieldDescription: String? { "{" + fields.map { "\($0.0):\($0.1)" }.joined(separator: " ") + "}" }

    /// The text of Go's `%#v`, which is `helm version`'s default output.
    var goSyntax: String {
        "version.BuildInfo{" + fields.map { "\($0.0):\(GoQuoting.quote($0.1))" }.joined(separator: ", ") + "}"
    }
}
