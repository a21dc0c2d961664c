import HelmKitValues

/// Go's `strconv` parsing of the literals templates contain: quoted strings, character constants
/// and numbers. Failures carry strconv's error texts.
enum GoLiterals {
    struct SyntaxError: Error {
        let message: String
    }

    static let invalidSyntax = SyntaxError(message: "invalid syntax")

    /// Unquotes a double-quoted or raw string like `strconv.Unquote`.
    static func unquote(_ quoted: String) throws -> String {
        let bytes = Array(quoted.utf8)
        guard bytes.count >= 2, let quote = bytes.first, bytes.last == quote else { throw invalidSyntax }
        let body = bytes[1..<(bytes.count - 1)]
        if quote == UInt8(ascii: "`") {
            // strconv drops carriage returns from raw strings.
            if body.contains(UInt8(ascii: "`")) { throw invalidSyntax }
            return GoByteString.string(body.filter { $0 != 0x0D })
        }
        guard quote == UInt8(ascii: "\"") else { throw invalidSyntax }
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == UInt8(ascii: "\"") || byte == 0x0A { throw invalidSyntax }
            if byte != UInt8(ascii: "\\") {
                output.append(byte)
                index += 1
                continue
            }
            let (scalar, isByte, next) = try unescape(body, at: index + 1, quote: quote)
            if isByte {
                output.append(UInt8(truncatingIfNeeded: scalar))
            } else {
                appendUTF8(scalar, to: &output)
            }
            index = next
        }
        return GoByteString.string(output)
    }

    /// Parses a character constant such as `'a'` or `'\n'` into its code point.
    static func unquoteCharConstant(_ text: String) throws -> UInt32 {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "'") else { throw invalidSyntax }
        var value: UInt32
        var next: Int
        if bytes[1] == UInt8(ascii: "\\") {
            let (scalar, _, after) = try unescape(bytes[...], at: 2, quote: UInt8(ascii: "'"))
            value = scalar
            next = after
        } else {
            if bytes[1] == UInt8(ascii: "'") || bytes[1] == 0x0A { throw invalidSyntax }
            let decoded = String(decoding: bytes[1...], as: UTF8.self).unicodeScalars.first
            guard let scalar = decoded else { throw invalidSyntax }
            value = scalar.value
            next = 1 + String(scalar).utf8.count
        }
        guard next == bytes.count - 1, bytes[next] == UInt8(ascii: "'") else {
            throw SyntaxError(message: "malformed character constant: " + text)
        }
        return value
    }

    /// Decodes the escape after a backslash; returns the value, whether it is a raw byte, and the
    /// index after the escape.
    private static func unescape(_ bytes: ArraySlice<UInt8>, at start: Int, quote: UInt8) throws -> (UInt32, Bool, Int) {
        guard start < bytes.endIndex else { throw invalidSyntax }
        let letter = bytes[start]
        switch letter {
        case UInt8(ascii: "a"): return (7, false, start + 1)
        case UInt8(ascii: "b"): return (8, false, start + 1)
        case UInt8(ascii: "f"): return (12, false, start + 1)
        case UInt8(ascii: "n"): return (10, false, start + 1)
        case UInt8(ascii: "r"): return (13, false, start + 1)
        case UInt8(ascii: "t"): return (9, false, start + 1)
        case UInt8(ascii: "v"): return (11, false, start + 1)
        case UInt8(ascii: "\\"): return (92, false, start + 1)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard letter == quote else { throw invalidSyntax }
            return (UInt32(letter), false, start + 1)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let width = letter == UInt8(ascii: "x") ? 2 : (letter == UInt8(ascii: "u") ? 4 : 8)
            var value: UInt32 = 0
            for offset in 1...width {
                guard start + offset < bytes.endIndex, let digit = hexValue(bytes[start + offset]) else { throw invalidSyntax }
                value = value << 4 | digit
            }
            if letter == UInt8(ascii: "x") {
                return (value, quote != UInt8(ascii: "'"), start + width + 1)
            }
            guard Unicode.Scalar(value) != nil else { throw invalidSyntax }
            return (value, false, start + width + 1)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value: UInt32 = 0
            for offset in 0..<3 {
                guard start + offset < bytes.endIndex else { throw invalidSyntax }
                let digit = bytes[start + offset]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "7") else { throw invalidSyntax }
                value = value << 3 | UInt32(digit - UInt8(ascii: "0"))
            }
            guard value <= 255 else { throw invalidSyntax }
            return (value, quote != UInt8(ascii: "'"), start + 3)
        default:
            throw invalidSyntax
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output.append(contentsOf: Array(String(scalar).utf8))
    }

    // MARK: - Numbers

    /// Parses `text` like `strconv.ParseUint(text, 0, 64)`.
    static func parseUnsigned(_ text: String) -> UInt64? {
        var digits = Substring(text)
        guard !digits.isEmpty else { return nil }
        var base: UInt64 = 10
        var prefixed = false
        if digits.first == "0", digits.count >= 2 {
            let letter = digits[digits.index(after: digits.startIndex)]
            switch letter {
            case "x", "X": base = 16; digits = digits.dropFirst(2); prefixed = true
            case "o", "O": base = 8; digits = digits.dropFirst(2); prefixed = true
            case "b", "B": base = 2; digits = digits.dropFirst(2); prefixed = true
            default: base = 8; digits = digits.dropFirst(1)
            }
            if prefixed && digits.isEmpty { return nil }
        }
        var value: UInt64 = 0
        var sawUnderscore = false
        for character in digits {
            if character == "_" {
                sawUnderscore = true
                continue
            }
            guard let digit = character.hexDigitValue, UInt64(digit) < base else { return nil }
            let (product, overflowed) = value.multipliedReportingOverflow(by: base)
            let (sum, overflowedSum) = product.addingReportingOverflow(UInt64(digit))
            if overflowed || overflowedSum { return nil }
            value = sum
        }
        if sawUnderscore && !underscoresAreValid(text) { return nil }
        return value
    }

    /// Parses `text` like `strconv.ParseInt(text, 0, 64)`.
    static func parseSigned(_ text: String) -> Int64? {
        var body = Substring(text)
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard let magnitude = parseUnsigned(String(body)) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        if magnitude > UInt64(Int64.max) { return nil }
        return Int64(magnitude)
    }

    /// Parses `text` like `strconv.ParseFloat(text, 64)` for the forms the lexer produces.
    static func parseFloat(_ text: String) -> Double? {
        if text.contains("_") && !underscoresAreValid(text) { return nil }
        let cleaned = String(text.filter { $0 != "_" })
        let lowered = cleaned.lowercased()
        let unsigned = lowered.hasPrefix("+") || lowered.hasPrefix("-") ? String(lowered.dropFirst()) : lowered
        if unsigned.hasPrefix("0x") {
            // Go requires the p exponent in hexadecimal floats.
            guard unsigned.contains("p") else { return nil }
        } else if unsigned.hasPrefix("0b") || unsigned.hasPrefix("0o") {
            return nil
        }
        guard let first = unsigned.first, first.isNumber || first == "." else { return nil }
        return Double(cleaned)
    }

    /// Checks Go's rule that underscores only separate digits (or a base prefix and a digit).
    static func underscoresAreValid(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        var previous: UInt8 = UInt8(ascii: "^")
        var hexadecimal = false
        if bytes.count >= 2, bytes[bytes.startIndex] == UInt8(ascii: "0") {
            let letter = bytes[bytes.startIndex + 1] | 0x20
            if letter == UInt8(ascii: "b") || letter == UInt8(ascii: "o") || letter == UInt8(ascii: "x") {
                hexadecimal = letter == UInt8(ascii: "x")
                previous = UInt8(ascii: "0")
                bytes = bytes.dropFirst(2)
            }
        }
        for byte in bytes {
            let lower = byte | 0x20
            let isDigit = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (hexadecimal && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f"))
            if isDigit {
                previous = UInt8(ascii: "0")
                continue
            }
            if byte == UInt8(ascii: "_") {
                if previous != UInt8(ascii: "0") { return false }
                previous = UInt8(ascii: "_")
                continue
            }
            if previous == UInt8(ascii: "_") { return false }
            previous = UInt8(ascii: "!")
        }
        return previous != UInt8(ascii: "_")
    }

    /// Builds a number node the way Go's parser does, or throws its error text.
    static func makeNumber(position: Int, text: String, kind: TokenKind) throws -> NumberNode {
        let node = NumberNode(position: position, text: text)
        if kind == .charConstant {
            let value = try unquoteCharConstant(text)
            node.isInt = true
            node.intValue = Int64(value)
            node.isUint = true
            node.uintValue = UInt64(value)
            node.isFloat = true
            node.floatValue = Double(value)
            return node
        }
        if kind == .complex || text.hasSuffix("i") {
            guard let (real, imaginary) = parseComplex(text) else {
                // Go reads `1+2i` with fmt.Sscan, whose error this is, and `2i` with ParseFloat.
                if kind == .complex { throw SyntaxError(message: "syntax error scanning complex number") }
                throw SyntaxError(message: "illegal number syntax: " + GoQuote.quote(text))
            }
            node.isComplex = true
            node.complexValue = (real, imaginary)
            return node
        }
        if let unsigned = parseUnsigned(text) {
            node.isUint = true
            node.uintValue = unsigned
        }
        if let signed = parseSigned(text) {
            node.isInt = true
            node.intValue = signed
            if signed == 0 {
                node.isUint = true
                node.uintValue = 0
            }
        }
        if node.isInt {
            node.isFloat = true
            node.floatValue = Double(node.intValue)
        } else if node.isUint {
            node.isFloat = true
            node.floatValue = Double(node.uintValue)
        } else if let float = parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw SyntaxError(message: "integer overflow: " + GoQuote.quote(text))
            }
            node.isFloat = true
            node.floatValue = float
            if !node.isInt, float.rounded(.towardZero) == float, float >= -9.223372036854775808e18, float < 9.223372036854775808e18 {
                node.isInt = true
                node.intValue = Int64(float)
            }
            if !node.isUint, float.rounded(.towardZero) == float, float >= 0, float < 1.8446744073709551616e19 {
                node.isUint = true
                node.uintValue = UInt64(float)
            }
        }
        if !node.isInt && !node.isUint && !node.isFloat {
            throw SyntaxError(message: "illegal number syntax: " + GoQuote.quote(text))
        }
        return node
    }
}
