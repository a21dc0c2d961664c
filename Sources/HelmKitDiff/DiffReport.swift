/// Writes a release diff for people: a header per resource, then a unified diff, as the
/// helm-diff plugin lays it out.
public enum DiffReport {
    /// Formats `diff`; with `color`, removals are red and additions green.
    public static func text(_ diff: ReleaseDiff, options: ReleaseDiff.Options, color: Bool) throws -> String {
        var output = ""
        for change in diff.changes {
            switch change {
            case .added(let resource):
                output += header(resource, "has been added")
                for line in try ReleaseDiff.lines(of: resource, options: options) {
                    output += paint("+ " + line, "32", color) + "\n"
                }
            case .removed(let resource):
                output += header(resource, "has been removed")
                for line in try ReleaseDiff.lines(of: resource, options: options) {
                    output += paint("- " + line, "31", color) + "\n"
                }
            case .changed(_, let resource, let lines):
                output += header(resource, "has changed")
                for line in lines {
                    if line.hasPrefix("+") {
                        output += paint("+ " + line.dropFirst(), "32", color) + "\n"
                    } else if line.hasPrefix("-") {
                        output += paint("- " + line.dropFirst(), "31", color) + "\n"
                    } else if line.hasPrefix("@@") {
                        output += paint(line, "36", color) + "\n"
                    } else {
                        output += "  " + line.dropFirst() + "\n"
                    }
                }
            }
        }
        if diff.hasChanges { output += "Resources: \(diff.summary)\n" }
        return output
    }

    /// `NAMESPACE, NAME, KIND (GROUP) has changed:`, with the hook and source noted.
    static func header(_ resource: Resource, _ verb: String) -> String {
        let identity = resource.identity
        let group = identity.group.isEmpty ? "" : " (\(identity.group))"
        let hook = resource.isHook ? " [hook]" : ""
        return "\(identity.namespace), \(identity.name), \(identity.kind)\(group)\(hook) \(verb):\n"
            + (resource.source.isEmpty ? "" : "# Source: \(resource.source)\n")
    }

    static func paint(_ text: String, _ code: String, _ enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
