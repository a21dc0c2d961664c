import HelmKitValues

/// TOML as BurntSushi/toml v1.6.0's `Encoder` writes it, which Helm's `toToml` uses: keys sorted,
/// plain values before tables, and nested tables indented by two spaces.
struct TOMLEncoder {
    struct EncodeError: Error, CustomStringConvertible {
        let description: String
    }

    private var output = ""

    static func encode(_ value: Value) throws -> String {
        var encoder = TOMLEncoder()
        try encoder.encode(key: [], value)
        return encoder.output
    }

    private mutating func write(_ text: String) {
        output += text
    }

    private mutating func newline() {
        if !output.isEmpty { output += "\n" }
    }

    private func indent(_ key: [String]) -> String {
        String(repeating: "  ", count: max(key.count - 1, 0))
    }

    private mutating func encode(key: [String], _ value: Value) throws {
        switch value {
        case .null:
            return
        case .map(let map):
            if key.count == 1 { newline() }
            if !key.isEmpty {
                write(indent(key) + "[" + Self.keyPath(key) + "]")
                newline()
            }
            try writeTable(key: key, map)
        case .list(let items) where try Self.isTableArray(items):
            for case .map(let map) in items {
                newline()
                write(indent(key) + "[[" + Self.keyPath(key) + "]]")
                newline()
                try writeTable(key: key, map)
            }
        case .object(let object) where !(object is TimeObject || object is SemVerObject):
            throw EncodeError(description: "toml: unsupported type for key '\(Self.keyPath(key))': \(object.goTypeName)")
        default:
            try writeKeyValue(key: key, value, inline: false)
        }
    }

    private mutating func writeKeyValue(key: [String], _ value: Value, inline: Bool) throws {
        guard let last = key.last else {
            try writeElement(value)
            return
        }
        write(indent(key) + Self.quotedIfNeeded(last) + " = ")
        try writeElement(value)
        if !inline { newline() }
    }

    /// Writes a table's plain values, then its tables and arrays of tables, each sorted by key.
    private mutating func writeTable(key: [String], _ map: ValueMap) throws {
        // Go's TOML encoder loops forever on a map that contains itself; values read from YAML
        // or JSON nest at most 10,000 levels.
        if key.count > 10_000 {
            throw EncodeError(description: "toml: the value contains itself")
        }
        let keys = map.entries.keys.sorted(by: GoStrings.isOrderedBefore)
        var plainKeys: [String] = []
        var tableKeys: [String] = []
        for name in keys {
            if try Self.isTable(map[name] ?? .null) { tableKeys.append(name) } else { plainKeys.append(name) }
        }
        for name in plainKeys + tableKeys {
            guard let value = map[name], !value.isNull else { continue }
            try encode(key: key + [name], value)
        }
    }

    private mutating func writeElement(_ value: Value) throws {
        switch value {
        case .string(let text):
            write(Self.quoted(text))
        case .bool(let flag):
            write(flag ? "true" : "false")
        case .int(let number), .int64(let number):
            write(String(number))
        case .float(let number):
            write(Self.floatText(number))
        case .list(let items):
            write("[")
            for (index, item) in items.enumerated() {
                try writeElement(item)
                if index != items.count - 1 { write(", ") }
            }
            write("]")
        case .bytes(let bytes):
            write("[" + bytes.map { String($0) }.joined(separator: ", ") + "]")
        case .map(let map):
            try writeInlineTable(map)
        case .null:
            throw EncodeError(description: "toml: cannot encode array with nil element")
        case .object(let object as TimeObject):
            write(Self.dateTimeText(object.time))
        case .object(let object as SemVerObject):
            write(Self.quoted(object.version.description))
        case .object(let object):
            throw EncodeError(description: "unexpected type: \(object.goTypeName)")
        }
    }

    /// Writes `{a = 1, b = 2}`; like the library, it leaves a trailing ", " before skipped nils.
    private mutating func writeInlineTable(_ map: ValueMap) throws {
        let keys = map.entries.keys.sorted(by: GoStrings.isOrderedBefore)
        var plainKeys: [String] = []
        var tableKeys: [String] = []
        for name in keys {
            if try Self.isTable(map[name] ?? .null) { tableKeys.append(name) } else { plainKeys.append(name) }
        }
        write("{")
        for (group, trailingComma) in [(plainKeys, !tableKeys.isEmpty), (tableKeys, false)] {
            for (index, name) in group.enumerated() {
                guard let value = map[name], !value.isNull else { continue }
                try writeKeyValue(key: [name], value, inline: true)
                if trailingComma || index != group.count - 1 { write(", ") }
            }
        }
        write("}")
    }

    private static func isTable(_ value: Value) throws -> Bool {
        switch value {
        case .map: return true
        case .list(let items): return try isTableArray(items)
        default: return false
        }
    }

    /// Tests for an array of tables: non-empty, and all maps. A nil element fails, as in the library.
    private static func isTableArray(_ items: [Value]) throws -> Bool {
        guard !items.isEmpty else { return false }
        var allMaps = true
        for item in items {
            if item.isNull { throw EncodeError(description: "toml: cannot encode array with nil element") }
            if case .map = item { continue }
            allMaps = false
        }
        return allMaps
    }

    /// Writes a time as RFC 3339, or as a local date, time or date-time for the library's
    /// local zones.
    private static func dateTimeText(_ time: GoTime) -> String {
        let layouts = [
            "datetime-local": "2006-01-02T15:04:05.999999999",
            "date-local": "2006-01-02",
            "time-local": "15:04:05.999999999",
        ]
        if let layout = layouts[time.location.name] {
            let utc = GoTime(seconds: time.seconds, nanoseconds: time.nanoseconds, location: .utc)
            return GoTimeFormat.format(utc, layout: layout)
        }
        return GoTimeFormat.format(time, layout: "2006-01-02T15:04:05.999999999Z07:00")
    }

    private static func floatText(_ number: Double) -> String {
        if number.isNaN { return number.sign == .minus ? "-nan" : "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        let text = GoFloat.format(number, verb: "g", precision: -1)
        return text.contains("e") || text.contains(".") ? text : text + ".0"
    }

    private static func isBareKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
        }
    }

    private static func quotedIfNeeded(_ key: String) -> String {
        isBareKey(key) ? key : quoted(key)
    }

    private static func keyPath(_ key: [String]) -> String {
        key.map(quotedIfNeeded).joined(separator: ".")
    }

    /// Quotes as the library's basic strings: `"` and `\` escaped, control characters as `\uXXXX`
    /// except `\b`, `\t`, `\n`, `\f` and `\r`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{08}": result += "\\b"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\u{0C}": result += "\\f"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
