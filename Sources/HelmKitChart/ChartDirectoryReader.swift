import Foundation
import HelmKitValues

/// Reads a chart folder from disk into memory, applying `.helmignore` as Helm's `LoadDir` does.
public enum ChartDirectoryReader {
    /// Reads every file below `root` that `.helmignore` does not exclude.
    public static func read(root: String) throws -> [ChartFile] {
        let rootURL = URL(fileURLWithPath: root)
        var rules = HelmIgnore.defaultRules
        if let ignoreData = FileManager.default.contents(atPath: rootURL.appendingPathComponent(".helmignore").path) {
            rules.append(contentsOf: HelmIgnore.parse(String(decoding: ignoreData, as: UTF8.self)))
        }

        var files: [ChartFile] = []
        try walk(folder: rootURL, relative: "", rules: rules, into: &files)
        return files
    }

    static func walk(folder: URL, relative: String, rules: [HelmIgnore.Rule], into files: inout [ChartFile]) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw ChartError("read \(folder.path): \(error.localizedDescription)")
        }
        for name in names {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if HelmIgnore.isIgnored(path: path, isFolder: isFolder.boolValue, rules: rules) { continue }
            if isFolder.boolValue {
                try walk(folder: url, relative: path, rules: rules, into: &files)
            } else {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw ChartError("open \(url.path): permission denied")
                }
                files.append(ChartFile(path: path, data: [UInt8](data)))
            }
        }
    }
}

/// Helm's `.helmignore` rules: glob patterns matched against a path or its last element.
enum HelmIgnore {
    struct Rule {
        var pattern: String
        var negated: Bool
        var folderOnly: Bool
        var matchesWholePath: Bool
    }

    /// Helm always ignores hidden files inside `templates/`.
    static let defaultRules: [Rule] = [Rule(pattern: "templates/.?*", negated: false, folderOnly: false, matchesWholePath: true)]

    static func parse(_ text: String) -> [Rule] {
        var rules: [Rule] = []
        for rawLine in text.split(separator: "\n") {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line = String(line.dropFirst())
            }
            var folderOnly = false
            if line.hasSuffix("/") {
                folderOnly = true
                line = String(line.dropLast())
            }
            if line.hasPrefix("/") { line = String(line.dropFirst()) }
            rules.append(Rule(pattern: line, negated: negated, folderOnly: folderOnly, matchesWholePath: line.contains("/")))
        }
        return rules
    }

    static func isIgnored(path: String, isFolder: Bool, rules: [Rule]) -> Bool {
        // A chart's own Chart.yaml is never ignored.
        if path == "Chart.yaml" { return false }
        var ignored = false
        let base = path.split(separator: "/").last.map(String.init) ?? path
        for rule in rules {
            if rule.folderOnly && !isFolder { continue }
            let subject = rule.matchesWholePath ? path : base
            if fnmatch(rule.pattern, subject, 0) == 0 {
                ignored = !rule.negated
            }
        }
        return ignored
    }
}
