import Foundation
import HelmKitValues

/// Reading values files and merging value maps.
public enum ValuesFile {
    /// Parses a values file as Helm's `LoadValues`: its YAML documents, split as Kubernetes'
    /// YAML reader splits them, each decoded and merged over the previous ones.
    public static func parse(_ text: String) throws -> ValueMap {
        var merged = ValueMap()
        for document in try splitDocuments(text) {
            let decoded: Value
            do {
                decoded = try YAMLCodec.decode(document)
            } catch {
                throw ValueError("cannot unmarshal yaml document: \(error)")
            }
            switch decoded {
            case .map(let map):
                merged = merge(merged, map)
            case .null:
                continue
            default:
                throw ValueError("cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(decoded)) into Go value of type map[string]interface {}")
            }
        }
        return merged
    }

    /// Splits on lines that start with `---`; only white space or a comment may follow the dashes.
    static func splitDocuments(_ text: String) throws -> [String] {
        var documents: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("---") else {
                current += line
                current += "\n"
                continue
            }
            let rest = line.dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines)
            if let first = rest.first, first != "#" {
                throw ValueError("error reading yaml document: invalid Yaml document separator: \(rest)")
            }
            if !current.isEmpty { documents.append(current) }
            current = ""
        }
        if !current.isEmpty { documents.append(current) }
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
