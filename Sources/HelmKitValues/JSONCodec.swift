/// JSON as Go's encoding/json reads and writes it.
public enum JSONCodec {
    /// Decodes one JSON value as `json.Unmarshal` into `interface{}`: numbers become float64.
    /// Errors carry encoding/json's text, such as `unexpected end of JSON input` or
    /// `invalid character 'x' looking for beginning of value`.
    public static func decode(_ text: String) throws -> Value {
        var reader = JSONReader(text: text)
        return try reader.readDocument()
    }

    /// Encodes as `json.Marshal`: sorted keys, HTML-safe escaping, Go's float format. NaN and
    /// infinities fail with `json: unsupported value: NaN`.
    public static func encode(_ value: Value) throws -> String {
        try JSONWriter.encode(value)
    }
}
