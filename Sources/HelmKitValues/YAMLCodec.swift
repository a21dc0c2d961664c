/// YAML as Helm reads and writes it: sigs.k8s.io/yaml over go-yaml v2.
public enum YAMLCodec {
    /// Decodes the first YAML document as `sigs.k8s.io/yaml.Unmarshal` into `interface{}` does:
    /// through JSON, so every number is float64 and every map key a string. An empty document
    /// is null.
    ///
    /// The error message is sigs.k8s.io/yaml's whole text, for example
    /// `error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context`;
    /// Helm adds its own prefix in front (`cannot load values.yaml: cannot unmarshal yaml document: `
    /// for a values file), and `fromYaml` stores this text under `Error`. A document nested more
    /// than 10000 levels deep fails as go-yaml or encoding/json rejects it, which also bounds
    /// the reader's recursion.
    public static func decode(_ text: String) throws -> Value {
        try decode(bytes: GoByteString.bytes(text))
    }

    /// Decodes as `decode(_:)` does, from bytes that may not be valid UTF-8: go-yaml rejects such
    /// input, for example with `yaml: invalid leading UTF-8 octet`, where a `String` would
    /// already hold U+FFFD in their place.
    public static func decode(bytes: [UInt8]) throws -> Value {
        var rewrittenQuoteEscapes: Set<Int> = []
        var pass = 1
        while true {
            do {
                var reader = YAMLReader(bytes: bytes, rewrittenQuoteEscapes: rewrittenQuoteEscapes)
                return try readFirstDocument(&reader)
            } catch let request as QuoteEscape.RewriteRequest {
                guard pass < QuoteEscape.maxPasses(forByteCount: bytes.count) else {
                    // NOTE: past the pass limit, `\'` fails as libyaml reports it, where go-yaml v2
                    // reads `'`.
                    throw ValueError("error converting YAML to JSON: " + request.message)
                }
                rewrittenQuoteEscapes.formUnion(request.offsets)
                pass += 1
            }
        }
    }

    /// Decodes the first document as `decode(bytes:)` does, but builds only the values of the
    /// root mapping's `headKeys`, so that reading a large manifest for its kind costs less.
    ///
    /// Every check still runs, and any error, or anything the shortcut cannot judge without
    /// the skipped values, falls back to `decode(bytes:)`. So the errors are the same, and the
    /// result has the same values under `headKeys`.
    public static func decodeHead(bytes: [UInt8], headKeys: Set<String>) throws -> Value {
        var reader = YAMLReader(bytes: bytes, headKeys: headKeys)
        if let root = try? reader.readFirstDocument() {
            return root
        }
        return try decode(bytes: bytes)
    }

    private static func readFirstDocument(_ reader: inout YAMLReader) throws -> Value {
        do {
            return try reader.readFirstDocument()
        } catch let error as ValueError {
            throw ValueError("error converting YAML to JSON: " + error.message)
        } catch let error as JSONDepthError {
            throw ValueError("error unmarshaling JSON: while decoding JSON: " + error.message)
        }
    }

    /// Decodes as `sigs.k8s.io/yaml.Unmarshal` into an empty `map[string]interface{}` (what
    /// `fromYaml` and values files use): a null document leaves the map empty, and a document that is
    /// not a mapping fails with encoding/json's text, such as `error unmarshaling JSON: while
    /// decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}`.
    public static func decodeMap(_ text: String) throws -> Value {
        let value = try decode(text)
        switch value {
        case .map:
            return value
        case .null:
            return .map(ValueMap())
        default:
            throw mismatch(value, goType: "map[string]interface {}")
        }
    }

    /// Decodes as `sigs.k8s.io/yaml.Unmarshal` into an empty `[]interface{}` (what `fromYamlArray`
    /// uses): a null document leaves the list empty, and anything but a sequence fails as
    /// `decodeMap` describes.
    public static func decodeList(_ text: String) throws -> Value {
        let value = try decode(text)
        switch value {
        case .list:
            return value
        case .null:
            return .list([])
        default:
            throw mismatch(value, goType: "[]interface {}")
        }
    }

    private static func mismatch(_ value: Value, goType: String) -> ValueError {
        let jsonKind = JSONKind.name(of: value)
        return ValueError(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKind) into Go value of type \(goType)")
    }

    /// Encodes as `sigs.k8s.io/yaml.Marshal` does (keys in go-yaml v2's order, its scalar styles,
    /// lines folded at 80 columns), ending in a newline. NaN and infinities fail with
    /// `error marshaling into JSON: json: unsupported value: NaN`, and a string with a character
    /// YAML does not allow unescaped (such as U+007F or U+FFFF) with
    /// `yaml: control characters are not allowed`.
    public static func encode(_ value: Value) throws -> String {
        var writer = YAMLWriter()
        return try writer.write(value)
    }

    /// Encodes as `encode` does, with the two differences of go-yaml v3's encoder (Helm's
    /// `toYamlPretty`) that show in scalars: no JSON round trip, so U+0085 and characters such as
    /// U+007F print escaped, and no line folding.
    ///
    /// NOTE: checked against Helm for scalars only. go-yaml v3 also indents sequences under their
    /// keys, which this does not do.
    public static func encodeAsGoYAMLv3(_ value: Value) throws -> String {
        var writer = YAMLWriter(roundTripsJSON: false, foldsLines: false)
        return try writer.write(value)
    }
}
