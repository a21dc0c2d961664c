import Foundation
import HelmKitFunctions
import HelmKitValues

/// Helm's dependency processing before rendering: aliases, then `tags` and `condition`
/// deciding which subcharts stay, applied from the root chart down.
public enum Dependencies {
    /// Returns `chart` with aliased subcharts renamed and disabled subcharts removed, at every
    /// depth, then with `import-values` applied and subchart defaults merged into each parent's
    /// values, as Helm's `ProcessDependencies` does.
    public static func process(_ chart: Chart, userValues: ValueMap) throws -> Chart {
        let enabled = try process(chart, values: userValues, path: "")
        return try importValues(enabled)
    }

    /// Applies `import-values` from the deepest charts up. Helm also replaces each parent's values
    /// with its values merged with its subcharts' (globals included) at this step.
    static func importValues(_ chart: Chart) throws -> Chart {
        var chart = chart
        chart.dependencies = try chart.dependencies.map(importValues)
        guard !chart.metadata.dependencies.isEmpty else { return chart }

        let merged = try Coalesce.mergedValues(for: chart, userValues: ValueMap())
        let imported = ValueMap()
        for dependency in chart.metadata.dependencies {
            for entry in dependency.importValues {
                switch entry {
                case .map(let mapping):
                    let child = mapping["child"]?.goPrinted ?? "<nil>"
                    let parent = mapping["parent"]?.goPrinted ?? "<nil>"
                    guard let table = table(at: dependency.effectiveName + "." + child, in: merged) else { continue }
                    Coalesce.coalesceTables(imported, nest(table, under: parent), merge: true)
                case .string(let name):
                    guard let table = table(at: dependency.effectiveName + ".exports." + name, in: merged) else { continue }
                    Coalesce.coalesceTables(imported, table, merge: true)
                default:
                    continue
                }
            }
        }
        chart.values = Coalesce.coalesceTables(merged.deepCopy(), imported, merge: true)
        return chart
    }

    /// Helm's `Values.Table`: the map at a dotted path, or nil when the path does not end at a map.
    static func table(at path: String, in values: ValueMap) -> ValueMap? {
        var current = values
        for key in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .map(let next)? = current[String(key)] else { return nil }
            current = next
        }
        return current
    }

    /// Wraps `table` in maps named by the dotted `path`; `.` means the top level.
    static func nest(_ table: ValueMap, under path: String) -> ValueMap {
        if path == "." { return table }
        var result = table
        for key in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            result = ValueMap([String(key): .map(result)])
        }
        return result
    }

    static func process(_ chart: Chart, values: ValueMap, path: String) throws -> Chart {
        var chart = chart
        guard !chart.metadata.dependencies.isEmpty else { return chart }

        // Subcharts that no declaration matches by name and version range stay as they are,
        // always rendered. Declared ones are taken once per declaration, under the alias when
        // there is one.
        var subcharts = chart.dependencies.filter { existing in
            !chart.metadata.dependencies.contains { declares($0, existing) }
        }
        for declared in chart.metadata.dependencies {
            if var match = chart.dependencies.first(where: { declares(declared, $0) }) {
                if !declared.alias.isEmpty { match.metadata.name = declared.alias }
                subcharts.append(match)
            }
        }
        chart.dependencies = subcharts

        let coalesced = try Coalesce.values(for: chart, userValues: values)
        var enabled: [String: Bool] = [:]
        for declared in chart.metadata.dependencies {
            var isEnabled = enabledByTags(declared, values: coalesced)
            if let condition = conditionValue(declared.condition, values: coalesced, path: path) {
                isEnabled = condition
            }
            enabled[declared.effectiveName] = isEnabled
        }

        var enabledSubcharts: [Chart] = []
        for subchart in chart.dependencies where enabled[subchart.name] ?? true {
            enabledSubcharts.append(try process(subchart, values: coalesced, path: path + subchart.name + "."))
        }
        chart.dependencies = enabledSubcharts
        chart.metadata.dependencies = chart.metadata.dependencies.filter { enabled[$0.effectiveName] ?? true }
        return chart
    }

    /// Returns whether `declared` names `subchart` and its version range admits the subchart's
    /// version, as Helm's `IsCompatibleRange` decides: a range or version that does not parse
    /// admits nothing.
    static func declares(_ declared: ChartDependency, _ subchart: Chart) -> Bool {
        guard declared.name == subchart.name else { return false }
        return SemanticVersionCheck.isCompatible(constraint: declared.version, version: subchart.metadata.version) ?? false
    }

    /// Returns whether tags leave a dependency enabled: they disable it only when some tag is
    /// false and none is true.
    static func enabledByTags(_ dependency: ChartDependency, values: ValueMap) -> Bool {
        guard case .map(let tags)? = values["tags"] else { return true }
        var anyTrue = false
        var anyFalse = false
        for tag in dependency.tags {
            if case .bool(let flag)? = tags[tag] {
                if flag { anyTrue = true } else { anyFalse = true }
            }
        }
        return anyTrue || !anyFalse
    }

    /// Returns the boolean at the first path of the comma-separated condition that has one.
    static func conditionValue(_ condition: String, values: ValueMap, path: String) -> Bool? {
        let trimmed = condition.trimmingCharacters(in: .whitespacesAndNewlines)
        for candidate in trimmed.split(separator: ",", omittingEmptySubsequences: true) {
            if case .bool(let flag)? = pathValue(path + candidate, in: values) {
                return flag
            }
        }
        return nil
    }

    /// Helm's `Values.PathValue`: the value at a dotted path, unless it is a map.
    static func pathValue(_ path: String, in values: ValueMap) -> Value? {
        let keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var table = values
        for key in keys.dropLast() {
            guard case .map(let next)? = table[key] else { return nil }
            table = next
        }
        guard let last = keys.last, let value = table[last] else { return nil }
        if case .map = value { return nil }
        return value
    }
}
