/// The lexer's states inside an action: operators, literals, identifiers, fields and variables.
extension Lexer {
    mutating func lexInsideAction() -> Token {
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

    mutating func lexSpace() -> Token {
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

    mutating func lexIdentifier() -> Token {
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

    mutating func lexVariable() -> Token {
        if atTerminator() { return thisToken(.variable) }
        return lexFieldOrVariable(.variable)
    }

    mutating func lexFieldOrVariable(_ kind: TokenKind) -> Token {
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

    mutating func atTerminator() -> Bool {
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

    mutating func lexChar() -> Token {
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

    mutating func lexNumber() -> Token {
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

    mutating func accept(_ valid: String) -> Bool {
        let rune = next()
        if rune >= 0, rune < 0x80, valid.utf8.contains(UInt8(rune)) { return true }
        backup()
        return false
    }

    mutating func acceptRun(_ valid: String) {
        while true {
            let rune = next()
            if rune >= 0, rune < 0x80, valid.utf8.contains(UInt8(rune)) { continue }
            backup()
            return
        }
    }

    mutating func scanNumber() -> Bool {
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

    mutating func lexQuote() -> Token {
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

    mutating func lexRawQuote() -> Token {
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
