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
        if let failure = SchemaPatternCheck.failure(schema: schema) {
            return failure
        }
        var validator = SchemaValidator(root: schema)
        validator.check(values, against: schema, at: "")
        guard !validator.failures.isEmpty else { return nil }
        var report = ""
        for failure in validator.documentFailures {
            render(failure, indent: 0, into: &report)
        }
        return report
    }

    /// Writes a failure and its causes, each level of causes two spaces deeper.
    static func render(_ failure: SchemaValidator.Failure, indent: Int, into report: inout String) {
        report += String(repeating: "  ", count: indent) + "- at '\(failure.path)': \(failure.message)\n"
        for cause in failure.causes {
            render(cause, indent: indent + 1, into: &report)
        }
    }
}

/// One walk of a value against a schema, in the order of Helm's validator
/// (santhosh-tekuri/jsonschema v6), so that failures come out in its order and nesting.
struct SchemaValidator {
    /// A failure at a location in the values, with the failures that caused it: those of the
    /// subschemas of `allOf`, `anyOf` and the like, or of a subschema with several failures.
    struct Failure {
        var path: String
        var message: String
        var causes: [Failure] = []
        /// True for the "validation failed" group of a subschema with several failures, which
        /// the validator replaces with its causes when it is the document's only failure.
        var isGroup = false
    }

    /// Bounds `$ref` chains, so a schema that refers to itself cannot recurse forever.
    // TODO: Helm's validator rejects such a schema when compiling it, with a message such as
    // `both /$ref and  resolve to "file:///values.schema.json#" causing reference cycle`.
    static let maxDepth = 200

    let root: Value
    /// The draft the root schema declares: 4, 6, 7, 2019 or 2020 (the default).
    let draft: Int
    var failures: [Failure] = []
    var depth = 0

    init(root: Value) {
        self.root = root
        draft = Self.draft(of: root)
    }

    /// True for drafts 04 to 07, whose `format` is an assertion rather than an annotation.
    var assertsFormats: Bool { draft <= 7 }

    static func draft(of root: Value) -> Int {
        guard case .string(let uri)? = root.mapValue?["$schema"] else { return 2020 }
        if uri.contains("draft-04") { return 4 }
        if uri.contains("draft-06") { return 6 }
        if uri.contains("draft-07") { return 7 }
        if uri.contains("2019-09") { return 2019 }
        return 2020
    }

    /// Checks `value` against `schema`, adding the schema's own failures.
    mutating func check(_ value: Value, against schema: Value, at path: String) {
        switch schema {
        case .bool(let accepts):
            if !accepts { fail(path, "false schema") }
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

    /// The failures as the validator reports a whole document: a lone group is replaced by its
    /// causes.
    var documentFailures: [Failure] {
        if failures.count == 1 && failures[0].isGroup {
            return failures[0].causes
        }
        return failures
    }

    mutating func fail(_ path: String, _ message: String, causes: [Failure] = []) {
        failures.append(Failure(path: path, message: message, causes: causes))
    }

    /// Returns what a subschema reports to its parent: nothing, its one failure, or a
    /// "validation failed" group of its failures.
    func subschemaFailure(_ value: Value, _ schema: Value, at path: String) -> Failure? {
        var subschema = SchemaValidator(root: root, draft: draft, depth: depth)
        subschema.check(value, against: schema, at: path)
        switch subschema.failures.count {
        case 0: return nil
        case 1: return subschema.failures[0]
        default: return Failure(path: path, message: "validation failed", causes: subschema.failures, isGroup: true)
        }
    }

    private init(root: Value, draft: Int, depth: Int) {
        self.root = root
        self.draft = draft
        self.depth = depth
    }

    /// Checks a subschema and adds what it reports.
    mutating func checkSubschema(_ value: Value, _ schema: Value, at path: String) {
        if let failure = subschemaFailure(value, schema, at: path) {
            failures.append(failure)
        }
    }

    /// Returns whether `value` satisfies `schema`, without recording failures.
    func accepts(_ value: Value, _ schema: Value, at path: String) -> Bool {
        subschemaFailure(value, schema, at: path) == nil
    }

    /// Checks the keywords in the validator's order: a failed type, const, enum or format
    /// ends the check, then come `$ref`, the keywords of the value's kind, and the combinators.
    mutating func checkKeywords(_ value: Value, _ keywords: ValueMap, at path: String) {
        if checkType(value, keywords, at: path) { return }
        if checkConstant(value, keywords, at: path) { return }
        if checkEnumeration(value, keywords, at: path) { return }
        if checkFormat(value, keywords, at: path) { return }

        if case .string(let reference)? = keywords["$ref"] {
            // TODO: references to other documents; Helm may load them over the network.
            if let target = resolve(reference), var failure = subschemaFailure(value, target, at: path) {
                // A reference keeps its group's causes but is no group itself.
                failure.isGroup = false
                failures.append(failure)
            }
            // Before draft 2019-09 the keywords beside `$ref` are ignored.
            if draft < 2019 { return }
        }

        switch value {
        case .map(let map): checkObject(map, keywords, at: path)
        case .list(let items): checkArray(items, keywords, at: path)
        case .string(let text): checkString(text, keywords, at: path)
        default: break
        }
        if let number = Self.number(value) { checkNumber(number, keywords, at: path) }
        checkCombinators(value, keywords, at: path)
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
