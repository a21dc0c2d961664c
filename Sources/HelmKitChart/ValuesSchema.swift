import Foundation
import HelmKitValues

/// Checks values against a chart's `values.schema.json`, as Helm's `ValidateAgainstSchema`
/// does for the chart and each subchart with values.
///
/// It checks the common validation keywords of JSON Schema drafts 04 to 2020-12. These are
/// type, enum, const, properties, patternProperties, additionalProperties, required, items,
/// prefixItems, contains, minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum,
/// exclusiveMaximum, multipleOf, minLength, maxLength, pattern, minProperties, maxProperties,
/// allOf, anyOf, oneOf, not, if/then/else, dependentRequired, dependentSchemas, dependencies,
/// propertyNames, minContains, maxContains, and `$ref` to `#/…` pointers in the same document.
/// `format` is asserted for schemas that declare draft-04, -06 or -07, as Helm's validator does,
/// and only annotates in 2019-09 and 2020-12 schemas.
public enum ValuesSchema {
    /// Returns Helm's error text for `values` failing the schemas of `chart` and its subcharts,
    /// or nil when every schema accepts them.
    public static func validate(chart: Chart, values: ValueMap) -> String? {
        var report = ""
        if let schemaData = chart.schema {
            if let failure = validateSingle(values: .map(values), schemaData: schemaData) {
                report += chart.name + ":\n" + failure
            }
        }
        for subchart in chart.dependencies {
            guard let raw = values[subchart.name], !raw.isNull else { continue }
            guard case .map(let subchartValues) = raw else {
                report += "\(subchart.name):\ninvalid type for values: expected object (map), got \(raw.goTypeName)\n"
                continue
            }
            if let failure = validate(chart: subchart, values: subchartValues) {
                report += failure
            }
        }
        return report.isEmpty ? nil : report
    }

    static func validateSingle(values: Value, schemaData: [UInt8]) -> String? {
        let schema: Value
        do {
            schema = try JSONCodec.decode(String(decoding: schemaData, as: UTF8.self))
        } catch {
            return "\(error)\n"
        }
        var validator = SchemaValidator(root: schema)
        validator.check(values, against: schema, at: "")
        guard !validator.failures.isEmpty else { return nil }
        return validator.failures.map { "- at '\($0.path)': \($0.message)" }.joined(separator: "\n") + "\n"
    }
}

/// One walk of a value against a schema, collecting failures with their JSON pointer.
struct SchemaValidator {
    struct Failure {
        var path: String
        var message: String
    }

    /// Bounds `$ref` chains, so a schema that refers to itself cannot recurse forever.
    // TODO: Helm's validator rejects such a schema when compiling it, with a message such as
    // `both /$ref and  resolve to "file:///values.schema.json#" causing reference cycle`.
    static let maxDepth = 200

    let root: Value
    let assertsFormats: Bool
    var failures: [Failure] = []
    var depth = 0

    init(root: Value) {
        self.root = root
        assertsFormats = SchemaFormats.assertsFormats(root: root)
    }

    mutating func check(_ value: Value, against schema: Value, at path: String) {
        switch schema {
        case .bool(let accepts):
            if !accepts { fail(path, "false schema") }
            return
        case .map(let keywords):
            depth += 1
            defer { depth -= 1 }
            guard depth < Self.maxDepth else {
                fail(path, "schema nesting is deeper than \(Self.maxDepth)")
                return
            }
            checkKeywords(value, keywords, at: path)
        default:
            return
        }
    }

    mutating func fail(_ path: String, _ message: String) {
        failures.append(Failure(path: path.isEmpty ? "" : path, message: message))
    }

    /// Returns whether `value` satisfies `schema`, without recording failures.
    func accepts(_ value: Value, _ schema: Value, at path: String) -> Bool {
        var probe = SchemaValidator(root: root)
        probe.depth = depth
        probe.check(value, against: schema, at: path)
        return probe.failures.isEmpty
    }

    mutating func checkKeywords(_ value: Value, _ keywords: ValueMap, at path: String) {
        if case .string(let reference)? = keywords["$ref"] {
            if let target = resolve(reference) {
                check(value, against: target, at: path)
            }
            // TODO: references to other documents; Helm may load them over the network.
        }
        checkType(value, keywords, at: path)
        checkEnumeration(value, keywords, at: path)
        checkCombinators(value, keywords, at: path)
        switch value {
        case .map(let map): checkObject(map, keywords, at: path)
        case .list(let items): checkArray(items, keywords, at: path)
        case .string(let text): checkString(text, keywords, at: path)
        default: break
        }
        if let number = Self.number(value) { checkNumber(number, keywords, at: path) }
    }

    /// Resolves `#/a/b` pointers within the schema document.
    func resolve(_ reference: String) -> Value? {
        guard reference.hasPrefix("#") else { return nil }
        var current = root
        for token in reference.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .map(let map):
                guard let next = map[key] else { return nil }
                current = next
            case .list(let items):
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let number), .int64(let number): return Double(number)
        case .float(let number): return number
        default: return nil
        }
    }

    static func jsonType(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .int64: return "integer"
        case .float(let number): return number.rounded() == number ? "integer" : "number"
        case .string: return "string"
        case .list, .bytes: return "array"
        case .map, .object: return "object"
        }
    }
}
