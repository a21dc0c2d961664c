import Foundation
import HelmKitValues

/// The value grammar of TOML: strings, numbers, booleans, dates, arrays and inline tables.
extension TOMLDecoder {
    mutating func parseValue() throws -> Value {
        guard let scalar = peek() else { throw error("unexpected EOF; expected value", withKey: true) }
        switch scalar {
        case "\"": return .string(try parseBasicString())
        case "'": return .string(try parseLiteralString())
        case "[": return try parseArray()
        case "{": return try parseInlineTable()
        default: return try parseBareValue()
        }
    }

    /// Parses `true`, `false`, numbers and dates, which all start with a bare word.
    private mutating func parseBareValue() throws -> Value {
        var word = String.UnicodeScalarView()
        while let scalar = peek(), !" \t\r\n,]}#".unicodeScalars.contains(scalar) {
            word.append(scalar)
            advance()
        }
        // A date and time may be separated by one space: 1979-05-27 07:32:00.
        if peek() == " ", word.count == 10, position + 1 < scalars.count, ("0"..."9").contains(scalars[position + 1]) {
            word.append(" ")
            advance()
            while let scalar = peek(), !" \t\r\n,]}#".unicodeScalars.contains(scalar) {
                word.append(scalar)
                advance()
            }
        }
        let text = String(word)
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Self.number(text) { return number }
        if Self.isDateOrTime(text), let time = Self.dateTime(text) { return .object(TimeObject(time: time)) }
        throw error("expected value but found \(GoQuoting.quote(text)) instead", withKey: true)
    }

    private static func number(_ text: String) -> Value? {
        switch text {
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        guard let first = text.first, first.isNumber || first == "+" || first == "-" else { return nil }
        guard !text.hasPrefix("_"), !text.hasSuffix("_"), !text.contains("__") else { return nil }
        let digits = text.replacingOccurrences(of: "_", with: "")
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            return Int64(digits.dropFirst(2), radix: radix).map(Value.int64)
        }
        let unsigned = digits.hasPrefix("+") || digits.hasPrefix("-") ? String(digits.dropFirst()) : digits
        guard unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }) else { return nil }
        // Leading zeros are not allowed, except in an exponent or a lone zero.
        if unsigned.count > 1, unsigned.hasPrefix("0"), !unsigned.hasPrefix("0."), !unsigned.hasPrefix("0e"), !unsigned.hasPrefix("0E") {
            return nil
        }
        if unsigned.contains(where: { ".eE".contains($0) }) {
            guard !unsigned.hasPrefix("."), !unsigned.hasSuffix("."), !unsigned.contains(".e"), !unsigned.contains(".E") else { return nil }
            return Double(digits).map(Value.float)
        }
        return Int64(digits).map(Value.int64)
    }

    /// Reads a date or time as the library does: an offset date-time in the local zone, and
    /// the local kinds in fixed zones named `datetime-local`, `date-local` and `time-local`.
    private static func dateTime(_ text: String) -> GoTime? {
        var value = text.replacingOccurrences(of: " ", with: "T").replacingOccurrences(of: "t", with: "T")
        value = value.replacingOccurrences(of: "z", with: "Z")
        let localOffset = GoLocation.local.zone(at: Int64(Date().timeIntervalSince1970)).offset
        func fixed(_ name: String) -> GoLocation { GoLocation(name: name, kind: .fixed(name: name, offset: localOffset)) }

        let hasOffset = value.hasSuffix("Z") || value.range(of: #"[+-]\d{2}:\d{2}$"#, options: .regularExpression) != nil
        let candidates: [(String, GoLocation)]
        if value.contains("T") {
            candidates = hasOffset
                ? [("2006-01-02T15:04:05.999999999Z07:00", .local), ("2006-01-02T15:04Z07:00", .local)]
                : [("2006-01-02T15:04:05.999999999", fixed("datetime-local")), ("2006-01-02T15:04", fixed("datetime-local"))]
        } else if value.contains("-") {
            candidates = [("2006-01-02", fixed("date-local"))]
        } else {
            candidates = [("15:04:05.999999999", fixed("time-local")), ("15:04", fixed("time-local"))]
        }
        for (layout, location) in candidates {
            if let time = try? GoTimeParse.parse(layout: layout, value: value, location: location) { return time }
        }
        return nil
    }

    private static func isDateOrTime(_ text: String) -> Bool {
        let pattern = #"^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    private mutating func parseArray() throws -> Value {
        advance()
        var items: [Value] = []
        while true {
            skipBlankLinesAndComments()
            if peek() == "]" {
                advance()
                return .list(items)
            }
            items.append(try parseValue())
            skipBlankLinesAndComments()
            switch peek() {
            case ","?: advance()
            case "]"?: continue
            case nil: throw error("expected a comma (',') or array terminator (']'), but got end of file", withKey: true)
            case let other?: throw error("expected a comma (',') or array terminator (']'), but got \(GoQuoting.quoteRune(other))", withKey: true)
            }
        }
    }

    private mutating func parseInlineTable() throws -> Value {
        advance()
        let table = ValueMap()
        let outerKey = lastKey
        while true {
            skipBlankLinesAndComments()
            if peek() == "}" {
                advance()
                lastKey = outerKey
                return .map(table)
            }
            let path = try parseKey(terminator: "=")
            lastKey = outerKey + path
            advance()
            skipSpaces()
            let value = try parseValue()
            var parent = table
            for name in path.dropLast() {
                if case .map(let next)? = parent[name] {
                    parent = next
                } else {
                    let created = ValueMap()
                    parent[name] = .map(created)
                    parent = created
                }
            }
            let name = path[path.count - 1]
            guard parent[name] == nil else { throw error("Key '\(name)' has already been defined.", withKey: true) }
            parent[name] = value
            skipBlankLinesAndComments()
            switch peek() {
            case ","?: advance()
            case "}"?: continue
            default:
                throw error("expected a comma or an inline table terminator '}', but got end of file instead", withKey: true)
            }
        }
    }

    // MARK: Strings

    mutating func parseBasicString() throws -> String {
        let multiline = startsWith("\"\"\"")
        advance(multiline ? 3 : 1)
        if multiline, peek() == "\n" { advance() }
        var output = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unexpected EOF; expected '\"'", withKey: true) }
            if multiline ? startsWith("\"\"\"") : scalar == "\"" {
                advance(multiline ? 3 : 1)
                // Up to two more quotes right before the closing delimiter belong to the string.
                while multiline, peek() == "\"" {
                    output.append("\"")
                    advance()
                }
                return String(output)
            }
            if scalar == "\n" && !multiline { throw error("strings cannot contain newlines", withKey: true) }
            advance()
            guard scalar == "\\" else {
                output.append(scalar)
                continue
            }
            try appendEscape(to: &output, multiline: multiline)
        }
    }

    private mutating func appendEscape(to output: inout String.UnicodeScalarView, multiline: Bool) throws {
        guard let escaped = peek() else { throw error("unexpected EOF; expected escape", withKey: true) }
        advance()
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "\"": "\"", "\\": "\\", "e": "\u{1B}"]
        if let replacement = simple[escaped] {
            output.append(replacement)
            return
        }
        if escaped == "u" || escaped == "U" || escaped == "x" {
            let lengths: [Unicode.Scalar: Int] = ["u": 4, "U": 8, "x": 2]
            let length = lengths[escaped] ?? 2
            let hex = String(String.UnicodeScalarView(scalars[position..<min(position + length, scalars.count)]))
            guard hex.count == length, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw error("invalid escape: '\\\(escaped)\(hex)'", withKey: true)
            }
            advance(length)
            output.append(scalar)
            return
        }
        if multiline && (escaped == " " || escaped == "\t" || escaped == "\n" || escaped == "\r") {
            // A line-ending backslash removes the newline and the whitespace after it.
            while let next = peek(), next == " " || next == "\t" || next == "\n" || next == "\r" {
                advance()
            }
            return
        }
        throw error("invalid escape in string '\\\(escaped)'", withKey: true)
    }

    mutating func parseLiteralString() throws -> String {
        let multiline = startsWith("'''")
        advance(multiline ? 3 : 1)
        if multiline, peek() == "\n" { advance() }
        var output = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else { throw error("unexpected EOF; expected \"'\"", withKey: true) }
            if multiline ? startsWith("'''") : scalar == "'" {
                advance(multiline ? 3 : 1)
                while multiline, peek() == "'" {
                    output.append("'")
                    advance()
                }
                return String(output)
            }
            if scalar == "\n" && !multiline { throw error("strings cannot contain newlines", withKey: true) }
            output.append(scalar)
            advance()
        }
    }

    // MARK: Reading

    func peek() -> Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    func startsWith(_ text: String) -> Bool {
        let expected = Array(text.unicodeScalars)
        return position + expected.count <= scalars.count && Array(scalars[position..<(position + expected.count)]) == expected
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < scalars.count {
            if scalars[position] == "\n" { line += 1 }
            position += 1
        }
    }

    mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
    }

    mutating func skipComment() {
        while let scalar = peek(), scalar != "\n" { advance() }
    }

    mutating func skipBlankLinesAndComments() {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t", "\r", "\n": advance()
            case "#": skipComment()
            default: return
            }
        }
    }

    /// Returns the library's error text: `toml: line N (last key "a.b"): MESSAGE`.
    func error(_ message: String, withKey: Bool) -> DecodeError {
        let key = lastKey.joined(separator: ".")
        if withKey && !key.isEmpty {
            return DecodeError(description: "toml: line \(line) (last key \(GoQuoting.quote(key))): \(message)")
        }
        return DecodeError(description: "toml: line \(line): \(message)")
    }
}
