import Foundation
import HelmKitValues

/// Reads a chart folder from disk into memory, as Helm's `LoadDir` does: `.helmignore` rules
/// apply, symbolic links are followed, a UTF-8 byte order mark is dropped, and files over
/// Helm's size limit are rejected.
public enum ChartDirectoryReader {
    /// Helm's `MaxDecompressedFileSize`: 5 MiB for any one file of a chart.
    public static let maxFileSize = 5 * 1024 * 1024

    /// Reads every file below `root` that `.helmignore` does not exclude.
    public static func read(root: String) throws -> [ChartFile] {
        // Paths are joined as strings: `URL.appendingPathComponent` took a third of the time
        // spent reading a chart folder of 4,000 files.
        let rootPath = isPlainAbsolute(root) ? root : URL(fileURLWithPath: root).path
        var rules: [HelmIgnore.Rule] = []
        if let ignoreData = FileSystem.contents(of: joined(rootPath, ".helmignore")) {
            rules = try HelmIgnore.parse(String(decoding: dropByteOrderMark(ignoreData), as: UTF8.self))
        }
        rules += HelmIgnore.defaultRules

        var files: [ChartFile] = []
        try walk(folder: rootPath, relative: "", rules: rules, into: &files)
        return files
    }

    /// True for an absolute path without empty, `.` or `..` components or a trailing `/`, which
    /// `URL(fileURLWithPath:).path` returns unchanged. The chart locator passes such paths, and
    /// the `URL` costs about 0.15 ms on first use.
    static func isPlainAbsolute(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.count > 1, !path.hasSuffix("/") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Appends a name to a folder path as `URL.appendingPathComponent(_:).path` does for the
    /// names a folder lists, which never contain `/`.
    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func walk(folder: String, relative: String, rules: [HelmIgnore.Rule], into files: inout [ChartFile]) throws {
        for name in try FileSystem.entries(of: folder) {
            let filePath = joined(folder, name)
            let path = relative.isEmpty ? name : relative + "/" + name
            guard let (linkStatus, isSymbolicLink) = FileSystem.linkStatus(of: filePath) else { continue }
            // Helm's walk resolves each link first and fails on one it cannot resolve, then
            // reads through the link's own path.
            var status = linkStatus
            if isSymbolicLink {
                let target: String
                do {
                    target = try FileSystem.evaluateSymbolicLinks(filePath)
                } catch let error as ChartError {
                    throw ChartError("error evaluating symlink \(filePath): \(error.message)")
                }
                guard let targetStatus = FileSystem.status(of: target) else { continue }
                status = targetStatus
            }

            if status.isFolder {
                if HelmIgnore.isIgnored(path: path, isFolder: true, rules: rules) { continue }
                try walk(folder: filePath, relative: path, rules: rules, into: &files)
                continue
            }
            if HelmIgnore.isIgnored(path: path, isFolder: false, rules: rules) { continue }
            guard status.isRegularFile else {
                throw ChartError("cannot load irregular file \(filePath) as it has file mode type bits set")
            }
            if status.size > maxFileSize {
                throw ChartError("chart file \"\(name)\" is larger than the maximum file size \(maxFileSize)")
            }
            guard let data = FileSystem.contents(of: filePath) else {
                throw ChartError("error reading \(path): permission denied")
            }
            files.append(ChartFile(path: path, data: dropByteOrderMark(data)))
        }
    }

    static func dropByteOrderMark(_ data: [UInt8]) -> [UInt8] {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
    }
}

/// Helm's `.helmignore` rules: shell patterns matched against a path, or against its last
/// element when the pattern has no `/`.
enum HelmIgnore {
    struct Rule {
        var pattern: String
        var negated: Bool
        var folderOnly: Bool
        var matchesWholePath: Bool
    }

    /// Helm always ignores hidden files inside `templates/`, after the chart's own rules.
    static let defaultRules: [Rule] = [Rule(pattern: "templates/.?*", negated: false, folderOnly: false, matchesWholePath: true)]

    static func parse(_ text: String) throws -> [Rule] {
        var rules: [Rule] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.contains("**") {
                throw ChartError("double-star (**) syntax is not supported")
            }
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
            var matchesWholePath = line.contains("/")
            if line.hasPrefix("/") {
                line = String(line.dropFirst())
                matchesWholePath = true
            }
            rules.append(Rule(pattern: line, negated: negated, folderOnly: folderOnly, matchesWholePath: matchesWholePath))
        }
        return rules
    }

    /// Applies rules in order as Helm's `Rules.Ignore`: the first matching rule ignores the path,
    /// and a negated rule that does not match ignores it too.
    static func isIgnored(path: String, isFolder: Bool, rules: [Rule]) -> Bool {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        for rule in rules {
            let subject = rule.matchesWholePath ? path : base
            let matches = fnmatch(rule.pattern, subject, FNM_PATHNAME) == 0
            if rule.negated {
                if rule.folderOnly && !isFolder { return true }
                if !matches { return true }
                continue
            }
            if rule.folderOnly && !isFolder { continue }
            if matches { return true }
        }
        return false
    }
}
