import HelmKitValues

/// The other report formats: one line per resource, and JSON for programs.
extension DiffReport {
    /// Formats one line per changed resource: `added`, `removed` or `changed`, then its identity,
    /// then `[hook]` for a resource with a `helm.sh/hook` annotation, as the `diff` format marks it.
    public static func simple(_ diff: ReleaseDiff) -> String {
        diff.changes.map { change -> String in
            let (verb, resource) = describe(change)
            return "\(verb) \(identityText(resource))\(resource.isHook ? " [hook]" : "")\n"
        }.joined()
    }

    /// Formats the changes as JSON; docs/diff-json.md describes the schema.
    public static func json(_ diff: ReleaseDiff, options: ReleaseDiff.Options) throws -> String {
        var entries: [Value] = []
        for change in diff.changes {
            let (verb, resource) = describe(change)
            var lines: [String]
            switch change {
            case .changed(_, _, let diffLines): lines = diffLines
            case .added: lines = try ReleaseDiff.lines(of: resource, options: options).map { "+" + $0 }
            case .removed: lines = try ReleaseDiff.lines(of: resource, options: options).map { "-" + $0 }
            }
            entries.append(.dictionary([
                "change": .string(verb),
                "apiVersion": .string(resource.apiVersion),
                "group": .string(resource.identity.group),
                "kind": .string(resource.identity.kind),
                "namespace": .string(resource.identity.namespace),
                "name": .string(resource.identity.name),
                "source": .string(resource.source),
                "hook": .bool(resource.isHook),
                "diff": .list(lines.map(Value.string)),
            ]))
        }
        return try JSONCodec.encode(.dictionary(["changes": .list(entries)])) + "\n"
    }

    static func describe(_ change: ReleaseDiff.Change) -> (String, Resource) {
        switch change {
        case .added(let resource): return ("added", resource)
        case .removed(let resource): return ("removed", resource)
        case .changed(_, let resource, _): return ("changed", resource)
        }
    }

    static func identityText(_ resource: Resource) -> String {
        let identity = resource.identity
        let group = identity.group.isEmpty ? "" : ".\(identity.group)"
        return "\(identity.namespace)/\(identity.kind)\(group)/\(identity.name)"
    }
}
