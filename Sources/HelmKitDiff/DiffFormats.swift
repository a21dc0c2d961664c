import HelmKitValues

/// The other report formats: one line per resource, JSON for programs, and an HTML page.
extension DiffReport {
    /// Formats one line per changed resource: `added`, `removed` or `changed`, then its identity.
    public static func simple(_ diff: ReleaseDiff) -> String {
        diff.changes.map { change -> String in
            let (verb, resource) = describe(change)
            return "\(verb) \(identityText(resource))\n"
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

    /// Formats a self-contained HTML page: a summary table, then each change side by side.
    public static func html(_ diff: ReleaseDiff, options: ReleaseDiff.Options) throws -> String {
        var page = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>helmkit diff</title>
            <style>
            body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
            td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
            .code td{font-family:monospace;white-space:pre;border:none}
            .del{background:#fdd}.add{background:#dfd}.hunk{color:#07a}
            </style></head><body>
            <h1>helmkit diff: \(diff.summary)</h1>
            <table><tr><th>change</th><th>kind</th><th>namespace</th><th>name</th><th>source</th></tr>

            """
        for (index, change) in diff.changes.enumerated() {
            let (verb, resource) = describe(change)
            page += "<tr><td><a href=\"#r\(index)\">\(verb)</a></td><td>\(escape(resource.identity.kind))</td>"
                + "<td>\(escape(resource.identity.namespace))</td><td>\(escape(resource.identity.name))</td>"
                + "<td>\(escape(resource.source))</td></tr>\n"
        }
        page += "</table>\n"

        for (index, change) in diff.changes.enumerated() {
            let (verb, resource) = describe(change)
            page += "<h2 id=\"r\(index)\">\(escape(identityText(resource))) \(verb)</h2>\n<table class=\"code\">\n"
            switch change {
            case .added:
                for line in try ReleaseDiff.lines(of: resource, options: options) {
                    page += "<tr><td></td><td class=\"add\">\(escape(line))</td></tr>\n"
                }
            case .removed:
                for line in try ReleaseDiff.lines(of: resource, options: options) {
                    page += "<tr><td class=\"del\">\(escape(line))</td><td></td></tr>\n"
                }
            case .changed(_, _, let lines):
                page += sideBySide(lines)
            }
            page += "</table>\n"
        }
        return page + "</body></html>\n"
    }

    /// Pairs removed and added lines of each run so they face each other.
    static func sideBySide(_ lines: [String]) -> String {
        var rows = ""
        var removed: [String] = []
        var added: [String] = []
        func flush() {
            for row in 0..<max(removed.count, added.count) {
                let left = row < removed.count ? "<td class=\"del\">\(escape(removed[row]))</td>" : "<td></td>"
                let right = row < added.count ? "<td class=\"add\">\(escape(added[row]))</td>" : "<td></td>"
                rows += "<tr>\(left)\(right)</tr>\n"
            }
            removed = []
            added = []
        }
        for line in lines {
            if line.hasPrefix("-") {
                removed.append(String(line.dropFirst()))
            } else if line.hasPrefix("+") {
                added.append(String(line.dropFirst()))
            } else {
                flush()
                if line.hasPrefix("@@") {
                    rows += "<tr><td class=\"hunk\" colspan=\"2\">\(escape(line))</td></tr>\n"
                } else {
                    let text = escape(String(line.dropFirst()))
                    rows += "<tr><td>\(text)</td><td>\(text)</td></tr>\n"
                }
            }
        }
        flush()
        return rows
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

    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
