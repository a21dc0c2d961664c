import Foundation
import HelmKitRender

/// `--show-only`: keeps the documents rendered from templates that match the given globs.
enum ShowOnly {
    static func select(_ output: String, patterns: [String]) throws -> String {
        let documents = ManifestSorter.splitDocuments(output)
        var chosen: [String] = []
        for pattern in patterns {
            var found = false
            for document in documents {
                guard let source = sourcePath(of: document) else { continue }
                if fnmatch(pattern, source, FNM_PATHNAME) == 0 {
                    chosen.append(document)
                    found = true
                }
            }
            if !found { throw CommandError("could not find template \(pattern) in chart") }
        }
        return chosen.map { "---\n\($0)\n" }.joined()
    }

    /// Returns the template path after the chart name in a `# Source: CHART/PATH` line.
    static func sourcePath(of document: String) -> String? {
        guard let range = document.range(of: "# Source: ") else { return nil }
        let rest = document[range.upperBound...]
        let line = rest.prefix { $0 != "\n" }
        guard let slash = line.firstIndex(of: "/") else { return nil }
        let path = line[line.index(after: slash)...]
        return path.isEmpty ? nil : String(path)
    }
}
