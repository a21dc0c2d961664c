/// Reads JSON as Go's `json.Unmarshal` into `interface{}` does: numbers become float64, and
/// syntax errors carry encoding/json's text, such as
/// `invalid character 'x' looking for beginning of value`.
///
/// At the end of the input Go's scanner reads one more space, so a number, literal or escape
/// cut short reports `invalid character ' ' …` rather than `unexpected end of JSON input`.
struct JSONReader {
    private let bytes: [UInt8]
    private var position = 0
    /// The error for a number out of float64 range: Go reports it only when the whole input is
    /// valid, and keeps decoding with null in the number's place.
    private(set) var rangeError: ValueError?
    /// The number of open objects and arrays.
    private var depth = 0

    /// encoding/json's `maxNestingDepth` (scanner.go): deeper input fails with
    /// `invalid character '[' exceeded max depth`. It also bounds this reader's recursion.
    static let maxDepth = 10_000

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the whole input as one value; a number out of range leaves null in its place and
    /// sets `rangeError`.
    mutating func readDocument() throws -> Value {
        let value = try readValue()
        skipWhitespace()
        if position < bytes.count {
            throw syntaxError("after top-level value")
        }
        return value
    }

    private mutating func readValue() throws -> Value {
        skipWhitespace()
        guard let byte = peek() else { throw endOfInput() }
        switch byte {
        case UInt8(ascii: "{"):
            return try readObject()
        case UInt8(ascii: "["):
            return try readArray()
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return .null
        default:
            throw syntaxError("looking for beginning of value")
        }
    }

    /// Opens an object or array at the current byte, failing as Go's scanner does past `maxDepth`.
    private mutating func enterNesting() throws {
        depth += 1
        guard depth <= Self.maxDepth else {
            throw ValueError("invalid character \(Self.quoteCharacter(bytes[position])) exceeded max depth")
        }
        position += 1
    }

    private mutating func readObject() throws -> Value {
        try enterNesting()
        defer { depth -= 1 }
        let map = ValueMap()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return .map(map)
        }
        while true {
            skipWhitespace()
            guard let quote = peek() else { throw endOfInput() }
            guard quote == UInt8(ascii: "\"") else { throw syntaxError("looking for beginning of object key string") }
            let key = try readString()

            skipWhitespace()
            guard let colon = peek() else { throw endOfInput() }
            guard colon == UInt8(ascii: ":") else { throw syntaxError("after object key") }
            position += 1
            map[key] = try readValue()

            skipWhitespace()
            guard let separator = peek() else { throw endOfInput() }
            position += 1
            if separator == UInt8(ascii: "}") { return .map(map) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw syntaxError("after object key:value pair")
            }
        }
    }

    private mutating func readArray() throws -> Value {
        try enterNesting()
        defer { depth -= 1 }
        var items: [Value] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try readValue())
            skipWhitespace()
            guard let separator = peek() else { throw endOfInput() }
            position += 1
            if separator == UInt8(ascii: "]") { return .list(items) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw syntaxError("after array element")
            }
        }
    }

    private mutating func readLiteral(_ word: String) throws {
        for expected in word.utf8 {
            guard let byte = peek(), byte == expected else {
                let quoted = "'" + String(Unicode.Scalar(expected)) + "'"
                throw syntaxError("in literal \(word) (expecting \(quoted))")
            }
            position += 1
        }
    }

    private mutating func readNumber() throws -> Value {
        let start = position
        if peek() == UInt8(ascii: "-") {
            position += 1
        }
        guard let first = peek(), isDigit(first) else { throw syntaxError("in numeric literal") }
        position += 1
        if first != UInt8(ascii: "0") {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            try requireDigit(context: "after decimal point in numeric literal")
            skipDigits()
        }
        if let marker = peek(), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                position += 1
            }
            try requireDigit(context: "in exponent of numeric literal")
            skipDigits()
        }

        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        let number = Double(text) ?? .infinity
        guard number.isFinite else {
            if rangeError == nil {
                rangeError = ValueError("json: cannot unmarshal number \(text) into Go value of type float64")
            }
            return .null
        }
        return .float(number)
    }

    private mutating func requireDigit(context: String) throws {
        guard let byte = peek(), isDigit(byte) else { throw syntaxError(context) }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) {
            position += 1
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            position += 1
        }
    }

    private func endOfInput() -> ValueError {
        ValueError("unexpected end of JSON input")
    }

    /// Words a syntax error at the current byte as Go's scanner does.
    func syntaxError(_ context: String) -> ValueError {
        let byte = position < bytes.count ? bytes[position] : 0x20
        return ValueError("invalid character \(Self.quoteCharacter(byte)) \(context)")
    }

    static func quoteCharacter(_ byte: UInt8) -> String {
        if byte == UInt8(ascii: "'") { return "'\\''" }
        if byte == UInt8(ascii: "\"") { return "'\"'" }
        let quoted = GoQuoting.quote(String(Unicode.Scalar(byte)))
        return "'" + quoted.dropFirst().dropLast() + "'"
    }
}

extension JSONReader {
    /// Reads a string literal, decoding escapes; a lone UTF-16 surrogate becomes U+FFFD.
    private mutating func readString() throws -> String {
        position += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else { throw endOfInput() }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return GoUTF8.decode(text)
            case UInt8(ascii: "\\"):
                position += 1
                try readEscape(into: &text)
            case 0..<0x20:
                throw syntaxError("in string literal")
            default:
                text.append(byte)
                position += 1
            }
        }
    }

    private mutating func readEscape(into text: inout [UInt8]) throws {
        guard let byte = peek() else { throw syntaxError("in string escape code") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var unit = try readHexUnit()
            if (0xD800..<0xDC00).contains(unit), bytes.count - position >= 6,
               bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let mark = position
                position += 2
                let low = try readHexUnit()
                if (0xDC00..<0xE000).contains(low) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = mark
                    unit = 0xFFFD
                }
            } else if (0xD800..<0xE000).contains(unit) {
                unit = 0xFFFD
            }
            let scalar = Unicode.Scalar(unit) ?? "\u{FFFD}"
            text.append(contentsOf: String(scalar).utf8)
        default:
            position -= 1
            throw syntaxError("in string escape code")
        }
    }

    private mutating func readHexUnit() throws -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw syntaxError("in \\u hexadecimal character escape") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw syntaxError("in \\u hexadecimal character escape")
            }
            unit = unit << 4 | digit
            position += 1
        }
        return unit
    }
}
