import HelmKitTemplate
import HelmKitValues

/// Sprig's dictionary functions. Go maps are references: `set`, `unset`, `merge` and
/// `mergeOverwrite` change the map they are given and return that same map.
extension FunctionLibrary {
    static func dictFunctions() -> [String: TemplateFunction] {
        let dict: TemplateFunction = { arguments in
            let map = ValueMap()
            var index = 0
            while index < arguments.count {
                let key = GoConversions.strval(arguments[index])
                map[key] = index + 1 < arguments.count ? arguments[index + 1] : .string("")
                index += 2
            }
            return .map(map)
        }
        let get: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let map = try checked.map(0)
            return map?[try checked.string(1)] ?? .string("")
        }
        let set: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let map = try checked.map(0)
            let key = try checked.string(1)
            guard let map else { throw FunctionCallError.failed("assignment to entry in nil map") }
            map[key] = checked[2]
            return .map(map)
        }
        let unset: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let map = try checked.map(0)
            let key = try checked.string(1)
            guard let map else { return .map(ValueMap()) }
            map.entries.removeValue(forKey: key)
            return .map(map)
        }
        let hasKey: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let map = try checked.map(0)
            return .bool(map?[try checked.string(1)] != nil)
        }

        var table: [String: TemplateFunction] = [
            "dict": dict, "get": get, "set": set, "unset": unset, "hasKey": hasKey,
        ]
        table.merge(dictSelectionFunctions()) { _, later in later }
        table.merge(dictMergeFunctions()) { _, later in later }
        return table
    }

    /// Functions that read keys and values out of maps into new lists or maps.
    static func dictSelectionFunctions() -> [String: TemplateFunction] {
        let pluck: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 1)
            let key = try checked.string(0)
            let maps = try checked.maps(from: 1)
            return .list(maps.compactMap { $0?[key] })
        }
        // NOTE: Go returns keys and values in random map order; these follow sorted key order.
        let keys: TemplateFunction = { arguments in
            let maps = try Arguments(arguments, atLeast: 0).maps(from: 0)
            return .stringSlice(maps.flatMap { $0?.sortedKeys ?? [] })
        }
        let values: TemplateFunction = { arguments in
            let map = try Arguments(arguments, count: 1).map(0)
            return .list(map.map { map in map.sortedKeys.compactMap { map[$0] } } ?? [])
        }
        let pick: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 1)
            let map = try checked.map(0)
            let names = try checked.strings(from: 1)
            let picked = ValueMap()
            for name in names {
                if let value = map?[name] { picked[name] = value }
            }
            return .map(picked)
        }
        let omit: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 1)
            let map = try checked.map(0)
            let names = Set(try checked.strings(from: 1))
            return .map(ValueMap((map?.entries ?? [:]).filter { !names.contains($0.key) }))
        }
        let dig: TemplateFunction = { arguments in
            try digValue(arguments)
        }
        let deepCopy: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            guard !value.isNull else {
                throw FunctionCallError.failed("reflect: call of reflect.Value.Type on zero Value")
            }
            return value.deepCopy()
        }

        return [
            "pluck": pluck, "keys": keys, "values": values, "pick": pick, "omit": omit,
            "dig": dig, "deepCopy": deepCopy, "mustDeepCopy": deepCopy,
        ]
    }

    /// Looks up `dig KEY… DEFAULT MAP`, with Go's panics for a key that is not a string and a
    /// step that is not a map.
    static func digValue(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, atLeast: 0)
        guard checked.count >= 3 else { throw FunctionCallError.failed("dig needs at least three arguments") }
        guard var current = interfaceMap(checked[checked.count - 1]) else {
            throw interfaceConversion(checked[checked.count - 1], expected: "map[string]interface {}")
        }
        let fallback = checked[checked.count - 2]
        let keyValues = checked.values[..<(checked.count - 2)]
        let keys = try keyValues.map { value in
            guard case .string(let key) = value else { throw interfaceConversion(value, expected: "string") }
            return key
        }

        for (position, key) in keys.enumerated() {
            guard let step = current[key] else { return fallback }
            if position == keys.count - 1 { return step }
            guard let next = interfaceMap(step) else {
                throw interfaceConversion(step, expected: "map[string]interface {}")
            }
            current = next
        }
        return fallback
    }

    /// Returns the entries of a `map[string]interface{}`, with none for a nil one, or nil for a
    /// value of another type, which Go's type assertion rejects.
    private static func interfaceMap(_ value: Value) -> ValueMap? {
        switch value {
        case .map(let map): return map
        case .object(let map as TypedMap) where map.elementType == .interface: return ValueMap()
        default: return nil
        }
    }

    static func interfaceConversion(_ value: Value, expected: String) -> FunctionCallError {
        let actual = value.isNull ? "nil" : value.goTypeName
        return .failed("interface conversion: interface {} is \(actual), not \(expected)")
    }
}
