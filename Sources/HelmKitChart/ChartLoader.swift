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

        for file in files {
            switch file.path {
            case "Chart.yaml":
                metadata = try loadMetadata(file)
            case "values.yaml":
                values = try loadValues(file)
            case "values.schema.json":
                schema = file.data
            case "Chart.lock", "requirements.lock":
                continue
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

        guard let metadata else { throw ChartError("Chart.yaml file is missing") }
        try validate(metadata)

        var dependencies: [Chart] = []
        for folder in subchartFiles.keys.sorted() {
            // Helm skips entries of charts/ whose names start with `_` or `.`.
            if folder.hasPrefix("_") || folder.hasPrefix(".") { continue }
            guard let entries = subchartFiles[folder] else { continue }
            if folder.hasSuffix(".tgz") {
                // TODO: subchart archives need the archive reader (libarchive).
                throw ChartError("error unpacking subchart \(folder) in \(metadata.name): archives are not supported yet")
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

    static func loadMetadata(_ file: ChartFile) throws -> ChartMetadata {
        let document: Value
        do {
            document = try YAMLCodec.decode(file.text)
        } catch {
            throw ChartError("cannot load Chart.yaml: \(error)")
        }
        return ChartMetadata(document: document.mapValue ?? ValueMap())
    }

    /// Reads a values file: every YAML document in it, merged in order, as `loader.LoadValues`.
    public static func loadValues(_ file: ChartFile) throws -> ValueMap {
        do {
            return try ValuesFile.parse(file.text)
        } catch {
            throw ChartError("cannot load \(file.path): \(error)")
        }
    }

    static func validate(_ metadata: ChartMetadata) throws {
        if metadata.apiVersion.isEmpty {
            throw ChartError("validation: chart.metadata.apiVersion is required")
        }
        if metadata.name.isEmpty {
            throw ChartError("validation: chart.metadata.name is required")
        }
        if metadata.version.isEmpty {
            throw ChartError("validation: chart.metadata.version is required")
        }
        // TODO: the remaining checks of Helm's Metadata.Validate (semver version, type, name characters).
    }
}
