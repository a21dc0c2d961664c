import HelmKitValues

/// Replaces the library's own objects by the values Go's encoders write for them, so the
/// shared JSON and YAML codecs can encode them. A `time.Time` becomes its RFC 3339 text, a
/// `*semver.Version` its version text, and a `certificate` a map of its fields.
enum ObjectEncoding {
    static let rfc3339Nano = "2006-01-02T15:04:05.999999999Z07:00"

    /// Returns `value` with those objects replaced as `encoding/json` encodes them. Maps and
    /// lists are copied only when they contain such an object. Throws `EncodingCycleError` for
    /// a map that contains itself, as `encoding/json` does.
    static func jsonReady(_ value: Value) throws -> Value {
        try checkAcyclic(value)
        return replacingObjects(in: value, fieldName: { $0 }) ?? value
    }

    /// Returns `value` with certificates as maps with go-yaml v3's lower-case field names; times
    /// and versions stay, because the YAML writer prints them itself. Throws for a map that
    /// contains itself, where go-yaml v3 recurses until Go's stack overflows.
    static func yamlReady(_ value: Value) throws -> Value {
        try checkAcyclic(value)
        return replacingObjects(in: value, fieldName: { $0.lowercased() }, keepsScalars: true) ?? value
    }

    /// Throws when a map is reachable from itself. Maps are shared references, as in Go, so
    /// `set $d "self" $d` makes one, and every encoder would otherwise recurse forever.
    static func checkAcyclic(_ value: Value) throws {
        var open: Set<ObjectIdentifier> = []
        func visit(_ value: Value) throws {
            switch value {
            case .list(let items):
                for item in items { try visit(item) }
            case .map(let map):
                let identity = ObjectIdentifier(map)
                if open.contains(identity) {
                    throw EncodingCycleError(typeName: map.goTypeName ?? "map[string]interface {}")
                }
                open.insert(identity)
                defer { open.remove(identity) }
                for item in map.entries.values { try visit(item) }
            default:
                break
            }
        }
        try visit(value)
    }

    private static func replacingObjects(in value: Value, fieldName: (String) -> String, keepsScalars: Bool = false) -> Value? {
        switch value {
        case .object(let object as TimeObject):
            return keepsScalars ? nil : .string(GoTimeFormat.format(object.time, layout: rfc3339Nano))
        case .object(let object as SemVerObject):
            return keepsScalars ? nil : .string(object.version.description)
        case .object(let object as CertificateObject):
            return .dictionary([fieldName("Cert"): .string(object.certificate), fieldName("Key"): .string(object.key)])
        case .list(let items):
            let replaced = items.map { replacingObjects(in: $0, fieldName: fieldName, keepsScalars: keepsScalars) }
            guard replaced.contains(where: { $0 != nil }) else { return nil }
            return .list(zip(items, replaced).map { $1 ?? $0 })
        case .map(let map):
            var changed: [String: Value] = [:]
            for (key, item) in map.entries {
                if let replacement = replacingObjects(in: item, fieldName: fieldName, keepsScalars: keepsScalars) {
                    changed[key] = replacement
                }
            }
            guard !changed.isEmpty else { return nil }
            return .map(ValueMap(map.entries.merging(changed) { _, replacement in replacement }))
        default:
            return nil
        }
    }
}

/// The error of Go's `encoding/json` for a value that contains itself.
struct EncodingCycleError: Error, CustomStringConvertible {
    let typeName: String

    var description: String { "json: unsupported value: encountered a cycle via \(typeName)" }
}
