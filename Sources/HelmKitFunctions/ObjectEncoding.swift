import HelmKitValues

/// Replaces the library's own objects by the values Go's encoders write for them, so the
/// shared JSON, YAML and TOML codecs can encode them. A `time.Time` becomes its RFC 3339 text, a
/// `*semver.Version` its version text, a `certificate` a map of its fields, and a typed slice or
/// map a list or map, or what the encoder writes for nil.
enum ObjectEncoding {
    static let rfc3339Nano = "2006-01-02T15:04:05.999999999Z07:00"

    /// The Go encoder a value is prepared for.
    private enum Encoder {
        /// encoding/json, which sigs.k8s.io/yaml also goes through: nil slices and maps are `null`.
        case json
        /// go-yaml v3: nil slices and maps are `[]` and `{}`, and times and versions stay objects.
        case goYAMLv3
        /// BurntSushi/toml: nil slices and maps are left out like nil, and every other object
        /// stays for the encoder to write or reject.
        case toml
    }

    /// Returns `value` with those objects replaced as `encoding/json` encodes them. Maps and
    /// lists are copied only when they contain such an object. Throws `EncodingCycleError` for
    /// a map that contains itself, as `encoding/json` does.
    static func jsonReady(_ value: Value) throws -> Value {
        try checkAcyclic(value)
        return replacingObjects(in: value, for: .json) ?? value
    }

    /// Returns `value` with certificates as maps with go-yaml v3's lower-case field names; times
    /// and versions stay, because the YAML writer prints them itself. Throws for a map that
    /// contains itself, where go-yaml v3 recurses until Go's stack overflows.
    static func yamlReady(_ value: Value) throws -> Value {
        try checkAcyclic(value)
        return replacingObjects(in: value, for: .goYAMLv3) ?? value
    }

    /// Returns `value` with typed slices and maps as lists and maps, and nil ones as nil, which
    /// BurntSushi/toml skips in a table. At the top, a nil slice encodes as `[]`.
    static func tomlReady(_ value: Value) -> Value {
        if case .object(let slice as TypedSlice) = value, slice.isNil { return .list([]) }
        // A map that contains itself goes to the encoder unchanged, which reports it.
        guard (try? checkAcyclic(value)) != nil else { return value }
        return replacingObjects(in: value, for: .toml) ?? value
    }

    /// Throws when a map is reachable from itself. Maps are shared references, as in Go, so
    /// `set $d "self" $d` makes one, and every encoder would otherwise recurse forever.
    static func checkAcyclic(_ value: Value) throws {
        var open: Set<ObjectIdentifier> = []
        func visit(_ value: Value) throws {
            switch value {
            case .list(let items):
                for item in items { try visit(item) }
            case .object(let slice as TypedSlice):
                for item in slice.elements { try visit(item) }
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

    private static func replacingObjects(in value: Value, for encoder: Encoder) -> Value? {
        let keepsScalars = encoder != .json
        switch value {
        case .object(let object as TimeObject):
            return keepsScalars ? nil : .string(GoTimeFormat.format(object.time, layout: rfc3339Nano))
        case .object(let object as SemVerObject):
            return keepsScalars ? nil : .string(object.version.description)
        case .object(let object as CertificateObject):
            if encoder == .toml { return nil }
            let fieldName: (String) -> String = encoder == .goYAMLv3 ? { $0.lowercased() } : { $0 }
            return .dictionary([fieldName("Cert"): .string(object.certificate), fieldName("Key"): .string(object.key)])
        case .object(let slice as TypedSlice):
            if slice.isNil { return encoder == .goYAMLv3 ? .list([]) : .null }
            let items = slice.elements
            return .list(items.map { replacingObjects(in: $0, for: encoder) ?? $0 })
        case .object(let map as TypedMap):
            // The element types of typed maps hold no objects.
            guard let entries = map.entries else { return encoder == .goYAMLv3 ? .map(ValueMap()) : .null }
            return .map(entries)
        case .list(let items):
            let replaced = items.map { replacingObjects(in: $0, for: encoder) }
            guard replaced.contains(where: { $0 != nil }) else { return nil }
            return .list(zip(items, replaced).map { $1 ?? $0 })
        case .map(let map):
            var changed: [String: Value] = [:]
            for (key, item) in map.entries {
                if let replacement = replacingObjects(in: item, for: encoder) {
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
