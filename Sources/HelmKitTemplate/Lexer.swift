/// Splits template text into tokens on demand, as Go's text/template lexer does.
///
/// It works on the UTF-8 bytes and handles the trim markers (`{{- ` and ` -}}`) and comments
/// itself, so the parser never sees them.
struct Lexer {
    private let input: [UInt8]
    private var position = 0
    private var start = 0
    private var atEOF = false
    private var parenDepth = 0
    private var line = 1
    private var startLine = 1
    private var insideAction = false
    private var finished = false
    private let breakAllowed: Bool
    private let continueAllowed: Bool

    private static let leftDelim: [UInt8] = Array("{{".utf8)
    private static let rightDelim: [UInt8] = Array("}}".utf8)
    private static let eofRune: Int32 = -1

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

    private mutating func next() -> Int32 {
        guard position < input.count else {
            atEOF = true
            return Lexer.eofRune
        }
        let (rune, width) = decodeRune(at: position)
        position += width
        if rune == 0x0A { line += 1 }
        return rune
    }

    private mutating func peek() -> Int32 {
        let rune = next()
        backup()
        return rune
    }

    private mutating func backup() {
        guard !atEOF, position > 0 else { return }
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
    private func decodeRune(at index: Int) -> (Int32, Int) {
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

    private mutating func thisToken(_ kind: TokenKind) -> Token {
        // The parser never reads the text of a space token, so it is not copied.
        let value = kind == .space ? "" : text(start, position)
        let token = Token(kind: kind, position: start, value: value, line: startLine)
        start = position
        startLine = line
        return token
    }

    private mutating func ignore() {
        line += countNewlines(start, position)
        start = position
        startLine = line
    }

    private mutating func errorToken(_ message: String) -> Token {
        let token = Token(kind: .error, position: start, value: message, line: startLine)
        finished = true
        return token
    }

    private func text(_ from: Int, _ to: Int) -> String {
        String(decoding: input[from..<to], as: UTF8.self)
    }

    private func countNewlines(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if input[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }

    private func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= input.count else { return false }
        for offset in 0..<prefix.count where input[index + offset] != prefix[offset] {
            return false
        }
        return true
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= input.count else { return nil }
        var index = from
        let last = input.count - needle.count
        while index <= last {
            if input[index] == needle[0] && hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private func hasLeftTrimMarker(at index: Int) -> Bool {
        index + 1 < input.count && input[index] == UInt8(ascii: "-") && Lexer.isSpaceByte(input[index + 1])
    }

    private func hasRightTrimMarker(at index: Int) -> Bool {
        index >= 0 && index + 1 < input.count && Lexer.isSpaceByte(input[index]) && input[index + 1] == UInt8(ascii: "-")
    }

    private func rightTrimLength(_ from: Int, _ to: Int) -> Int {
        var end = to
        while end > from, Lexer.isSpaceByte(input[end - 1]) { end -= 1 }
        return to - end
    }

    private func leftTrimLength(from: Int) -> Int {
        var index = from
        while index < input.count, Lexer.isSpaceByte(input[index]) { index += 1 }
        return index - from
    }

    private func atRightDelim() -> (delim: Bool, trimSpaces: Bool) {
        if hasRightTrimMarker(at: position) && hasPrefix(Lexer.rightDelim, at: position + 2) {
            return (true, true)
        }
        if hasPrefix(Lexer.rightDelim, at: position) {
            return (true, false)
        }
        return (false, false)
    }

    // MARK: - Text and delimiters

    private mutating func lexText() -> Token {
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
    private mutating func lexLeftDelim() -> Token? {
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

    private mutating func lexComment() -> Token? {
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

    private mutating func lexRightDelim() -> Token {
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

    // MARK: - Inside actions

    private mutating func lexInsideAction() -> Token {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 { return lexRightDelim() }
            return errorToken("unclosed left paren")
        }
        let rune = next()
        switch rune {
        case Lexer.eofRune:
            return errorToken("unclosed action")
        case 0x20, 0x09, 0x0D, 0x0A:
            backup()
            return lexSpace()
        case Int32(UInt8(ascii: "=")):
            return thisToken(.assign)
        case Int32(UInt8(ascii: ":")):
            if next() != Int32(UInt8(ascii: "=")) {
                return errorToken("expected :=")
            }
            return thisToken(.declare)
        case Int32(UInt8(ascii: "|")):
            return thisToken(.pipe)
        case Int32(UInt8(ascii: "\"")):
            return lexQuote()
        case Int32(UInt8(ascii: "`")):
            return lexRawQuote()
        case Int32(UInt8(ascii: "$")):
            return lexVariable()
        case Int32(UInt8(ascii: "'")):
            return lexChar()
        case Int32(UInt8(ascii: ".")):
            if position < input.count {
                let following = input[position]
                if following < UInt8(ascii: "0") || following > UInt8(ascii: "9") {
                    return lexFieldOrVariable(.field)
                }
            }
            backup()
            return lexNumber()
        case Int32(UInt8(ascii: "+")), Int32(UInt8(ascii: "-")), Int32(UInt8(ascii: "0"))...Int32(UInt8(ascii: "9")):
            backup()
            return lexNumber()
        case Int32(UInt8(ascii: "(")):
            parenDepth += 1
            return thisToken(.leftParen)
        case Int32(UInt8(ascii: ")")):
            parenDepth -= 1
            if parenDepth < 0 {
                return errorToken("unexpected right paren")
            }
            return thisToken(.rightParen)
        default:
            if Lexer.isAlphaNumeric(rune) {
                backup()
                return lexIdentifier()
            }
            if rune < 0x80, let scalar = Unicode.Scalar(UInt32(rune)), GoQuote.isPrintable(scalar) {
                return thisToken(.char)
            }
            return errorToken("unrecognized character in action: " + Lexer.unicodeForm(rune))
        }
    }

    private mutating func lexSpace() -> Token {
        var spaces = 0
        while true {
            let rune = peek()
            guard rune == 0x20 || rune == 0x09 || rune == 0x0D || rune == 0x0A else { break }
            _ = next()
            spaces += 1
        }
        if hasRightTrimMarker(at: position - 1) && hasPrefix(Lexer.rightDelim, at: position + 1) {
            backup()
            if spaces == 1 { return lexRightDelim() }
        }
        return thisToken(.space)
    }

    private mutating func lexIdentifier() -> Token {
        while true {
            let rune = next()
            if Lexer.isAlphaNumeric(rune) { continue }
            backup()
            let word = text(start, position)
            if !atTerminator() {
                return errorToken("bad character " + Lexer.unicodeForm(rune))
            }
            if let keyword = TokenKind.keywords[word], keyword > .keyword {
                if (keyword == .breakKeyword && !breakAllowed) || (keyword == .continueKeyword && !continueAllowed) {
                    return thisToken(.identifier)
                }
                return thisToken(keyword)
            }
            if word == "true" || word == "false" {
                return thisToken(.bool)
            }
            return thisToken(.identifier)
        }
    }

    private mutating func lexVariable() -> Token {
        if atTerminator() { return thisToken(.variable) }
        return lexFieldOrVariable(.variable)
    }

    private mutating func lexFieldOrVariable(_ kind: TokenKind) -> Token {
        if atTerminator() {
            return thisToken(kind == .variable ? .variable : .dot)
        }
        var rune: Int32
        while true {
            rune = next()
            if !Lexer.isAlphaNumeric(rune) {
                backup()
                break
            }
        }
        if !atTerminator() {
            return errorToken("bad character " + Lexer.unicodeForm(rune))
        }
        return thisToken(kind)
    }

    private mutating func atTerminator() -> Bool {
        let rune = peek()
        switch rune {
        case 0x20, 0x09, 0x0D, 0x0A, Lexer.eofRune:
            return true
        case Int32(UInt8(ascii: ".")), Int32(UInt8(ascii: ",")), Int32(UInt8(ascii: "|")),
             Int32(UInt8(ascii: ":")), Int32(UInt8(ascii: ")")), Int32(UInt8(ascii: "(")):
            return true
        default:
            return hasPrefix(Lexer.rightDelim, at: position)
        }
    }

    private mutating func lexChar() -> Token {
        while true {
            switch next() {
            case Int32(UInt8(ascii: "\\")):
                let escaped = next()
                if escaped != Lexer.eofRune && escaped != 0x0A { continue }
                return errorToken("unterminated character constant")
            case Lexer.eofRune, 0x0A:
                return errorToken("unterminated character constant")
            case Int32(UInt8(ascii: "'")):
                return thisToken(.charConstant)
            default:
                continue
            }
        }
    }

    private mutating func lexNumber() -> Token {
        if !scanNumber() {
            return errorToken("bad number syntax: " + GoQuote.quote(text(start, position)))
        }
        let sign = peek()
        if sign == Int32(UInt8(ascii: "+")) || sign == Int32(UInt8(ascii: "-")) {
            if !scanNumber() || input[position - 1] != UInt8(ascii: "i") {
                return errorToken("bad number syntax: " + GoQuote.quote(text(start, position)))
            }
            return thisToken(.complex)
        }
        return thisToken(.number)
    }

    private mutating func accept(_ valid: String) -> Bool {
        let rune = next()
        if rune >= 0, rune < 0x80, valid.utf8.contains(UInt8(rune)) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while true {
            let rune = next()
            if rune >= 0, rune < 0x80, valid.utf8.contains(UInt8(rune)) { continue }
            backup()
            return
        }
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.utf8.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.utf8.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Lexer.isAlphaNumeric(peek()) {
            _ = next()
            return false
        }
        return true
    }

    private mutating func lexQuote() -> Token {
        while true {
            switch next() {
            case Int32(UInt8(ascii: "\\")):
                let escaped = next()
                if escaped != Lexer.eofRune && escaped != 0x0A { continue }
                return errorToken("unterminated quoted string")
            case Lexer.eofRune, 0x0A:
                return errorToken("unterminated quoted string")
            case Int32(UInt8(ascii: "\"")):
                return thisToken(.string)
            default:
                continue
            }
        }
    }

    private mutating func lexRawQuote() -> Token {
        while true {
            switch next() {
            case Lexer.eofRune:
                return errorToken("unterminated raw quoted string")
            case Int32(UInt8(ascii: "`")):
                return thisToken(.rawString)
            default:
                continue
            }
        }
    }

    // MARK: - Character classes

    static func isAlphaNumeric(_ rune: Int32) -> Bool {
        if rune < 0 { return false }
        if rune < 0x80 {
            let byte = UInt8(rune)
            return byte == UInt8(ascii: "_")
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        guard let scalar = Unicode.Scalar(UInt32(rune)) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    static func unicodeForm(_ rune: Int32) -> String {
        guard rune >= 0, let scalar = Unicode.Scalar(UInt32(rune)) else { return "U+FFFD '\u{FFFD}'" }
        return GoQuote.unicodeForm(scalar)
    }
}
