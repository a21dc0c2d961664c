/// The flags `helmkit template` accepts: Helm's `template` flags that mean something offline,
/// the install flags Helm accepts there and ignores when nothing is installed, and the flags
/// that need a cluster or a repository, which fail with an explanation.
enum TemplateFlags {
    static let rendering: [FlagSpec] = [
        FlagSpec(name: "values", shorthand: "f", kind: .stringSlice,
                 help: "specify values in a YAML file, or - for standard input (can specify multiple)"),
        FlagSpec(name: "set", shorthand: nil, kind: .stringArray,
                 help: "set values on the command line (key1=val1,key2=val2)"),
        FlagSpec(name: "set-string", shorthand: nil, kind: .stringArray,
                 help: "set STRING values on the command line (key1=val1,key2=val2)"),
        FlagSpec(name: "set-file", shorthand: nil, kind: .stringArray,
                 help: "set values from respective files (key1=path1,key2=path2)"),
        FlagSpec(name: "set-json", shorthand: nil, kind: .stringArray,
                 help: "set JSON values on the command line (key1=jsonval1 or a JSON object)"),
        FlagSpec(name: "set-literal", shorthand: nil, kind: .stringArray,
                 help: "set a literal STRING value on the command line"),
        FlagSpec(name: "namespace", shorthand: "n", kind: .string,
                 help: "namespace scope for this request (default \"default\")"),
        FlagSpec(name: "show-only", shorthand: "s", kind: .stringArray,
                 help: "only show manifests rendered from the given templates"),
        FlagSpec(name: "output-dir", shorthand: nil, kind: .string,
                 help: "writes the executed templates to files in output-dir instead of stdout"),
        FlagSpec(name: "release-name", shorthand: nil, kind: .boolean,
                 help: "use release name in the output-dir path"),
        FlagSpec(name: "include-crds", shorthand: nil, kind: .boolean,
                 help: "include CRDs in the templated output"),
        FlagSpec(name: "skip-crds", shorthand: nil, kind: .boolean,
                 help: "accepted; CRDs are printed only with --include-crds"),
        FlagSpec(name: "no-hooks", shorthand: nil, kind: .boolean,
                 help: "prevent hooks from being printed"),
        FlagSpec(name: "skip-tests", shorthand: nil, kind: .boolean,
                 help: "skip tests from templated output"),
        FlagSpec(name: "is-upgrade", shorthand: nil, kind: .boolean,
                 help: "set .Release.IsUpgrade instead of .Release.IsInstall"),
        FlagSpec(name: "kube-version", shorthand: nil, kind: .string,
                 help: "Kubernetes version used for Capabilities.KubeVersion (default v1.36.0)"),
        FlagSpec(name: "api-versions", shorthand: "a", kind: .stringSlice,
                 help: "Kubernetes api versions added to Capabilities.APIVersions (can specify multiple)"),
        FlagSpec(name: "skip-schema-validation", shorthand: nil, kind: .boolean,
                 help: "if set, disables JSON schema validation"),
        FlagSpec(name: "generate-name", shorthand: "g", kind: .boolean,
                 help: "generate the name (and omit the NAME parameter)"),
        FlagSpec(name: "name-template", shorthand: nil, kind: .string,
                 help: "specify template used to name the release"),
        FlagSpec(name: "enable-dns", shorthand: nil, kind: .boolean,
                 help: "enable DNS lookups when rendering templates (getHostByName asks the system resolver)"),
        FlagSpec(name: "seed", shorthand: nil, kind: .string,
                 help: "make random functions repeatable: the same seed gives the same output (not Helm's)"),
        FlagSpec(name: "now", shorthand: nil, kind: .string,
                 help: "fix the time `now` returns, as RFC 3339 (2026-01-02T15:04:05Z)"),
        FlagSpec(name: "post-renderer", shorthand: nil, kind: .string,
                 help: "the name of a postrenderer type plugin to be used for post rendering. If it exists, the plugin will be used"),
        FlagSpec(name: "post-renderer-args", shorthand: nil, kind: .stringArray,
                 help: "an argument to the post-renderer (can specify multiple)"),
        FlagSpec(name: "debug", shorthand: nil, kind: .boolean,
                 help: "print the rendered files even when they are not valid YAML"),
        FlagSpec(name: "dry-run", shorthand: nil, kind: .string,
                 help: "only \"client\" is supported, because rendering is offline", valueWhenBare: "unset"),
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for template"),
    ]

    /// Install flags that change nothing when no release is installed; Helm accepts them too.
    static let ignored: [FlagSpec] = [
        "create-namespace", "force", "force-replace", "force-conflicts", "replace", "wait-for-jobs",
        "devel", "disable-openapi-validation", "atomic", "rollback-on-failure", "hide-notes",
        "render-subchart-notes", "take-ownership", "insecure-skip-tls-verify", "plain-http",
        "pass-credentials", "kube-insecure-skip-tls-verify",
    ].map { FlagSpec(name: $0, shorthand: nil, kind: .boolean, help: "", hidden: true) } + [
        "timeout", "description", "version", "kube-context", "kubeconfig", "burst-limit", "qps",
        "registry-config", "repository-cache", "repository-config", "content-cache", "color",
        "colour", "kube-token", "kube-as-user", "kube-apiserver", "kube-ca-file", "kube-tls-server-name",
    ].map { FlagSpec(name: $0, shorthand: nil, kind: .string, help: "", hidden: true) } + [
        FlagSpec(name: "server-side", shorthand: nil, kind: .string, help: "", valueWhenBare: "true", hidden: true),
        FlagSpec(name: "wait", shorthand: nil, kind: .string, help: "", valueWhenBare: "watcher", hidden: true),
        FlagSpec(name: "labels", shorthand: "l", kind: .stringSlice, help: "", hidden: true),
        FlagSpec(name: "kube-as-group", shorthand: nil, kind: .stringArray, help: "", hidden: true),
    ]

    /// Flags that need a cluster, a repository or a signature keyring.
    static let unavailable: [FlagSpec] = [
        "validate", "dependency-update", "verify",
    ].map { FlagSpec(name: $0, shorthand: nil, kind: .boolean, help: "", hidden: true) } + [
        "repo", "username", "password", "ca-file", "cert-file", "key-file", "keyring",
    ].map { FlagSpec(name: $0, shorthand: nil, kind: .string, help: "", hidden: true) }

    static let all = rendering + ignored + unavailable

    /// Fails when a flag that needs a cluster or a repository was given.
    static func rejectUnavailable(_ parsed: ParsedFlags) throws {
        for flag in unavailable {
            let isSet = parsed.booleans[flag.name] == true || parsed.strings[flag.name] != nil
                || !(parsed.arrays[flag.name] ?? []).isEmpty
            if isSet {
                throw CommandError("--\(flag.name) is not supported: helmkit renders offline, without a cluster or repositories")
            }
        }
        if let dryRun = parsed.string("dry-run"), !["client", "unset", "true"].contains(dryRun) {
            throw CommandError("--dry-run=\(dryRun) is not supported: helmkit renders offline, so only --dry-run=client applies")
        }
    }
}
