/// The kinds of lexical items, in Go's order: every kind after `keyword` is a keyword.
enum TokenKind: Int, Comparable {
    case error
    case bool
    case char
    case charConstant
    case comment
    case complex
    case assign
    case declare
    case eof
    case field
    case identifier
    case leftDelim
    case leftParen
    case number
    case pipe
    case rawString
    case rightDelim
    case rightParen
    case space
    case string
    case text
    case variable
    case keyword
    case block
    case breakKeyword
    case continueKeyword
    case dot
    case define
    case elseKeyword
    case end
    case ifKeyword
    case nilKeyword
    case range
    case template
    case with

    static func < (lhs: TokenKind, rhs: TokenKind) -> Bool { lhs.rawValue < rhs.rawValue }

    static let keywords: [String: TokenKind] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
        "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword,
        "range": .range, "nil": .nilKeyword, "template": .template, "with": .with,
    ]
}

/// A lexical item: its kind, byte position in the input, text and starting line.
struct Token {
    var kind: TokenKind
    var position: Int
    var value: String
    var line: Int

    /// The text Go's parser puts into `unexpected …` errors.
    var goDescription: String {
        switch kind {
        case .eof:
            return "EOF"
        case .error:
            return value
        default:
            if kind > .keyword {
                return "<" + value + ">"
            }
            if value.utf8.count > 10 {
                return GoQuote.quote(value, maxRunes: 10) + "..."
            }
            return GoQuote.quote(value)
        }
    }
}
