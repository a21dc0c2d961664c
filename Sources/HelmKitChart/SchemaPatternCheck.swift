import HelmKitFunctions
import HelmKitValues

/// Helm's validator checks a schema against its draft's metaschema before it uses it, and a
/// `pattern` that Go's regexp syntax rejects (a lookahead written for JavaScript, say) fails
/// that check. This finds such a pattern and words the failure as the validator does.
enum SchemaPatternCheck {
    /// A `pattern` that does not compile, with the schema locations from the root down to the
    /// schema that contains it.
    struct InvalidPattern {
        var schemaLocations: [String]
        var pattern: String
        var problem: String
    }

    /// Returns the metaschema failure for the schema's one invalid `pattern`, or nil when every
    /// pattern compiles.
    static func failure(schema: Value) -> String? {
        var found: [InvalidPattern] = []
        collect(schema, location: "", ancestors: [], into: &found)
        // TODO: several invalid patterns, and invalid `patternProperties` names, get a grouped
        // error tree from the validator in an order Go's map iteration decides.
        guard found.count == 1, let invalid = found.first else { return nil }

        let metaschema = metaschemaURL(of: schema)
        var lines = ["\"file:///values.schema.json#\" is not valid against metaschema: jsonschema validation failed with '\(metaschema)#'"]
        var indent = ""
        // The 2019-09 and 2020-12 metaschemas combine their vocabularies with `allOf`, so each
        // schema on the way down adds one level.
        if metaschema.hasPrefix("https://json-schema.org/draft/") {
            for location in invalid.schemaLocations {
                lines.append(indent + "- at '\(location)': 'allOf' failed")
                indent += "  "
            }
        }
        let patternLocation = (invalid.schemaLocations.last ?? "") + "/pattern"
        let quoted = "'\(invalid.pattern)' is not valid regex: \(invalid.problem)"
        lines.append(indent + "- at '\(patternLocation)': " + quoted)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func metaschemaURL(of schema: Value) -> String {
        switch SchemaValidator.draft(of: schema) {
        case 4: return "http://json-schema.org/draft-04/schema"
        case 6: return "http://json-schema.org/draft-06/schema"
        case 7: return "http://json-schema.org/draft-07/schema"
        case 2019: return "https://json-schema.org/draft/2019-09/schema"
        default: return "https://json-schema.org/draft/2020-12/schema"
        }
    }

    /// Keywords whose value is one subschema.
    private static let singleSchemaKeywords = [
        "additionalProperties", "items", "additionalItems", "contains", "propertyNames", "not",
        "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ]
    /// Keywords whose value maps names to subschemas.
    private static let namedSchemaKeywords = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies",
    ]
    /// Keywords whose value lists subschemas.
    private static let listedSchemaKeywords = ["allOf", "anyOf", "oneOf", "prefixItems"]

    private static func collect(_ schema: Value, location: String, ancestors: [String], into found: inout [InvalidPattern]) {
        // Schemas nest at most a few dozen levels in practice; this bound keeps a crafted one
        // from exhausting the stack.
        guard case .map(let keywords) = schema, ancestors.count < 200 else { return }
        let path = ancestors + [location]

        if case .string(let pattern)? = keywords["pattern"] {
            do {
                _ = try GoRegularExpression(pattern)
            } catch {
                found.append(InvalidPattern(schemaLocations: path, pattern: pattern, problem: "\(error)"))
            }
        }
        for keyword in singleSchemaKeywords {
            if let subschema = keywords[keyword] {
                collect(subschema, location: location + "/" + escaped(keyword), ancestors: path, into: &found)
            }
        }
        for keyword in namedSchemaKeywords {
            guard case .map(let named)? = keywords[keyword] else { continue }
            for name in named.sortedKeys {
                let subschemaLocation = location + "/" + escaped(keyword) + "/" + escaped(name)
                collect(named[name] ?? .null, location: subschemaLocation, ancestors: path, into: &found)
            }
        }
        for keyword in listedSchemaKeywords {
            guard case .list(let subschemas)? = keywords[keyword] else { continue }
            for (index, subschema) in subschemas.enumerated() {
                collect(subschema, location: location + "/" + keyword + "/" + String(index), ancestors: path, into: &found)
            }
        }
    }

    /// Escapes a JSON pointer token. Foundation's `replacingOccurrences` cost a few tenths of a
    /// millisecond on its first call, while values are checked.
    private static func escaped(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped = String.UnicodeScalarView()
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": escaped.append(contentsOf: "~0".unicodeScalars)
            case "/": escaped.append(contentsOf: "~1".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
