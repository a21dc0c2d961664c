/// JSON as Go's encoding/json reads and writes it.
public enum JSONCodec {
    /// Decodes one JSON value; numbers become float64 as in `json.Unmarshal` into `interface{}`.
    public static func decode(_ text: String) throws -> Value {
        // TODO: stub until the JSON reader lands.
        throw ValueError("json: not implemented")
    }

    /// Encodes as `json.Marshal`: sorted keys, HTML-safe escaping, Go's float format.
    public static func encode(_ value: Value) throws -> String {
        throw ValueError("json: not implemented")
    }
}
