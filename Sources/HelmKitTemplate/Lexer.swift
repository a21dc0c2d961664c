import HelmKitValues

/// Splits template text into tokens on demand, as Go's text/template lexer does.
///
/// It works on the UTF-8 bytes and handles the trim markers (`{{- ` and ` -}}`) and comments
/// itself, so the parser never receives them.
struct Lexer {
    let input: [UInt8]
    var position = 0
    var start = 0
    var atEOF = false
    var parenDepth = 0
    var line = 1
    var startLine = 1
    var insideAction = false
    var finished = false
    let breakAllowed: Bool
    let continueAllowed: Bool

    static let leftDelim: [UInt8] = Array("{{".utf8)
    static let rightDelim: [UInt8] = Array("}}".utf8)
    static let eofRune: Int32 = -1

    init(input: [UInt8], breakAllowed: Bool, continueAllowed: Bool) {
        self.input = input
        self.breakAllowed = breakAllowed
        self.continueAllowed = continueAllowed
    }

    /// Returns the next token; after the end or an error it keeps returning EOF.
    mutating func nextToken() -> Token {
        if finished {
            return Token(kind: .eof, position: position, value: "EOF", line: startLine)
        }
        return insideAction ? lexInsideAction() : lexText()
    }

    // MARK: - Reading runes

    mutating func next() -> Int32 {
        guard position < input.count else {
            atEOF = true
            return Lexer.eofRune
        }
        let (rune, width) = decodeRune(at: position)
        position += width
        if rune == 0x0A { line += 1 }
        return rune
    }

    mutating func peek() -> Int32 {
        // An ASCII byte is one rune that `next` and `backup` would step over and back.
        if !atEOF, position < input.count, input[position] < 0x80 { return Int32(input[position]) }
        let rune = next()
        backup()
        return rune
    }

    mutating func backup() {
        guard !atEOF, position > 0 else { return }
        if input[position - 1] < 0x80 {
            position -= 1
            if input[position] == 0x0A { line -= 1 }
            return
        }
        var begin = position - 1
        while begin > 0, position - begin < 4, input[begin] & 0xC0 == 0x80 {
            begin -= 1
        }
        let (rune, width) = decodeRune(at: begin)
        guard begin + width == position else {
            position -= 1
            return
        }
        position = begin
        if rune == 0x0A { line -= 1 }
    }

    /// Decodes one rune; an invalid byte decodes as U+FFFD of width 1, as in Go.
    func decodeRune(at index: Int) -> (Int32, Int) {
        let first = input[index]
        if first < 0x80 { return (Int32(first), 1) }
        var length = 0
        var value: UInt32 = 0
        if first & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(first & 0x1F)
        } else if first & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(first & 0x0F)
        } else if first & 0xF8 == 0xF0 {
            length = 4
            value = UInt32(first & 0x07)
        } else {
            return (0xFFFD, 1)
        }
        guard index + length <= input.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let byte = input[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Int32(bitPattern: value), length)
    }

    // MARK: - Items

    mutating func thisToken(_ kind: TokenKind) -> Token {
        // The parser never reads the text of a space token, so it is not copied.
        let value = kind == .space ? "" : text(start, position)
        let token = Token(kind: kind, position: start, value: value, line: startLine)
        start = position
        startLine = line
        return token
    }

    mutating func ignore() {
        line += countNewlines(start, position)
        start = position
        startLine = line
    }

    mutating func errorToken(_ message: String) -> Token {
        let token = Token(kind: .error, position: start, value: message, line: startLine)
        finished = true
        return token
    }

    func text(_ from: Int, _ to: Int) -> String {
        GoByteString.string(input[from..<to])
    }

    func countNewlines(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if input[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }

    func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= input.count else { return false }
        for offset in 0..<prefix.count where input[index + offset] != prefix[offset] {
            return false
        }
        return true
    }

    func find(_ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= input.count else { return nil }
        var index = from
        let last = input.count - needle.count
        while index <= last {
            if input[index] == needle[0] && hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    func hasLeftTrimMarker(at index: Int) -> Bool {
        index + 1 < input.count && input[index] == UInt8(ascii: "-") && Lexer.isSpaceByte(input[index + 1])
    }

    func hasRightTrimMarker(at index: Int) -> Bool {
        index >= 0 && index + 1 < input.count && Lexer.isSpaceByte(input[index]) && input[index + 1] == UInt8(ascii: "-")
    }

    func rightTrimLength(_ from: Int, _ to: Int) -> Int {
        var end = to
        while end > from, Lexer.isSpaceByte(input[end - 1]) { end -= 1 }
        return to - end
    }

    func leftTrimLength(from: Int) -> Int {
        var index = from
        while index < input.count, Lexer.isSpaceByte(input[index]) { index += 1 }
        return index - from
    }

    func atRightDelim() -> (delim: Bool, trimSpaces: Bool) {
        if hasRightTrimMarker(at: position) && hasPrefix(Lexer.rightDelim, at: position + 2) {
            return (true, true)
        }
        if hasPrefix(Lexer.rightDelim, at: position) {
            return (true, false)
        }
        return (false, false)
    }

    // MARK: - Text and delimiters

    mutating func lexText() -> Token {
        while true {
            guard let delimAt = find(Lexer.leftDelim, from: position) else {
                position = input.count
                if position > start {
                    line += countNewlines(start, position)
                    return thisToken(.text)
                }
                return thisToken(.eof)
            }
            if delimAt > position {
                position = delimAt
                var trimLength = 0
                if hasLeftTrimMarker(at: position + Lexer.leftDelim.count) {
                    trimLength = rightTrimLength(start, position)
                }
                position -= trimLength
                line += countNewlines(start, position)
                let token = thisToken(.text)
                position += trimLength
                ignore()
                if !token.value.isEmpty { return token }
            }
            if let token = lexLeftDelim() { return token }
        }
    }

    /// Scans `{{`; returns nil after skipping a comment, when scanning text continues.
    mutating func lexLeftDelim() -> Token? {
        position += Lexer.leftDelim.count
        let trimSpace = hasLeftTrimMarker(at: position)
        let afterMarker = trimSpace ? 2 : 0
        if input.count > position + afterMarker + 1,
           input[position + afterMarker] == UInt8(ascii: "/"), input[position + afterMarker + 1] == UInt8(ascii: "*") {
            position += afterMarker
            ignore()
            return lexComment()
        }
        let token = thisToken(.leftDelim)
        insideAction = true
        position += afterMarker
        ignore()
        parenDepth = 0
        return token
    }

    mutating func lexComment() -> Token? {
        position += 2
        guard let close = find(Array("*/".utf8), from: position) else {
            return errorToken("unclosed comment")
        }
        position = close + 2
        let (delim, trimSpace) = atRightDelim()
        if !delim {
            return errorToken("comment ends before closing delimiter")
        }
        line += countNewlines(start, position)
        start = position
        startLine = line
        if trimSpace { position += 2 }
        position += Lexer.rightDelim.count
        if trimSpace { position += leftTrimLength(from: position) }
        ignore()
        return nil
    }

    mutating func lexRightDelim() -> Token {
        let (_, trimSpace) = atRightDelim()
        if trimSpace {
            position += 2
            ignore()
        }
        position += Lexer.rightDelim.count
        let token = thisToken(.rightDelim)
        if trimSpace {
            position += leftTrimLength(from: position)
            ignore()
        }
        insideAction = false
        return token
    }
}
