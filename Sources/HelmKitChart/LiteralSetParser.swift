import HelmKitValues

/// Parses a `--set-literal` expression: a key path as in `--set` (dots and list indexes, no
/// escapes), then everything after the `=` as one string, commas included, as Helm's strvals
/// literal parser does.
public struct LiteralSetParser {
    var scanner: RuneScanner

    public init(_ expression: String) {
        scanner = RuneScanner(expression)
    }

    /// Parses the expression into `destination`.
    public mutating func parse(into destination: ValueMap) throws {
        while true {
            do {
                try parseKey(into: destination, nestedLevel: 0)
            } catch is EndOfInput {
                return
            }
        }
    }

    mutating func parseKey(into data: ValueMap, nestedLevel: Int) throws {
        let (name, stop) = scanner.read(until: ["=", "[", "."], escapes: false)
        guard let stop else {
            if name.isEmpty { throw EndOfInput() }
            throw ChartError("key \"\(name)\" has no value")
        }
        switch stop {
        case "=":
            let (value, _) = scanner.read(until: [], escapes: false)
            if !name.isEmpty { data[name] = .string(value) }
        case ".":
            let level = nestedLevel + 1
            try SetTargets.checkNestedLevel(level)
            let inner = try SetTargets.map(in: data, named: name)
            var failure: Error?
            do {
                try parseKey(into: inner, nestedLevel: level)
            } catch {
                failure = error
            }
            if failure == nil && inner.isEmpty { throw ChartError("key map \"\(name)\" has no value") }
            if !inner.isEmpty, !name.isEmpty { data[name] = .map(inner) }
            if let failure { throw failure }
        default:
            let index = try parseIndex()
            let list = try SetTargets.list(in: data, named: name)
            do {
                let updated = try parseListItem(list, index: index, nestedLevel: nestedLevel)
                if !name.isEmpty { data[name] = .list(updated) }
            } catch is EndOfInput {
                if !name.isEmpty { data[name] = .list(list) }
                throw EndOfInput()
            }
        }
    }

    mutating func parseIndex() throws -> Int {
        let (text, stop) = scanner.read(until: ["]"], escapes: false)
        guard stop != nil else { throw EndOfInput() }
        guard let index = Int(text) else {
            throw ChartError("error parsing index: strconv.Atoi: parsing \(GoQuoting.quote(text)): invalid syntax")
        }
        return index
    }

    mutating func parseListItem(_ list: [Value], index: Int, nestedLevel: Int) throws -> [Value] {
        if index < 0 { throw ChartError("negative \(index) index not allowed") }
        let (text, stop) = scanner.read(until: ["[", ".", "="], escapes: false)
        if !text.isEmpty {
            let runes = text.map { "'\($0)'" }.joined(separator: " ")
            throw ChartError("unexpected data at end of array index: [\(runes)]")
        }
        guard let stop else { throw EndOfInput() }
        switch stop {
        case "=":
            let (value, _) = scanner.read(until: [], escapes: false)
            return try SetExpressionParser.setIndex(list, index, .string(value))
        case ".":
            var inner = ValueMap()
            if index < list.count, case .map(let map) = list[index] { inner = map }
            try parseKey(into: inner, nestedLevel: nestedLevel)
            return try SetExpressionParser.setIndex(list, index, .map(inner))
        default:
            let nextIndex = try parseIndex()
            var current: [Value] = []
            if index < list.count, case .list(let items) = list[index] { current = items }
            let nested = try parseListItem(current, index: nextIndex, nestedLevel: nestedLevel)
            return try SetExpressionParser.setIndex(list, index, .list(nested))
        }
    }
}
