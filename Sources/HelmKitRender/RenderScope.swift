import HelmKitChart
import HelmKitValues

/// One template file to execute, with the scope of the chart it belongs to.
struct Renderable {
    let text: String
    /// The chart's scope map (`.Chart`, `.Values`, `.Files`…), shared by all of the chart's templates.
    let scope: ValueMap
    /// `.Template.BasePath`: the chart's templates folder, as `airbyte/charts/minio/templates`.
    let basePath: String
}

/// Collects every template of a chart tree with its scope, as Helm's engine does before rendering.
enum TemplateCatalog {
    /// Returns the templates by full name (`airbyte/charts/minio/templates/x.yaml`).
    static func collect(chart: Chart, topValues: ValueMap) -> [String: Renderable] {
        var templates: [String: Renderable] = [:]
        _ = collect(chart: chart, parentScope: topValues, parentPath: nil, into: &templates)
        return templates
    }

    private static func collect(chart: Chart, parentScope: ValueMap, parentPath: String?,
                                into templates: inout [String: Renderable]) -> ValueMap {
        let isRoot = parentPath == nil
        let chartPath = parentPath.map { $0 + "/charts/" + chart.name } ?? chart.name
        let subcharts = ValueMap()

        let metadata = ChartMetadataMap.make(chart.metadata, isRoot: isRoot)
        var files: [String: [UInt8]] = [:]
        for file in chart.files { files[file.path] = file.data }

        let scope = ValueMap([
            "Chart": .map(metadata),
            "Files": .object(FilesObject(files: files)),
            "Release": parentScope["Release"] ?? .null,
            "Capabilities": parentScope["Capabilities"] ?? .null,
            "Values": .map(ValueMap()),
            "Subcharts": .map(subcharts),
        ])
        if isRoot {
            scope["Values"] = parentScope["Values"] ?? .map(ValueMap())
        } else if case .map(let parentValues)? = parentScope["Values"],
                  case .map(let ownValues)? = parentValues[chart.name] {
            scope["Values"] = .map(ownValues)
        }
        // Helm passes the scope and each chart's values as its named map type `common.Values`.
        scope.goTypeName = "common.Values"
        if case .map(let values)? = scope["Values"] { values.goTypeName = "common.Values" }

        for subchart in chart.dependencies {
            let childScope = collect(chart: subchart, parentScope: scope, parentPath: chartPath, into: &templates)
            subcharts[subchart.name] = .map(childScope)
        }

        for template in chart.templates {
            // A library chart contributes its partials only.
            if chart.isLibrary && !baseName(template.path).hasPrefix("_") { continue }
            templates[chartPath + "/" + template.path] = Renderable(
                text: template.text, scope: scope, basePath: chartPath + "/templates")
        }
        return scope
    }

    /// Returns the name and text of every template of the chart tree that `collect` would
    /// return, without building scopes, so that parsing can start before values are ready.
    static func templateTexts(of chart: Chart, parentPath: String? = nil) -> [(name: String, text: String)] {
        let chartPath = parentPath.map { $0 + "/charts/" + chart.name } ?? chart.name
        var texts: [(name: String, text: String)] = []
        for subchart in chart.dependencies {
            texts += templateTexts(of: subchart, parentPath: chartPath)
        }
        for template in chart.templates where !chart.isLibrary || baseName(template.path).hasPrefix("_") {
            texts.append((chartPath + "/" + template.path, template.text))
        }
        return texts
    }

    /// Orders names as Helm parses and executes them: deeper paths first, then reverse
    /// alphabetical, so a parent chart's `define` overrides a subchart's of the same name.
    static func executionOrder(_ names: some Sequence<String>) -> [String] {
        let keyed = names.map { name in (name, name.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }) }
        return keyed.sorted { left, right in
            if left.1 != right.1 { return left.1 > right.1 }
            return left.0 > right.0
        }.map(\.0)
    }
}

func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

/// `.Chart`: Helm v4 gives templates the metadata as a map with Go's field names.
enum ChartMetadataMap {
    static func make(_ metadata: ChartMetadata, isRoot: Bool) -> ValueMap {
        // Go's `map[string]string` field keeps its type in the map. Chart.yaml without
        // annotations leaves it nil: `map[]` when printed, `null` in JSON.
        let annotations = Value.object(TypedMap(.string, entries: metadata.annotations.isEmpty
            ? nil : ValueMap(metadata.annotations.mapValues(Value.string))))
        let dependencies: [Value] = metadata.dependencies.map { dependency in
            .dictionary([
                "Name": .string(dependency.name),
                "Version": .string(dependency.version),
                "Repository": .string(dependency.repository),
                "Condition": .string(dependency.condition),
                "Tags": .list(dependency.tags.map(Value.string)),
                "Enabled": .bool(true),
                "ImportValues": .list(dependency.importValues),
                "Alias": .string(dependency.alias),
            ])
        }
        let maintainers: [Value] = metadata.maintainers.map { maintainer in
            guard let maintainer else { return .null }
            return .dictionary([
                "Name": .string(maintainer.name),
                "Email": .string(maintainer.email),
                "URL": .string(maintainer.url),
            ])
        }
        return ValueMap([
            "APIVersion": .string(metadata.apiVersion),
            "Annotations": annotations,
            "AppVersion": .string(metadata.appVersion),
            "Condition": .string(""),
            "Dependencies": .list(dependencies),
            "Deprecated": .bool(metadata.deprecated),
            "Description": .string(metadata.description),
            "Home": .string(metadata.home),
            "Icon": .string(metadata.icon),
            "IsRoot": .bool(isRoot),
            "Keywords": .list(metadata.keywords.map(Value.string)),
            "KubeVersion": .string(metadata.kubeVersion),
            "Maintainers": .list(maintainers),
            "Name": .string(metadata.name),
            "Sources": .list(metadata.sources.map(Value.string)),
            "Tags": .string(""),
            "Type": .string(metadata.type),
            "Version": .string(metadata.version),
        ])
    }
}
