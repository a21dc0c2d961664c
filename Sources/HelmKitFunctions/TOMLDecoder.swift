import HelmKitValues

/// TOML decoding as BurntSushi/toml v1.6.0 does into `map[string]interface{}`, which Helm's
/// `fromToml` uses: integers become int64, floats float64, and tables maps.
///
/// Dates and times become `time.Time` objects, as in the library.
/// NOTE: error texts match the library's for the common mistakes only.
struct TOMLDecoder {
    struct DecodeError: Error, CustomStringConvertible {
        let description: String
    }

    let scalars: [Unicode.Scalar]
    var position = 0
    var line = 1
    var lastKey: [String] = []
    /// The path of the table the last header opened, which errors name after a key's value.
    var context: [String] = []
    let root = ValueMap()
    var definedTables: Set<[String]> = []

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func decode(_ text: String) throws -> ValueMap {
        var decoder = TOMLDecoder(text)
        try decoder.parseDocument()
        return decoder.root
    }

    // MARK: Document structure

    private mutating func parseDocument() throws {
        var table = root
        while true {
            skipBlankLinesAndComments()
            guard let scalar = peek() else { return }
            if scalar == "[" {
                table = try parseTableHeader()
            } else {
                try parseKeyValue(into: table)
            }
            skipSpaces()
            if peek() == "#" { skipComment() }
            guard let next = peek() else { return }
            guard next == "\n" || next == "\r" else {
                throw error("expected a top-level item to end with a newline, comment, or EOF, but got '\(next)' instead", withKey: true)
            }
        }
    }

    private mutating func parseTableHeader() throws -> ValueMap {
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        skipSpaces()
        let path = try parseKey(terminator: "]")
        advance()
        if isArray {
            guard peek() == "]" else { throw error("expected ']]' to close the array of tables", withKey: false) }
            advance()
        }

        let parent = try table(at: Array(path.dropLast()), in: root)
        let name = path[path.count - 1]
        context = path
        lastKey = path
        if isArray {
            let element = ValueMap()
            switch parent[name] {
            case nil: parent[name] = .list([.map(element)])
            case .list(let items)?: parent[name] = .list(items + [.map(element)])
            default: throw error("Key '\(path.joined(separator: "."))' has already been defined.", withKey: false)
            }
            return element
        }
        guard !definedTables.contains(path) else {
            throw error("Key '\(path.joined(separator: "."))' has already been defined.", withKey: false)
        }
        definedTables.insert(path)
        switch parent[name] {
        case nil:
            let created = ValueMap()
            parent[name] = .map(created)
            return created
        case .map(let existing)?:
            return existing
        default:
            throw error("Key '\(path.joined(separator: "."))' has already been defined.", withKey: false)
        }
    }

    /// Returns the table at `path` below `base`, creating missing tables; the last element of an
    /// array of tables stands for the array.
    private func table(at path: [String], in base: ValueMap) throws -> ValueMap {
        var current = base
        for name in path {
            switch current[name] {
            case nil:
                let created = ValueMap()
                current[name] = .map(created)
                current = created
            case .map(let next)?:
                current = next
            case .list(let items)?:
                guard case .map(let last)? = items.last else { throw error("Key '\(name)' has already been defined.", withKey: false) }
                current = last
            default:
                throw error("Key '\(name)' has already been defined.", withKey: true)
            }
        }
        return current
    }

    private mutating func parseKeyValue(into table: ValueMap) throws {
        if peek() == "=" { throw error("unexpected '=': key name appears blank", withKey: false) }
        let path = try parseKey(terminator: "=")
        lastKey = context + path
        advance()
        skipSpaces()
        let value = try parseValue()
        let parent = try self.table(at: Array(path.dropLast()), in: table)
        let name = path[path.count - 1]
        guard parent[name] == nil else { throw error("Key '\(name)' has already been defined.", withKey: true) }
        parent[name] = value
        lastKey = context
    }

    /// Reads a dotted key up to `terminator` (`=` after a key, `]` after a table name), leaving
    /// the terminator unread.
    mutating func parseKey(terminator: Unicode.Scalar) throws -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            switch peek() {
            case "\""?: parts.append(try parseBasicString())
            case "'"?: parts.append(try parseLiteralString())
            default:
                var part = String.UnicodeScalarView()
                while let scalar = peek(), scalar.isASCII,
                      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
                    part.append(scalar)
                    advance()
                }
                if !part.isEmpty { parts.append(String(part)) }
            }
            skipSpaces()
            let next = peek()
            if next == "." && !parts.isEmpty {
                advance()
                continue
            }
            if next == terminator && !parts.isEmpty { return parts }
            throw keyEndError(next, terminator: terminator)
        }
    }

    private func keyEndError(_ found: Unicode.Scalar?, terminator: Unicode.Scalar) -> DecodeError {
        let quotedCharacter = GoQuoting.quoteRune(found ?? "\u{0}")
        if terminator == "]" {
            return error("expected '.' or ']' to end table name, but got \(quotedCharacter) instead", withKey: false)
        }
        guard found != nil else { return error("unexpected EOF; expected key separator '='", withKey: true) }
        return error("expected '.' or '=', but got \(quotedCharacter) instead", withKey: true)
    }
}
