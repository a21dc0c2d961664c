import HelmKitValues

/// Reading values files and merging value maps.
public enum ValuesFile {
    /// Parses a values file: its YAML documents split as Kubernetes' YAML reader splits them,
    /// each decoded and merged over the previous ones.
    public static func parse(_ text: String) throws -> ValueMap {
        var merged = ValueMap()
        for document in splitDocuments(text) {
            let decoded = try YAMLCodec.decode(document)
            switch decoded {
            case .map(let map):
                merged = merge(merged, map)
            case .null:
                continue
            default:
                throw ValueError("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(decoded)) into Go value of type map[string]interface {}")
            }
        }
        return merged
    }

    /// Splits on lines that hold `---` and nothing but trailing white space.
    static func splitDocuments(_ text: String) -> [String] {
        var documents: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---"), line.dropFirst(3).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                documents.append(current)
                current = ""
            } else {
                current += line
                current += "\n"
            }
        }
        documents.append(current)
        return documents
    }

    /// Merges `overlay` into a copy of `base` as Helm's `MergeMaps`: maps merge recursively,
    /// any other value replaces.
    public static func merge(_ base: ValueMap, _ overlay: ValueMap) -> ValueMap {
        let result = ValueMap(base.entries)
        for (key, value) in overlay.entries {
            if case .map(let overlayMap) = value, case .map(let baseMap)? = result[key] {
                result[key] = .map(merge(baseMap, overlayMap))
            } else {
                result[key] = value
            }
        }
        return result
    }

    static func jsonKindName(_ value: Value) -> String {
        switch value {
        case .list: return "array"
        case .string: return "string"
        case .bool: return "bool"
        case .int, .int64, .float: return "number"
        default: return "value"
        }
    }
}
