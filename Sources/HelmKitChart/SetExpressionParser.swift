import HelmKitValues

/// Parses `--set`-style expressions (`a.b=c,list[0]=x,tags={a,b}`) into a values map, with the
/// grammar, escapes and error texts of Helm's strvals parser.
///
/// The parser writes into the map it is given, as Helm parses every flag into the same map, so a
/// later expression can index into a list an earlier one created.
public struct SetExpressionParser {
    /// The conversion from a value's text to a value, one per flag.
    public enum ValueReading {
        /// `--set`: `true`, `false`, `null` and decimal integers are typed; the rest are strings.
        case typed
        /// `--set-string`: every value is a string.
        case string
        /// `--set-file`: the value names a file whose contents become the string value.
        case file(read: (String) throws -> String)
        /// `--set-json`: every value is a JSON document.
        case json
    }

    /// Helm's bounds on nesting depth of dotted names and on list indexes.
    static let maxNestedNameLevel = 30
    static let maxIndex = 65536

    var scanner: RuneScanner
    let reading: ValueReading

    public init(_ expression: String, reading: ValueReading) {
        scanner = RuneScanner(expression)
        self.reading = reading
    }

    /// Parses the whole expression into `destination`.
    public mutating func parse(into destination: ValueMap) throws {
        while true {
            do {
                try parseKey(into: destination, nestedLevel: 0)
            } catch is EndOfInput {
                return
            }
        }
    }

    // MARK: Keys

    mutating func parseKey(into data: ValueMap, nestedLevel: Int) throws {
        let (name, stop) = scanner.read(until: ["=", "[", ",", "."])
        guard let stop else {
            if name.isEmpty { throw EndOfInput() }
            throw ChartError("key \"\(name)\" has no value")
        }
        switch stop {
        case "[":
            let index = try parseIndex()
            let list = try SetTargets.list(in: data, named: name)
            do {
                let result = try parseListItem(list, index: index, nestedLevel: nestedLevel)
                if !name.isEmpty { data[name] = .list(result.list) }
                if let error = result.error { throw error }
            } catch is EndOfInput {
                // Helm stores the list as it was and ends the parse without an error.
                if !name.isEmpty { data[name] = .list(list) }
                throw EndOfInput()
            }
        case "=":
            try parseAssignedValue { value in
                if !name.isEmpty { data[name] = value }
            }
        case ",":
            if !name.isEmpty { data[name] = .string("") }
            throw ChartError("key \"\(name)\" has no value (cannot end with ,)")
        default:
            let level = nestedLevel + 1
            try SetTargets.checkNestedLevel(level)
            let inner = try SetTargets.map(in: data, named: name)
            var failure: Error?
            do {
                try parseKey(into: inner, nestedLevel: level)
            } catch {
                failure = error
            }
            if failure == nil && inner.isEmpty {
                throw ChartError("key map \"\(name)\" has no value")
            }
            if !inner.isEmpty, !name.isEmpty { data[name] = .map(inner) }
            if let failure { throw failure }
        }
    }

    /// Reads what follows `=`: a `{a,b}` list, a JSON document, or a plain value, and stores it.
    mutating func parseAssignedValue(store: (Value) -> Void) throws {
        if case .json = reading {
            try parseJSONValue(store: store)
            return
        }
        switch scanner.readList() {
        case .list(let items):
            store(.list(try items.map(makeValue)))
        case .endOfInput:
            store(.string(""))
            throw EndOfInput()
        case .unterminated:
            throw ChartError("list must terminate with '}'")
        case .notList:
            let (text, _) = scanner.read(until: [","])
            store(try makeValue(text))
        }
    }

    mutating func parseJSONValue(store: (Value) -> Void) throws {
        let rest = scanner.remainder
        if rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," }) || rest.first == "," {
            store(.null)
            scanner.skip(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
            _ = scanner.consume(",")
            return
        }
        // TODO: Go's json.Decoder reads one value from a stream; this takes the text up to the
        // first top-level comma.
        let text = scanner.readJSONValueText()
        store(try JSONCodec.decode(text))
        scanner.skip(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        _ = scanner.consume(",")
    }

    // MARK: Lists

    mutating func parseIndex() throws -> Int {
        let (text, stop) = scanner.read(until: ["]"])
        // Helm wraps the end of input here, but its parse loop still takes it as the end.
        guard stop != nil else { throw EndOfInput() }
        guard let index = Int(text) else {
            let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
            let isNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
            let reason = isNumber ? "value out of range" : "invalid syntax"
            throw ChartError("error parsing index: strconv.Atoi: parsing \(GoQuoting.quote(text)): \(reason)")
        }
        return index
    }

    /// Parses what follows `name[index]`, returning the updated list and any error after it.
    mutating func parseListItem(_ list: [Value], index: Int, nestedLevel: Int) throws -> (list: [Value], error: Error?) {
        if index < 0 { throw ChartError("negative \(index) index not allowed") }
        let (text, stop) = scanner.read(until: ["[", ".", "="])
        if !text.isEmpty {
            // Go formats the rune slice with %q: each rune quoted, in brackets.
            let runes = text.map { "'\($0)'" }.joined(separator: " ")
            throw ChartError("unexpected data at end of array index: [\(runes)]")
        }
        guard let stop else { throw EndOfInput() }
        switch stop {
        case "=":
            var assigned: Value = .string("")
            var failure: Error?
            do {
                try parseAssignedValue { assigned = $0 }
            } catch is EndOfInput {
                failure = nil
            } catch {
                failure = error
            }
            if let failure { throw failure }
            return (try Self.setIndex(list, index, assigned), nil)
        case "[":
            let nextIndex: Int
            do {
                nextIndex = try parseIndex()
            } catch is EndOfInput {
                return (list, EndOfInput())
            }
            var current: [Value] = []
            if index < list.count, case .list(let items) = list[index] { current = items }
            let nested = try parseListItem(current, index: nextIndex, nestedLevel: nestedLevel)
            return (try Self.setIndex(list, index, .list(nested.list)), nested.error)
        default:
            var inner = ValueMap()
            if index < list.count, case .map(let map) = list[index] { inner = map }
            try parseKey(into: inner, nestedLevel: nestedLevel)
            return (try Self.setIndex(list, index, .map(inner)), nil)
        }
    }

    static func setIndex(_ list: [Value], _ index: Int, _ value: Value) throws -> [Value] {
        if index < 0 { throw ChartError("negative \(index) index not allowed") }
        if index > Self.maxIndex {
            throw ChartError("index of \(index) is greater than maximum supported index of \(Self.maxIndex)")
        }
        var result = list
        if result.count <= index {
            result.append(contentsOf: Array(repeating: .null, count: index + 1 - result.count))
        }
        result[index] = value
        return result
    }

    // MARK: Values

    func makeValue(_ text: String) throws -> Value {
        switch reading {
        case .string: return .string(text)
        case .typed: return Self.typedValue(text)
        case .file(let read): return .string(try read(text))
        case .json: return try JSONCodec.decode(text)
        }
    }

    /// Types a `--set` value as Helm does: booleans and `null` in any case, `0`, and decimal
    /// integers without a leading zero that fit in int64.
    static func typedValue(_ text: String) -> Value {
        let lowered = text.lowercased()
        if lowered == "true" { return .bool(true) }
        if lowered == "false" { return .bool(false) }
        if lowered == "null" { return .null }
        if text == "0" { return .int64(0) }
        if let first = text.first, first != "0", let number = Int64(text) {
            return .int64(number)
        }
        return .string(text)
    }

}

/// The parser reached the end of its input, which ends a parse without error.
struct EndOfInput: Error {}
