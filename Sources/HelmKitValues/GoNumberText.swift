/// The texts Go's encoders give numbers along Helm's YAML and JSON paths.
enum GoNumberText {
    /// Formats a float64 as encoding/json does: shortest digits, plain notation from 1e-6 up to
    /// 1e21, exponent notation outside with `e-7` rather than strconv's `e-07`.
    static func json(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 else {
            return GoFloat.format(value, verb: "f", precision: -1)
        }
        var text = Array(GoFloat.format(value, verb: "e", precision: -1).utf8)
        let count = text.count
        if count >= 4, text[count - 4] == UInt8(ascii: "e"), text[count - 3] == UInt8(ascii: "-"),
           text[count - 2] == UInt8(ascii: "0") {
            text.remove(at: count - 2)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Formats a float64 as toYaml prints it: go-yaml v2 reads the JSON text back, so integral
    /// values that fit int64 or uint64 print as integers and others as strconv's shortest `%g`.
    static func yaml(_ value: Double) -> String {
        let jsonText = json(value)
        let bytes = Array(jsonText.utf8)[...]
        if !bytes.contains(UInt8(ascii: ".")) && !bytes.contains(UInt8(ascii: "e")) {
            if let number = GoNumberSyntax.parseInt(bytes) {
                return String(number)
            }
            if let number = GoNumberSyntax.parseUInt(bytes) {
                return String(number)
            }
        }
        return GoFloat.format(value, verb: "g", precision: -1)
    }

    /// Formats a float map key as sigs.k8s.io/yaml does: `strconv.FormatFloat(key, 'g', -1, 32)`
    /// with go-yaml's spellings of infinity and NaN.
    static func yamlKey(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return GoFloat.format(value, verb: "g", precision: -1, bitSize: 32)
    }
}
