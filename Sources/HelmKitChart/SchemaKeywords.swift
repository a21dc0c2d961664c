import Foundation
import HelmKitFunctions
import HelmKitValues

/// The validation keywords of JSON Schema, by the kind of value they apply to, each group in
/// the order Helm's validator checks them.
extension SchemaValidator {
    /// Checks `type`, returning true when it failed.
    mutating func checkType(_ value: Value, _ keywords: ValueMap, at path: String) -> Bool {
        guard let typeKeyword = keywords["type"] else { return false }
        let allowed: [String]
        switch typeKeyword {
        case .string(let name): allowed = [name]
        case .list(let names): allowed = names.compactMap(\.stringValue)
        default: return false
        }
        let actual = Self.jsonType(of: value)
        let matches = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
        guard !matches else { return false }

        let shownActual = actual == "integer" && Self.number(value) != nil ? "number" : actual
        // The validator lists the allowed types in a fixed order, whatever the schema's order.
        let order = ["null", "boolean", "number", "integer", "string", "array", "object"]
        let shownAllowed = order.filter(allowed.contains)
        fail(path, "got \(shownActual), want \(shownAllowed.joined(separator: " or "))")
        return true
    }

    /// Checks `const`, returning true when it failed.
    mutating func checkConstant(_ value: Value, _ keywords: ValueMap, at path: String) -> Bool {
        guard let constant = keywords["const"], !Self.jsonEqual(constant, value) else { return false }
        if let displayedConstant = Self.displayed(constant) {
            fail(path, "value must be \(displayedConstant)")
        } else {
            fail(path, "'const' failed")
        }
        return true
    }

    /// Checks `enum`, returning true when it failed.
    mutating func checkEnumeration(_ value: Value, _ keywords: ValueMap, at path: String) -> Bool {
        guard case .list(let options)? = keywords["enum"],
              !options.contains(where: { Self.jsonEqual($0, value) }) else { return false }
        let displayedOptions = options.compactMap(Self.displayed)
        if displayedOptions.count < options.count {
            fail(path, "'enum' failed")
        } else if displayedOptions.count == 1 {
            fail(path, "value must be \(displayedOptions[0])")
        } else {
            fail(path, "value must be one of \(displayedOptions.joined(separator: ", "))")
        }
        return true
    }

    /// Checks `format` where the draft asserts it, returning true when it failed.
    mutating func checkFormat(_ value: Value, _ keywords: ValueMap, at path: String) -> Bool {
        guard assertsFormats, case .string(let format)? = keywords["format"], case .string(let text) = value,
              let problem = SchemaFormats.problem(text, format: format) else { return false }
        fail(path, "\(Self.quoted(text)) is not valid \(format): \(problem)")
        return true
    }

    /// Shows a primitive value as the validator's messages do, or nil for a list or map.
    // NOTE: the validator prints schema numbers as written in the file (`1.0`, `2e3`); these
    // print as Go's %v of their value.
    static func displayed(_ value: Value) -> String? {
        switch value {
        case .string(let text): return quoted(text)
        case .list, .map: return nil
        default: return (try? JSONCodec.encode(value)) ?? value.goPrinted
        }
    }

    mutating func checkCombinators(_ value: Value, _ keywords: ValueMap, at path: String) {
        if let negated = keywords["not"], accepts(value, negated, at: path) {
            fail(path, "'not' failed")
        }
        if case .list(let schemas)? = keywords["allOf"] {
            let causes = schemas.compactMap { subschemaFailure(value, $0, at: path) }
            if !causes.isEmpty {
                fail(path, "'allOf' failed", causes: causes)
            }
        }
        if case .list(let schemas)? = keywords["anyOf"] {
            let results = schemas.map { subschemaFailure(value, $0, at: path) }
            if !results.contains(where: { $0 == nil }) {
                fail(path, "'anyOf' failed", causes: results.compactMap { $0 })
            }
        }
        if case .list(let schemas)? = keywords["oneOf"] {
            let results = schemas.map { subschemaFailure(value, $0, at: path) }
            let matching = results.indices.filter { results[$0] == nil }
            if matching.isEmpty {
                fail(path, "'oneOf' failed, none matched", causes: results.compactMap { $0 })
            } else if matching.count > 1 {
                // The validator stops at the second match.
                fail(path, "'oneOf' failed, subschemas \(matching[0]), \(matching[1]) matched")
            }
        }
        if let condition = keywords["if"] {
            if accepts(value, condition, at: path) {
                if let then = keywords["then"] { checkSubschema(value, then, at: path) }
            } else if let otherwise = keywords["else"] {
                checkSubschema(value, otherwise, at: path)
            }
        }
    }

    /// Quotes text as the validator's messages do: Go's `%q` between single quotes, with `\"`
    /// unescaped and `'` escaped. Because the first step runs over the whole quoted text, a
    /// final backslash loses one of its escapes (`\\` shows as `\\\`).
    static func quoted(_ text: String) -> String {
        var quoted = GoQuoting.quote(text)
        quoted = quoted.replacingOccurrences(of: "\\\"", with: "\"")
        quoted = quoted.replacingOccurrences(of: "'", with: "\\'")
        return "'" + quoted.dropFirst().dropLast() + "'"
    }

    mutating func checkObject(_ map: ValueMap, _ keywords: ValueMap, at path: String) {
        if let minimum = keywords["minProperties"].flatMap(Self.number), Double(map.count) < minimum {
            fail(path, "minProperties: got \(SchemaNumbers.integer(map.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxProperties"].flatMap(Self.number), Double(map.count) > maximum {
            fail(path, "maxProperties: got \(SchemaNumbers.integer(map.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
        if case .list(let required)? = keywords["required"] {
            let missing = required.compactMap(\.stringValue).filter { map[$0] == nil }
            if missing.count == 1 {
                fail(path, "missing property \(Self.quoted(missing[0]))")
            } else if !missing.isEmpty {
                fail(path, "missing properties " + missing.map(Self.quoted).joined(separator: ", "))
            }
        }
        if case .map(let dependencies)? = keywords["dependencies"] {
            checkDependentRequired(map, dependencies, at: path)
            checkDependentSchemas(map, dependencies, at: path)
        }

        // NOTE: the validator visits properties in Go's random map order; this visits them
        // sorted, one of the orders Helm may print.
        let properties = keywords["properties"]?.mapValue
        let patternProperties = keywords["patternProperties"]?.mapValue
        var additional: [String] = []
        for key in map.sortedKeys {
            guard let child = map[key] else { continue }
            let childPath = path + "/" + key
            var matched = false
            if let schema = properties?[key] {
                matched = true
                checkSubschema(child, schema, at: childPath)
            }
            for pattern in patternProperties?.sortedKeys ?? [] where Self.matches(key, pattern) {
                matched = true
                checkSubschema(child, patternProperties?[pattern] ?? .null, at: childPath)
            }
            if !matched, let extra = keywords["additionalProperties"] {
                if case .bool(false) = extra {
                    additional.append(key)
                } else {
                    checkSubschema(child, extra, at: childPath)
                }
            }
        }
        if !additional.isEmpty {
            let names = additional.map(Self.quoted).joined(separator: ", ")
            fail(path, "additional properties \(names) not allowed")
        }
        if draft == 4 { return }

        if let names = keywords["propertyNames"] {
            for key in map.sortedKeys {
                // The validator checks a name as a document of its own, so it reports the name,
                // and why it failed, at the empty location.
                var nameCheck = SchemaValidator(root: root)
                nameCheck.depth = depth
                nameCheck.check(.string(key), against: names, at: "")
                if !nameCheck.failures.isEmpty {
                    fail("", "invalid propertyName \(Self.quoted(key))", causes: nameCheck.documentFailures)
                }
            }
        }
        if draft == 6 { return }

        if case .map(let schemas)? = keywords["dependentSchemas"] {
            checkDependentSchemas(map, schemas, at: path)
        }
        if case .map(let required)? = keywords["dependentRequired"] {
            checkDependentRequired(map, required, at: path)
        }
    }

    /// Checks the lists of names of `dependentRequired`, or of draft-07's `dependencies`.
    mutating func checkDependentRequired(_ map: ValueMap, _ entries: ValueMap, at path: String) {
        for key in entries.sortedKeys where map[key] != nil {
            guard case .list(let names)? = entries[key] else { continue }
            let missing = names.compactMap(\.stringValue).filter { map[$0] == nil }
            if !missing.isEmpty {
                let list = missing.map(Self.quoted).joined(separator: ", ")
                fail(path, "properties \(list) required, if \(Self.quoted(key)) exists")
            }
        }
    }

    /// Checks the subschemas of `dependentSchemas`, or of draft-07's `dependencies`.
    mutating func checkDependentSchemas(_ map: ValueMap, _ entries: ValueMap, at path: String) {
        for key in entries.sortedKeys where map[key] != nil {
            guard let schema = entries[key] else { continue }
            if case .list = schema { continue }
            checkSubschema(.map(map), schema, at: path)
        }
    }

    mutating func checkArray(_ items: [Value], _ keywords: ValueMap, at path: String) {
        if let minimum = keywords["minItems"].flatMap(Self.number), Double(items.count) < minimum {
            fail(path, "minItems: got \(SchemaNumbers.integer(items.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxItems"].flatMap(Self.number), Double(items.count) > maximum {
            fail(path, "maxItems: got \(SchemaNumbers.integer(items.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
        if case .bool(true)? = keywords["uniqueItems"], let (first, second) = Self.firstDuplicate(items) {
            fail(path, "items at \(first) and \(second) are equal")
        }
        checkItems(items, keywords, at: path)
        checkContains(items, keywords, at: path)
    }

    /// Checks `items` and `additionalItems` before draft 2020-12, or `prefixItems` and `items`.
    /// The validator names each item past the first ones by its position among the rest, so
    /// the third item of `[a, b, c]` after one prefix schema shows as `/1`.
    mutating func checkItems(_ items: [Value], _ keywords: ValueMap, at path: String) {
        let prefix: [Value]
        let rest: Value?
        if draft < 2020 {
            switch keywords["items"] {
            case .list(let tuple)?:
                prefix = tuple
                rest = keywords["additionalItems"]
            case let schema?:
                prefix = []
                rest = schema
            case nil:
                return
            }
        } else {
            prefix = keywords["prefixItems"]?.listValue ?? []
            rest = keywords["items"]
        }

        let checked = min(prefix.count, items.count)
        for index in 0..<checked {
            checkSubschema(items[index], prefix[index], at: path + "/\(index)")
        }
        guard let rest else { return }
        if draft < 2020, case .bool(false) = rest {
            if checked < items.count {
                fail(path, "last \(SchemaNumbers.integer(items.count - checked)) additionalItem(s) not allowed")
            }
            return
        }
        for (offset, item) in items[checked...].enumerated() {
            checkSubschema(item, rest, at: path + "/\(offset)")
        }
    }

    mutating func checkContains(_ items: [Value], _ keywords: ValueMap, at path: String) {
        guard draft >= 6, let contains = keywords["contains"] else { return }
        var causes: [Failure] = []
        var matched: [Int] = []
        for (index, item) in items.enumerated() {
            if let failure = subschemaFailure(item, contains, at: path + "/\(index)") {
                causes.append(failure)
            } else {
                matched.append(index)
            }
        }
        let shownMatches = matched.map(String.init).joined(separator: " ")

        let minimum = draft >= 2019 ? keywords["minContains"].flatMap(Self.number).map(SchemaNumbers.clamped) : nil
        if let minimum {
            if matched.count < minimum {
                let requirement = "min \(SchemaNumbers.integer(minimum)) items required to match contains schema"
                let found = matched.isEmpty
                    ? "but none matched"
                    : "but matched \(SchemaNumbers.integer(matched.count)) items at \(shownMatches)"
                fail(path, requirement + ", " + found, causes: causes)
            }
        } else if matched.isEmpty {
            fail(path, "no items match contains schema", causes: causes)
        }
        if draft >= 2019, let maximum = keywords["maxContains"].flatMap(Self.number).map(SchemaNumbers.clamped),
           matched.count > maximum {
            fail(path, "max \(SchemaNumbers.integer(maximum)) items required to match contains schema, but matched \(SchemaNumbers.integer(matched.count)) items at \(shownMatches)")
        }
    }

    /// Returns the first pair of equal items, by the later item's position first.
    static func firstDuplicate(_ items: [Value]) -> (Int, Int)? {
        if items.count > 20 {
            // Equal JSON values encode alike (numbers by value, keys sorted), so long lists are
            // compared through their encodings instead of pair by pair.
            var firstIndex: [String: Int] = [:]
            for (index, item) in items.enumerated() {
                let key = (try? JSONCodec.encode(item)) ?? item.goPrinted
                if let earlier = firstIndex[key] { return (earlier, index) }
                firstIndex[key] = index
            }
            return nil
        }
        for second in items.indices {
            for first in 0..<second where jsonEqual(items[first], items[second]) {
                return (first, second)
            }
        }
        return nil
    }

    mutating func checkString(_ text: String, _ keywords: ValueMap, at path: String) {
        let length = text.unicodeScalars.count
        if let minimum = keywords["minLength"].flatMap(Self.number), Double(length) < minimum {
            fail(path, "minLength: got \(SchemaNumbers.integer(length)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxLength"].flatMap(Self.number), Double(length) > maximum {
            fail(path, "maxLength: got \(SchemaNumbers.integer(length)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
        if case .string(let pattern)? = keywords["pattern"], !Self.matches(text, pattern) {
            fail(path, "\(Self.quoted(text)) does not match pattern \(Self.quoted(pattern))")
        }
    }

    mutating func checkNumber(_ number: Double, _ keywords: ValueMap, at path: String) {
        let actual = SchemaNumbers.float(number)
        // Draft 4 writes exclusive bounds as booleans beside `minimum` and `maximum`.
        let exclusiveMinimum = keywords["exclusiveMinimum"].map { if case .bool(true) = $0 { true } else { false } } ?? false
        let exclusiveMaximum = keywords["exclusiveMaximum"].map { if case .bool(true) = $0 { true } else { false } } ?? false
        if let minimum = keywords["minimum"].flatMap(Self.number), number < minimum || (exclusiveMinimum && number == minimum) {
            let name = exclusiveMinimum ? "exclusiveMinimum" : "minimum"
            fail(path, "\(name): got \(actual), want \(SchemaNumbers.float(minimum))")
        }
        if let maximum = keywords["maximum"].flatMap(Self.number), number > maximum || (exclusiveMaximum && number == maximum) {
            let name = exclusiveMaximum ? "exclusiveMaximum" : "maximum"
            fail(path, "\(name): got \(actual), want \(SchemaNumbers.float(maximum))")
        }
        if let minimum = keywords["exclusiveMinimum"].flatMap(Self.number), number <= minimum {
            fail(path, "exclusiveMinimum: got \(actual), want \(SchemaNumbers.float(minimum))")
        }
        if let maximum = keywords["exclusiveMaximum"].flatMap(Self.number), number >= maximum {
            fail(path, "exclusiveMaximum: got \(actual), want \(SchemaNumbers.float(maximum))")
        }
        if let divisor = keywords["multipleOf"].flatMap(Self.number), divisor > 0,
           !SchemaNumbers.isMultiple(number, of: divisor) {
            fail(path, "multipleOf: got \(actual), want \(SchemaNumbers.float(divisor))")
        }
    }

    /// Compares as JSON values: numbers by value whatever their Go kind.
    static func jsonEqual(_ left: Value, _ right: Value) -> Bool {
        if let leftNumber = number(left), let rightNumber = number(right) { return leftNumber == rightNumber }
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { jsonEqual($0, $1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count && a.entries.allSatisfy { key, value in
                b[key].map { jsonEqual(value, $0) } ?? false
            }
        default: return false
        }
    }

    /// Matches a JSON Schema pattern, unanchored, in Go's regexp syntax as Helm's validator
    /// compiles it. A pattern Go rejects matches nothing here: `SchemaPatternCheck` reports the
    /// cases whose wording is known before validation starts.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? GoRegularExpression(pattern) else { return false }
        return (try? expression.matches(text)) ?? false
    }
}
