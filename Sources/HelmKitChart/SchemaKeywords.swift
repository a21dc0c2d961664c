import Foundation
import HelmKitFunctions
import HelmKitValues

/// The validation keywords of JSON Schema, by the kind of value they apply to.
extension SchemaValidator {
    mutating func checkType(_ value: Value, _ keywords: ValueMap, at path: String) {
        guard let typeKeyword = keywords["type"] else { return }
        let allowed: [String]
        switch typeKeyword {
        case .string(let name): allowed = [name]
        case .list(let names): allowed = names.compactMap(\.stringValue)
        default: return
        }
        let actual = Self.jsonType(of: value)
        let matches = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
        if !matches {
            let shownActual = actual == "integer" && Self.number(value) != nil ? "number" : actual
            fail(path, "got \(shownActual), want \(allowed.joined(separator: ", "))")
        }
    }

    mutating func checkEnumeration(_ value: Value, _ keywords: ValueMap, at path: String) {
        if case .list(let options)? = keywords["enum"], !options.contains(where: { Self.jsonEqual($0, value) }) {
            let allowed = options.map { option -> String in
                if case .string(let text) = option { return Self.quoted(text) }
                return (try? JSONCodec.encode(option)) ?? option.goPrinted
            }
            fail(path, "value must be one of \(allowed.joined(separator: ", "))")
        }
        if let constant = keywords["const"], !Self.jsonEqual(constant, value) {
            let expected: String
            if case .string(let text) = constant {
                expected = Self.quoted(text)
            } else {
                expected = (try? JSONCodec.encode(constant)) ?? constant.goPrinted
            }
            fail(path, "value must be \(expected)")
        }
    }

    mutating func checkCombinators(_ value: Value, _ keywords: ValueMap, at path: String) {
        if case .list(let schemas)? = keywords["allOf"] {
            let failures = schemas.flatMap { probe(value, $0, at: path) }
            if !failures.isEmpty {
                fail(path, "'allOf' failed" + Self.nested(failures))
            }
        }
        if case .list(let schemas)? = keywords["anyOf"] {
            let results = schemas.map { probe(value, $0, at: path) }
            if !results.contains(where: \.isEmpty) {
                fail(path, "'anyOf' failed" + Self.nested(results.flatMap { $0 }))
            }
        }
        if case .list(let schemas)? = keywords["oneOf"] {
            let results = schemas.map { probe(value, $0, at: path) }
            let matching = results.indices.filter { results[$0].isEmpty }
            if matching.isEmpty {
                fail(path, "'oneOf' failed, none matched" + Self.nested(results.flatMap { $0 }))
            } else if matching.count > 1 {
                fail(path, "'oneOf' failed, subschemas \(matching.map(String.init).joined(separator: ", ")) matched")
            }
        }
        if let negated = keywords["not"], accepts(value, negated, at: path) {
            fail(path, "'not' failed")
        }
        if let condition = keywords["if"] {
            if accepts(value, condition, at: path) {
                if let then = keywords["then"] { check(value, against: then, at: path) }
            } else if let otherwise = keywords["else"] {
                check(value, against: otherwise, at: path)
            }
        }
    }

    /// Returns the failures of `value` against `schema` without recording them.
    func probe(_ value: Value, _ schema: Value, at path: String) -> [Failure] {
        var probe = SchemaValidator(root: root)
        probe.depth = depth
        probe.check(value, against: schema, at: path)
        return probe.failures
    }

    /// Formats sub-failures as the validator nests them under a combinator's failure, each
    /// level two spaces deeper.
    static func nested(_ failures: [Failure]) -> String {
        failures.map { failure in
            let message = failure.message.replacingOccurrences(of: "\n", with: "\n  ")
            return "\n  - at '\(failure.path)': \(message)"
        }.joined()
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
        if case .list(let required)? = keywords["required"] {
            let missing = required.compactMap(\.stringValue).filter { map[$0] == nil }
            if missing.count == 1 {
                fail(path, "missing property \(Self.quoted(missing[0]))")
            } else if !missing.isEmpty {
                fail(path, "missing properties " + missing.map(Self.quoted).joined(separator: ", "))
            }
        }

        let properties = keywords["properties"]?.mapValue
        let patternProperties = keywords["patternProperties"]?.mapValue
        var additional: [String] = []
        for key in map.sortedKeys {
            guard let child = map[key] else { continue }
            let childPath = path + "/" + key
            var matched = false
            if let schema = properties?[key] {
                matched = true
                check(child, against: schema, at: childPath)
            }
            for (pattern, schema) in patternProperties?.entries ?? [:] where Self.matches(key, pattern) {
                matched = true
                check(child, against: schema, at: childPath)
            }
            if !matched, let extra = keywords["additionalProperties"] {
                if case .bool(false) = extra {
                    additional.append(key)
                } else {
                    check(child, against: extra, at: childPath)
                }
            }
        }
        if !additional.isEmpty {
            let names = additional.map(Self.quoted).joined(separator: ", ")
            fail(path, "additional properties \(names) not allowed")
        }
        checkDependencies(map, keywords, at: path)
        if let names = keywords["propertyNames"] {
            for key in map.sortedKeys {
                // A name is no place in the instance, so the validator reports it, and why it
                // failed, at the empty location.
                var probe = SchemaValidator(root: root)
                probe.depth = depth
                probe.check(.string(key), against: names, at: "")
                guard !probe.failures.isEmpty else { continue }
                let reasons = probe.failures.map { "\n  - at '': \($0.message)" }.joined()
                fail("", "invalid propertyName \(Self.quoted(key))" + reasons)
            }
        }
        if let minimum = keywords["minProperties"].flatMap(Self.number), Double(map.count) < minimum {
            fail(path, "minProperties: got \(SchemaNumbers.integer(map.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxProperties"].flatMap(Self.number), Double(map.count) > maximum {
            fail(path, "maxProperties: got \(SchemaNumbers.integer(map.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
    }

    /// Checks `dependentRequired`, `dependentSchemas`, and draft-07's `dependencies`, which may
    /// contain either form.
    mutating func checkDependencies(_ map: ValueMap, _ keywords: ValueMap, at path: String) {
        var required: [(String, [String])] = []
        var schemas: [(String, Value)] = []
        for keyword in ["dependentRequired", "dependentSchemas", "dependencies"] {
            guard case .map(let entries)? = keywords[keyword] else { continue }
            for key in entries.sortedKeys {
                guard let entry = entries[key] else { continue }
                if case .list(let names) = entry {
                    required.append((key, names.compactMap(\.stringValue)))
                } else {
                    schemas.append((key, entry))
                }
            }
        }
        for (key, names) in required where map[key] != nil {
            let missing = names.filter { map[$0] == nil }
            if !missing.isEmpty {
                let list = missing.map(Self.quoted).joined(separator: ", ")
                fail(path, "properties \(list) required, if \(Self.quoted(key)) exists")
            }
        }
        for (key, schema) in schemas where map[key] != nil {
            check(.map(map), against: schema, at: path)
        }
    }

    mutating func checkArray(_ items: [Value], _ keywords: ValueMap, at path: String) {
        var firstUnchecked = 0
        if case .list(let prefix)? = keywords["prefixItems"] {
            for (index, schema) in prefix.enumerated() where index < items.count {
                check(items[index], against: schema, at: path + "/\(index)")
            }
            firstUnchecked = prefix.count
        }
        switch keywords["items"] {
        case .list(let tuple)?:
            // Draft-07 tuple form: one schema per position.
            for (index, schema) in tuple.enumerated() where index < items.count {
                check(items[index], against: schema, at: path + "/\(index)")
            }
        case let schema?:
            for index in items.indices where index >= firstUnchecked {
                check(items[index], against: schema, at: path + "/\(index)")
            }
        case nil:
            break
        }
        if let contains = keywords["contains"] {
            let matching = items.filter { accepts($0, contains, at: path) }.count
            let minimum = keywords["minContains"].flatMap(Self.number).map(SchemaNumbers.clamped) ?? 1
            if matching < minimum {
                fail(path, minimum == 1 ? "no items match contains schema" : "minContains: got \(SchemaNumbers.integer(matching)), want \(SchemaNumbers.integer(minimum))")
            }
            if let maximum = keywords["maxContains"].flatMap(Self.number).map(SchemaNumbers.clamped), matching > maximum {
                fail(path, "maxContains: got \(SchemaNumbers.integer(matching)), want \(SchemaNumbers.integer(maximum))")
            }
        }
        if let minimum = keywords["minItems"].flatMap(Self.number), Double(items.count) < minimum {
            fail(path, "minItems: got \(SchemaNumbers.integer(items.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxItems"].flatMap(Self.number), Double(items.count) > maximum {
            fail(path, "maxItems: got \(SchemaNumbers.integer(items.count)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
        if case .bool(true)? = keywords["uniqueItems"] {
            for first in items.indices {
                for second in items.indices where second > first && Self.jsonEqual(items[first], items[second]) {
                    fail(path, "items at \(first) and \(second) are equal")
                    return
                }
            }
        }
    }

    mutating func checkString(_ text: String, _ keywords: ValueMap, at path: String) {
        let length = text.unicodeScalars.count
        if let minimum = keywords["minLength"].flatMap(Self.number), Double(length) < minimum {
            fail(path, "minLength: got \(SchemaNumbers.integer(length)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(minimum)))")
        }
        if let maximum = keywords["maxLength"].flatMap(Self.number), Double(length) > maximum {
            fail(path, "maxLength: got \(SchemaNumbers.integer(length)), want \(SchemaNumbers.integer(SchemaNumbers.clamped(maximum)))")
        }
        if assertsFormats, case .string(let format)? = keywords["format"],
           let problem = SchemaFormats.problem(text, format: format) {
            fail(path, "\(Self.quoted(text)) is not valid \(format): \(problem)")
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
