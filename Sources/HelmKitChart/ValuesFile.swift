import Foundation
import HelmKitValues

/// Reading values files and merging value maps.
public enum ValuesFile {
    /// Parses a values file as Helm's `LoadValues`: its YAML documents, split as Kubernetes'
    /// YAML reader splits them, each decoded and merged over the previous ones. `mapType` is the
    /// Go type a document that is not a map is reported against: a chart's values.yaml decodes
    /// into `map[string]interface {}`, a `-f` file into `common.Values`.
    public static func parse(_ data: [UInt8], mapType: String = "map[string]interface {}") throws -> ValueMap {
        var merged = ValueMap()
        for document in try splitDocuments(data) {
            let decoded: Value
            do {
                decoded = try YAMLCodec.decode(bytes: document)
            } catch {
                throw ValueError("cannot unmarshal yaml document: \(error)")
            }
            switch decoded {
            case .map(let map):
                merged = merge(merged, map)
            case .null:
                continue
            default:
                throw ValueError("cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKindName(decoded)) into Go value of type \(mapType)")
            }
        }
        return merged
    }

    /// Parses values held in a string.
    public static func parse(_ text: String) throws -> ValueMap {
        try parse(Array(text.utf8))
    }

    /// Splits on lines that start with `---`; only white space or a comment may follow the
    /// dashes. Documents keep their bytes as they were, line ends included.
    static func splitDocuments(_ data: [UInt8]) throws -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var current: [UInt8] = []
        var lineStart = 0
        while lineStart < data.count {
            let lineEnd = data[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 } ?? data.count
            let line = data[lineStart..<lineEnd]
            lineStart = lineEnd
            guard line.starts(with: [0x2D, 0x2D, 0x2D]) else {
                current.append(contentsOf: line)
                continue
            }
            let rest = String(decoding: line.dropFirst(3), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let first = rest.first, first != "#" {
                throw ValueError("error reading yaml document: invalid Yaml document separator: \(rest)")
            }
            if !current.isEmpty { documents.append(current) }
            current = []
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
