/// The HTML report: one page with no scripts, fonts or links to other files, so it can be
/// attached to a review or opened offline.
extension DiffReport {
    /// Formats the page: the counts, a summary table that links to each resource, then each
    /// change side by side with line numbers, and each added or removed resource whole.
    public static func html(_ diff: ReleaseDiff, options: ReleaseDiff.Options) throws -> String {
        let title = diff.hasChanges ? "helmkit diff: \(diff.summary)" : "helmkit diff: no changes"
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
            <style>\(style)</style></head><body>
            <h1 id="summary">\(title)</h1>

            """
        guard diff.hasChanges else {
            return page + "<p>No resource was added, removed or changed.</p>\n</body></html>\n"
        }

        page += "<table class=\"summary\"><tr><th>change</th><th>kind</th><th>namespace</th><th>name</th><th>source</th></tr>\n"
        for (index, change) in diff.changes.enumerated() {
            let (verb, resource) = describe(change)
            let identity = resource.identity
            let group = identity.group.isEmpty ? "" : " (\(escape(identity.group)))"
            page += "<tr><td class=\"\(verb)\">\(verb)</td><td>\(escape(identity.kind))\(group)\(hookTag(resource))</td>"
                + "<td>\(escape(identity.namespace))</td><td><a href=\"#r\(index)\">\(escape(identity.name))</a></td>"
                + "<td>\(escape(resource.source))</td></tr>\n"
        }
        page += "</table>\n"

        for (index, change) in diff.changes.enumerated() {
            let (verb, resource) = describe(change)
            page += "<h2 id=\"r\(index)\">\(escape(identityText(resource))) \(verb)\(hookTag(resource))</h2>\n"
            if !resource.source.isEmpty {
                page += "<p class=\"source\"># Source: \(escape(resource.source))</p>\n"
            }
            switch change {
            case .added:
                page += whole(try ReleaseDiff.lines(of: resource, options: options), sign: "+", style: "add")
            case .removed:
                page += whole(try ReleaseDiff.lines(of: resource, options: options), sign: "-", style: "del")
            case .changed(_, _, let lines):
                page += sideBySide(lines)
            }
        }
        return page + "</body></html>\n"
    }

    /// Wide lines wrap inside their half of the table instead of widening the page, and each
    /// changed line carries its `-` or `+` so the page reads without color too.
    static let style = """
        body{font-family:sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse}
        .summary td,.summary th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
        .summary .added{background:#dfd}.summary .removed{background:#fdd}.summary .changed{background:#ffd}
        .hook{font-size:75%;font-weight:normal;border:1px solid #999;border-radius:3px;padding:0 4px;margin-left:6px}
        .source{font-family:monospace;color:#555;margin:0 0 4px}
        .code{width:100%;table-layout:fixed;font-family:monospace;font-size:13px;margin-bottom:1em}
        .code col.number{width:3.5em}
        .code td{white-space:pre-wrap;overflow-wrap:anywhere;vertical-align:top;padding:0 4px}
        .code td.number{color:#888;text-align:right}
        .code .del{background:#fdd}.code .add{background:#dfd}
        .code tr.hunk td{color:#07a;background:#eef4f8}
        """

    static func hookTag(_ resource: Resource) -> String {
        resource.isHook ? "<span class=\"hook\">hook</span>" : ""
    }

    /// Formats every line of an added or removed resource, numbered from 1.
    static func whole(_ lines: [String], sign: String, style: String) -> String {
        var rows = "<table class=\"code\"><colgroup><col class=\"number\"><col></colgroup>\n"
        for (index, line) in lines.enumerated() {
            rows += "<tr><td class=\"number\">\(index + 1)</td><td class=\"\(style)\">\(sign)\(escape(line))</td></tr>\n"
        }
        return rows + "</table>\n"
    }

    /// Formats unified diff lines as a table with the old side on the left and the new side on
    /// the right. Each run of removed lines faces the run of added lines that follows it.
    static func sideBySide(_ lines: [String]) -> String {
        var rows = "<table class=\"code\"><colgroup><col class=\"number\"><col><col class=\"number\"><col></colgroup>\n"
        var oldNumber = 1
        var newNumber = 1
        var removed: [String] = []
        var added: [String] = []
        func cell(_ number: Int, _ sign: String, _ text: String, style: String) -> String {
            "<td class=\"number\">\(number)</td><td class=\"\(style)\">\(sign)\(escape(text))</td>"
        }
        func flush() {
            for row in 0..<max(removed.count, added.count) {
                var left = "<td class=\"number\"></td><td></td>"
                var right = left
                if row < removed.count {
                    left = cell(oldNumber, "-", removed[row], style: "del")
                    oldNumber += 1
                }
                if row < added.count {
                    right = cell(newNumber, "+", added[row], style: "add")
                    newNumber += 1
                }
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
                    (oldNumber, newNumber) = hunkStarts(line) ?? (oldNumber, newNumber)
                    rows += "<tr class=\"hunk\"><td colspan=\"4\">\(escape(line))</td></tr>\n"
                } else {
                    let text = String(line.dropFirst())
                    rows += "<tr>\(cell(oldNumber, " ", text, style: "same"))\(cell(newNumber, " ", text, style: "same"))</tr>\n"
                    oldNumber += 1
                    newNumber += 1
                }
            }
        }
        flush()
        return rows + "</table>\n"
    }

    /// Returns the first old and new line numbers of a hunk header such as `@@ -24,21 +24,26 @@`.
    /// An empty range (`-4,0`) names the line before the hunk, but then that side has no lines
    /// to number.
    static func hunkStarts(_ header: String) -> (Int, Int)? {
        let fields = header.split(separator: " ")
        guard fields.count >= 3, fields[1].hasPrefix("-"), fields[2].hasPrefix("+"),
              let old = Int(fields[1].dropFirst().prefix { $0 != "," }),
              let new = Int(fields[2].dropFirst().prefix { $0 != "," }) else { return nil }
        return (old, new)
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
