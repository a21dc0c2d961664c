import HelmKitValues

/// Builds charts from files held in memory, as Helm's `loader.LoadFiles` does.
///
/// Loading is pure: the directory and archive readers sit in front of it and own the size and
/// path checks.
public enum ChartLoader {
    /// Loads the chart whose files are `files`, with paths relative to its root.
    public static func load(files: [ChartFile]) throws -> Chart {
        var metadata: ChartMetadata?
        var values = ValueMap()
        var schema: [UInt8]?
        var templates: [ChartFile] = []
        var otherFiles: [ChartFile] = []
        var subchartFiles: [String: [ChartFile]] = [:]
        var legacyDependencyFiles: [ChartFile] = []

        for file in files {
            switch file.path {
            case "Chart.yaml":
                metadata = try loadMetadata(file)
            case "values.yaml":
                values = try loadValues(file)
            case "values.schema.json":
                schema = file.data
            case "Chart.lock":
                continue
            case "requirements.yaml", "requirements.lock":
                // Charts of apiVersion v1 declare dependencies here; Helm also serves both
                // files through `.Files` for such charts.
                legacyDependencyFiles.append(file)
            default:
                if file.path.hasPrefix("templates/") {
                    templates.append(file)
                } else if file.path.hasPrefix("charts/"), !file.path.hasSuffix(".prov") {
                    let inside = String(file.path.dropFirst("charts/".count))
                    let folder = inside.split(separator: "/", maxSplits: 1).first.map(String.init) ?? inside
                    subchartFiles[folder, default: []].append(ChartFile(path: inside, data: file.data))
                } else {
                    otherFiles.append(file)
                }
            }
        }

        guard var metadata else { throw ChartError("Chart.yaml file is missing") }
        for file in legacyDependencyFiles {
            if file.path == "requirements.yaml" {
                let document: Value
                do {
                    document = try YAMLCodec.decode(bytes: file.data)
                } catch {
                    throw ChartError("cannot load requirements.yaml: \(error)")
                }
                if case .list(let entries)? = document.mapValue?["dependencies"] {
                    metadata.dependencies = entries.compactMap { $0.mapValue.map(ChartDependency.init(document:)) }
                }
            }
            if metadata.apiVersion == "v1" { otherFiles.append(file) }
        }
        try validate(metadata)

        var dependencies: [Chart] = []
        for folder in subchartFiles.keys.sorted() {
            // Helm skips entries of charts/ whose names start with `_` or `.`.
            if folder.hasPrefix("_") || folder.hasPrefix(".") { continue }
            guard let entries = subchartFiles[folder] else { continue }
            if folder.hasSuffix(".tgz") {
                guard let archive = entries.first, archive.path == folder else {
                    throw ChartError("error unpacking subchart tar in \(metadata.name): expected \(folder), got \(entries.first?.path ?? "")")
                }
                // Helm loads subchart archives with its chart-version `LoadArchive`, which
                // returns the reader's error without the top-level "unable to load" wrapping.
                do {
                    dependencies.append(try load(files: try ChartArchiveReader.read(data: archive.data)))
                } catch let error as ChartError {
                    throw ChartError("error unpacking subchart \(folder) in \(metadata.name): \(error.message)")
                }
                continue
            }
            let inner = entries.compactMap { entry -> ChartFile? in
                let parts = entry.path.split(separator: "/", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                return ChartFile(path: String(parts[1]), data: entry.data)
            }
            do {
                dependencies.append(try load(files: inner))
            } catch let error as ChartError {
                throw ChartError("error unpacking subchart \(folder) in \(metadata.name): \(error.message)")
            }
        }

        return Chart(
            metadata: metadata,
            values: values,
            schema: schema,
            templates: templates.sorted { $0.path < $1.path },
            crds: otherFiles.filter { $0.path.hasPrefix("crds/") },
            files: otherFiles,
            dependencies: dependencies
        )
    }

    /// Loads a chart from the bytes of a `.tgz` archive, as Helm's `LoadArchive`.
    public static func loadArchive(_ data: [UInt8]) throws -> Chart {
        let files: [ChartFile]
        do {
            files = try ChartArchiveReader.read(data: data)
        } catch let error as ChartError {
            if error.message == "gzip: invalid header" {
                throw ChartError("stream does not appear to be a valid chart file (details: gzip: invalid header)")
            }
            throw ChartError("unable to load chart archive: \(error.message)")
        }
        return try load(files: files)
    }

    static func loadMetadata(_ file: ChartFile) throws -> ChartMetadata {
        let document: Value
        do {
            document = try YAMLCodec.decode(bytes: file.data)
        } catch {
            throw ChartError("cannot load Chart.yaml: \(error)")
        }
        var metadata = ChartMetadata(document: document.mapValue ?? ValueMap())
        // Helm 2 accepted charts without an apiVersion, so Helm reads them as v1.
        if metadata.apiVersion.isEmpty { metadata.apiVersion = "v1" }
        return metadata
    }

    /// Reads a values file: every YAML document in it, merged in order, as `loader.LoadValues`.
    public static func loadValues(_ file: ChartFile) throws -> ValueMap {
        do {
            return try ValuesFile.parse(file.data)
        } catch {
            throw ChartError("cannot load \(file.path): \(error)")
        }
    }

    /// Checks metadata as Helm's `Metadata.Validate`, with its `validation: …` messages.
    static func validate(_ metadata: ChartMetadata) throws {
        func invalid(_ message: String) -> ChartError { ChartError("validation: " + message) }

        if metadata.apiVersion.isEmpty { throw invalid("chart.metadata.apiVersion is required") }
        if metadata.name.isEmpty { throw invalid("chart.metadata.name is required") }
        if metadata.name == "." || metadata.name == ".." {
            throw invalid("chart.metadata.name \"\(metadata.name)\" is not allowed")
        }
        if metadata.name.contains("/") {
            throw invalid("chart.metadata.name \"\(metadata.name)\" is invalid")
        }
        if metadata.version.isEmpty { throw invalid("chart.metadata.version is required") }
        if !isValidSemanticVersion(metadata.version) {
            throw invalid("chart.metadata.version \"\(metadata.version)\" is invalid")
        }
        if !["", "application", "library"].contains(metadata.type) {
            throw invalid("chart.metadata.type must be application or library")
        }

        if metadata.maintainers.contains(where: { $0 == nil }) {
            throw invalid("maintainers must not contain empty or null nodes")
        }
        if metadata.containsNullDependency {
            throw invalid("dependencies must not contain empty or null nodes")
        }
        var seen = Set<String>()
        for dependency in metadata.dependencies {
            if !dependency.alias.isEmpty && !isValidAlias(dependency.alias) {
                throw invalid("dependency \"\(dependency.name)\" has disallowed characters in the alias")
            }
            let key = dependency.effectiveName
            if seen.contains(key) {
                throw invalid("more than one dependency with name or alias \"\(key)\"")
            }
            seen.insert(key)
        }
    }

    /// Accepts the aliases Helm allows: ASCII letters, digits, `_` and `-`.
    static func isValidAlias(_ alias: String) -> Bool {
        alias.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "_" || $0 == "-" }
    }

    /// Accepts what Masterminds/semver's `NewVersion` accepts: `v1`, `1.2`, `1.2.3-rc.1+build`.
    static func isValidSemanticVersion(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("v") { rest = rest.dropFirst() }
        let core = rest.prefix { $0 != "-" && $0 != "+" }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(numbers.count),
              numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }

        var suffix = rest.dropFirst(core.count)
        if suffix.hasPrefix("-") {
            let prerelease = suffix.dropFirst().prefix { $0 != "+" }
            guard isDotSeparatedIdentifiers(prerelease) else { return false }
            suffix = suffix.dropFirst(1 + prerelease.count)
        }
        if suffix.hasPrefix("+") {
            return isDotSeparatedIdentifiers(suffix.dropFirst())
        }
        return suffix.isEmpty
    }

    static func isDotSeparatedIdentifiers(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" }
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
