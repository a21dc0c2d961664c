/// JSON as Go's encoding/json reads and writes it.
public enum JSONCodec {
    /// Decodes one JSON value as `json.Unmarshal` into `interface{}`: numbers become float64.
    /// Errors carry encoding/json's text, such as `unexpected end of JSON input` or
    /// `invalid character 'x' looking for beginning of value`.
    public static func decode(_ text: String) throws -> Value {
        try decode(bytes: Array(text.utf8))
    }

    /// Decodes as `decode(_:)` does, from bytes that may not be valid UTF-8: as in Go, each
    /// byte of an invalid sequence inside a string becomes one U+FFFD.
    public static func decode(bytes: [UInt8]) throws -> Value {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.readDocument()
        if let rangeError = reader.rangeError {
            throw rangeError
        }
        return value
    }

    /// Decodes as `json.Unmarshal` into a `map[string]interface{}` does, as `fromJson` uses it.
    ///
    /// Returns `.map`, or `.null` for the JSON `null` (Go's nil map), with the error Go reports.
    /// After a syntax error or a value that is not an object, the map is empty. After a number out
    /// of range, it contains what was decoded, with null for that number, as Go leaves it.
    public static func decodeMap(_ text: String) -> (value: Value, error: ValueError?) {
        decodeMap(bytes: Array(text.utf8))
    }

    /// Decodes as `decodeMap(_:)` does, from bytes that may not be valid UTF-8 (see
    /// `decode(bytes:)`).
    public static func decodeMap(bytes: [UInt8]) -> (value: Value, error: ValueError?) {
        decodeTyped(bytes, goType: "map[string]interface {}") { value in
            if case .map = value { return true }
            return false
        }
    }

    /// Decodes as `json.Unmarshal` into a `[]interface{}` does, as `fromJsonArray` uses it: like
    /// `decodeMap`, with `.list`, or `.null` for Go's nil slice.
    public static func decodeList(_ text: String) -> (value: Value, error: ValueError?) {
        decodeList(bytes: Array(text.utf8))
    }

    /// Decodes as `decodeList(_:)` does, from bytes that may not be valid UTF-8 (see
    /// `decode(bytes:)`).
    public static func decodeList(bytes: [UInt8]) -> (value: Value, error: ValueError?) {
        decodeTyped(bytes, goType: "[]interface {}") { value in
            if case .list = value { return true }
            return false
        }
    }

    /// Encodes as `json.Marshal`: sorted keys, HTML-safe escaping, Go's float format. NaN and
    /// infinities fail with `json: unsupported value: NaN`.
    public static func encode(_ value: Value) throws -> String {
        try JSONWriter.encode(value)
    }

    private static func decodeTyped(
        _ bytes: [UInt8], goType: String, fits: (Value) -> Bool
    ) -> (value: Value, error: ValueError?) {
        let empty: Value = goType.hasPrefix("map") ? .map(ValueMap()) : .list([])
        var reader = JSONReader(bytes: bytes)
        let value: Value
        do {
            value = try reader.readDocument()
        } catch let error as ValueError {
            return (empty, error)
        } catch {
            return (empty, ValueError("\(error)"))
        }

        if value.isNull || fits(value) {
            return (value, reader.rangeError)
        }
        let message = "json: cannot unmarshal \(JSONKind.name(of: value)) into Go value of type \(goType)"
        return (empty, ValueError(message))
    }
}

/// The JSON kind names encoding/json uses in its type errors.
enum JSONKind {
    static func name(of value: Value) -> String {
        switch value {
        case .map: return "object"
        case .list: return "array"
        case .string: return "string"
        case .bool: return "bool"
        default: return "number"
        }
    }
}
