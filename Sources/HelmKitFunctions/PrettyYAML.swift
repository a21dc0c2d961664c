import HelmKitValues

/// YAML as go-yaml v3's encoder writes it with an indent of 2, which Helm's `toYamlPretty` uses:
/// lists are indented under their keys, and floats print in Go's shortest `%g` form.
///
/// Scalars are quoted by `YAMLCodec`, whose go-yaml v2 rules agree with v3 for the strings
/// checked against Helm.
enum PrettyYAML {
    static func encode(_ value: Value) throws -> String {
        var lines: [String] = []
        try emit(value, indent: 0, prefix: "", into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Appends `value` to `lines`, starting on a line that begins with `prefix` (a key or a dash).
    private static func emit(_ value: Value, indent: Int, prefix: String, into lines: inout [String]) throws {
        let padding = String(repeating: " ", count: indent)
        switch value {
        case .map(let map) where !map.isEmpty:
            var first = true
            for key in map.entries.keys.sorted(by: keyPrecedes) {
                let keyText = try scalarLines(.string(key)).joined(separator: " ")
                let linePrefix = first && !prefix.isEmpty ? prefix : padding
                first = false
                try emitEntry(map[key] ?? .null, keyPrefix: linePrefix + keyText + ":", indent: indent, into: &lines)
            }
        case .list(let items) where !items.isEmpty:
            var first = true
            for item in items {
                let linePrefix = first && !prefix.isEmpty ? prefix : padding
                first = false
                try emitItem(item, dashPrefix: linePrefix + "- ", indent: indent + 2, into: &lines)
            }
        default:
            let rendered = try scalarLines(value)
            lines.append(prefix + rendered[0])
            lines += rendered.dropFirst().map { padding + "  " + $0 }
        }
    }

    private static func emitEntry(_ value: Value, keyPrefix: String, indent: Int, into lines: inout [String]) throws {
        switch value {
        case .map(let map) where !map.isEmpty:
            lines.append(keyPrefix)
            try emit(value, indent: indent + 2, prefix: "", into: &lines)
        case .list(let items) where !items.isEmpty:
            lines.append(keyPrefix)
            try emit(value, indent: indent + 2, prefix: "", into: &lines)
        default:
            let rendered = try scalarLines(value)
            lines.append(keyPrefix + " " + rendered[0])
            let padding = String(repeating: " ", count: indent + 2)
            lines += rendered.dropFirst().map { $0.isEmpty ? "" : padding + $0 }
        }
    }

    private static func emitItem(_ value: Value, dashPrefix: String, indent: Int, into lines: inout [String]) throws {
        switch value {
        case .map(let map) where !map.isEmpty:
            try emit(value, indent: indent, prefix: dashPrefix, into: &lines)
        case .list(let items) where !items.isEmpty:
            try emit(value, indent: indent, prefix: dashPrefix, into: &lines)
        default:
            let rendered = try scalarLines(value)
            lines.append(dashPrefix + rendered[0])
            let padding = String(repeating: " ", count: indent)
            lines += rendered.dropFirst().map { $0.isEmpty ? "" : padding + $0 }
        }
    }

    /// Renders a scalar (or an empty map or list) as its first line and any block-scalar lines,
    /// the latter without indentation.
    private static func scalarLines(_ value: Value) throws -> [String] {
        switch value {
        case .null: return ["null"]
        case .bool(let flag): return [flag ? "true" : "false"]
        case .int(let number), .int64(let number): return [String(number)]
        case .float(let number):
            if number.isNaN { return [".nan"] }
            if number.isInfinite { return [number < 0 ? "-.inf" : ".inf"] }
            return [GoFloat.format(number, verb: "g", precision: -1)]
        case .map: return ["{}"]
        case .list: return ["[]"]
        case .object(let object as TimeObject):
            return [GoTimeFormat.format(object.time, layout: ObjectEncoding.rfc3339Nano)]
        case .object(let object as SemVerObject):
            return try scalarLines(.string(object.version.description))
        default:
            // Encode as the value of a one-key map and take it back off the "k: " line.
            let encoded = try YAMLCodec.encodeAsGoYAMLv3(.dictionary(["k": value]))
            var lines = encoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            guard let first = lines.first, first.hasPrefix("k: ") else { return [value.goPrinted] }
            let rest = lines.dropFirst().map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : $0 }
            return [String(first.dropFirst(3))] + rest
        }
    }

    /// Orders map keys as go-yaml v3 does: digit runs compare as numbers, and at the first
    /// difference a non-letter sorts before a letter, unless a digit came just before.
    static func keyPrecedes(_ left: String, _ right: String) -> Bool {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        var afterDigit = false
        var index = 0
        while index < a.count && index < b.count {
            if a[index] == b[index] {
                afterDigit = GoUnicode.isDigit(a[index])
                index += 1
                continue
            }
            let aIsLetter = GoUnicode.isLetter(a[index])
            let bIsLetter = GoUnicode.isLetter(b[index])
            if aIsLetter && bIsLetter { return a[index].value < b[index].value }
            if aIsLetter || bIsLetter { return afterDigit ? aIsLetter : bIsLetter }
            return numberPrecedes(a, b, at: index)
        }
        return a.count < b.count
    }

    /// Compares the digit runs starting at `index`, as go-yaml v3 does when neither is a letter.
    private static func numberPrecedes(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], at index: Int) -> Bool {
        var aNumber: Int64 = 0
        var bNumber: Int64 = 0
        // Inside a number with a nonzero digit before, a leading zero still counts.
        if a[index] == "0" || b[index] == "0" {
            var position = index - 1
            while position >= 0 && GoUnicode.isDigit(a[position]) {
                if a[position] != "0" {
                    (aNumber, bNumber) = (1, 1)
                    break
                }
                position -= 1
            }
        }
        var aEnd = index
        while aEnd < a.count && GoUnicode.isDigit(a[aEnd]) {
            aNumber = aNumber &* 10 &+ Int64(a[aEnd].value) &- 48
            aEnd += 1
        }
        var bEnd = index
        while bEnd < b.count && GoUnicode.isDigit(b[bEnd]) {
            bNumber = bNumber &* 10 &+ Int64(b[bEnd].value) &- 48
            bEnd += 1
        }
        if aNumber != bNumber { return aNumber < bNumber }
        if aEnd != bEnd { return aEnd < bEnd }
        return a[index].value < b[index].value
    }
}
