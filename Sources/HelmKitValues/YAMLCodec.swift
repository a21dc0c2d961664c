/// YAML as Helm reads and writes it: sigs.k8s.io/yaml over go-yaml v2.
public enum YAMLCodec {
    /// Decodes one YAML document with Helm's typing: through JSON, so every number is float64.
    public static func decode(_ text: String) throws -> Value {
        // TODO: stub until the libyaml reader lands.
        throw ValueError("yaml: not implemented")
    }

    /// Encodes as sigs.k8s.io/yaml's Marshal does (sorted keys, go-yaml v2 styles), ending in a newline.
    public static func encode(_ value: Value) throws -> String {
        throw ValueError("yaml: not implemented")
    }
}
