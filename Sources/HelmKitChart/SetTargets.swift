import HelmKitValues

/// The steps the `--set` and `--set-literal` parsers share: finding the map or list a key
/// path descends into, with strvals' errors when the existing value has another type.
enum SetTargets {
    /// Checks the nesting depth of a dotted name against Helm's bound.
    static func checkNestedLevel(_ level: Int) throws {
        if level > SetExpressionParser.maxNestedNameLevel {
            throw ChartError("value name nested level is greater than maximum supported nested level of \(SetExpressionParser.maxNestedNameLevel)")
        }
    }

    /// Returns the map stored under `name`, or a new one when there is none.
    static func map(in data: ValueMap, named name: String) throws -> ValueMap {
        guard let existing = data[name] else { return ValueMap() }
        guard case .map(let map) = existing else {
            throw ChartError("unable to parse key: interface conversion: interface {} is \(existing.goTypeName), not map[string]interface {}")
        }
        return map
    }

    /// Returns the list stored under `name`, or an empty one when there is none.
    static func list(in data: ValueMap, named name: String) throws -> [Value] {
        guard let existing = data[name] else { return [] }
        guard case .list(let items) = existing else {
            throw ChartError("unable to parse key: interface conversion: interface {} is \(existing.goTypeName), not []interface {}")
        }
        return items
    }
}
