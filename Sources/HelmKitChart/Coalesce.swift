import HelmKitValues

/// Helm's value coalescing: the user's values win over each chart's defaults, every subchart
/// gets its own section, and `global` flows down from parent to subchart.
///
/// Rules, as Helm's chartutil applies them:
/// - A key the user set to null is removed from the result (coalescing, not merging).
/// - Maps merge recursively; a non-map never replaces a map or the other way round.
/// - Each subchart's section starts from the parent's `global`, merged over the subchart's own.
public enum Coalesce {
    /// Returns the values to render `chart` with, given the user's values (which stay untouched).
    public static func values(for chart: Chart, userValues: ValueMap) throws -> ValueMap {
        let destination = userValues.deepCopy()
        try coalesce(chart: chart, into: destination, merge: false)
        return destination
    }

    static func coalesce(chart: Chart, into destination: ValueMap, merge: Bool) throws {
        coalesceValues(chart: chart, into: destination, merge: merge)
        try coalesceDependencies(chart: chart, into: destination, merge: merge)
    }

    static func coalesceDependencies(chart: Chart, into destination: ValueMap, merge: Bool) throws {
        for subchart in chart.dependencies {
            let name = subchart.name
            let section: ValueMap
            switch destination[name] {
            case nil:
                section = ValueMap()
                destination[name] = .map(section)
            case .map(let existing)?:
                section = existing
            case let other?:
                throw ChartError("type mismatch on \(name): %!t(\(other.goTypeName)=\(other.goPrinted))")
            }
            coalesceGlobals(into: section, from: destination)
            try coalesce(chart: subchart, into: section, merge: merge)
        }
    }

    /// Copies the parent's `global` into the subchart's section, the parent's entries winning.
    static func coalesceGlobals(into destination: ValueMap, from source: ValueMap) {
        let destinationGlobals: ValueMap
        switch destination["global"] {
        case nil: destinationGlobals = ValueMap()
        case .map(let map)?: destinationGlobals = map
        default: return
        }
        let sourceGlobals: ValueMap
        switch source["global"] {
        case nil: sourceGlobals = ValueMap()
        case .map(let map)?: sourceGlobals = map
        default: return
        }

        for (key, value) in sourceGlobals.entries {
            if case .map(let table) = value {
                let copied = table.deepCopy()
                switch destinationGlobals[key] {
                case nil:
                    destinationGlobals[key] = .map(copied)
                case .map(let existing)?:
                    coalesceTables(copied, existing, merge: true)
                    destinationGlobals[key] = .map(copied)
                default:
                    continue
                }
            } else if case .map? = destinationGlobals[key] {
                continue
            } else {
                destinationGlobals[key] = value
            }
        }
        destination["global"] = .map(destinationGlobals)
    }

    /// Fills `values` with the chart's defaults where the user gave none.
    static func coalesceValues(chart: Chart, into values: ValueMap, merge: Bool) {
        let subchartNames = Set(chart.dependencies.map(\.name))
        for (key, defaultValue) in chart.values.entries {
            guard let userValue = values[key] else {
                // When coalescing, nulls among the defaults mean nothing and are dropped.
                if !merge {
                    if defaultValue.isNull { continue }
                    if case .map(let table) = defaultValue {
                        let copy = table.deepCopy()
                        removeNulls(copy)
                        values[key] = .map(copy)
                        continue
                    }
                }
                values[key] = defaultValue.deepCopy()
                continue
            }
            if userValue.isNull && !merge {
                values[key] = nil
            } else if case .map(let userTable) = userValue, case .map(let defaultTable) = defaultValue {
                let mergeChild = subchartNames.contains(key) ? true : merge
                let source = defaultTable.deepCopy()
                if !mergeChild { removeNulls(source) }
                coalesceTables(userTable, source, merge: mergeChild)
            }
        }
    }

    /// Merges `source` into `destination`, whose entries win. When coalescing (`merge` false), a
    /// null in `destination` deletes a key that `source` had set.
    @discardableResult
    public static func coalesceTables(_ destination: ValueMap, _ source: ValueMap, merge: Bool) -> ValueMap {
        let sourceSet = Set(source.entries.filter { !$0.value.isNull }.map(\.key))
        for (key, value) in destination.entries where value.isNull {
            source[key] = .null
        }
        for (key, sourceValue) in source.entries {
            let destinationValue = destination[key]
            if let destinationValue, !merge, destinationValue.isNull, sourceSet.contains(key) {
                destination[key] = nil
            } else if destinationValue == nil {
                destination[key] = sourceValue
            } else if case .map(let sourceTable) = sourceValue {
                if case .map(let destinationTable)? = destinationValue {
                    coalesceTables(destinationTable, sourceTable, merge: merge)
                }
            }
        }
        return destination
    }

    /// Removes null entries at every depth, as Helm's `cleanNilValues`.
    static func removeNulls(_ table: ValueMap) {
        for (key, value) in table.entries {
            if value.isNull {
                table[key] = nil
            } else if case .map(let nested) = value {
                removeNulls(nested)
            }
        }
    }

    /// Helm's `MergeValues`: like coalescing, but nulls are kept as values.
    public static func mergedValues(for chart: Chart, userValues: ValueMap) throws -> ValueMap {
        let destination = userValues.deepCopy()
        try coalesce(chart: chart, into: destination, merge: true)
        return destination
    }
}
