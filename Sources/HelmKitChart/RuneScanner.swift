/// A cursor over the characters of a `--set` expression, with strvals' backslash escapes.
struct RuneScanner {
    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var remainder: Substring {
        Substring(String(characters[min(position, characters.count)...]))
    }

    /// Reads up to (and consumes) the first unescaped stop character; nil stop means the end.
    /// With `escapes`, a backslash makes the next character literal.
    mutating func read(until stops: Set<Character>, escapes: Bool = true) -> (String, Character?) {
        var text = ""
        while position < characters.count {
            let character = characters[position]
            position += 1
            if escapes, character == "\\" {
                if position < characters.count {
                    text.append(characters[position])
                    position += 1
                }
                continue
            }
            if stops.contains(character) { return (text, character) }
            text.append(character)
        }
        return (text, nil)
    }

    enum ListReading {
        case list([String])
        case notList
        case endOfInput
        case unterminated
    }

    /// Reads a `{a,b}` list when the next character opens one.
    mutating func readList() -> ListReading {
        guard position < characters.count else { return .endOfInput }
        guard characters[position] == "{" else { return .notList }
        position += 1
        var items: [String] = []
        while true {
            let (text, stop) = read(until: [",", "}"])
            guard let stop else { return .unterminated }
            items.append(text)
            if stop == "}" {
                _ = consume(",")
                return .list(items)
            }
        }
    }

    mutating func consume(_ character: Character) -> Bool {
        guard position < characters.count, characters[position] == character else { return false }
        position += 1
        return true
    }

    mutating func skip(while predicate: (Character) -> Bool) {
        while position < characters.count, predicate(characters[position]) {
            position += 1
        }
    }

    /// Reads one JSON value's text: up to the first comma outside brackets and strings.
    mutating func readJSONValueText() -> String {
        var depth = 0
        var inString = false
        var escaped = false
        let start = position
        while position < characters.count {
            let character = characters[position]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else if character == "\"" {
                inString = true
            } else if character == "{" || character == "[" {
                depth += 1
            } else if character == "}" || character == "]" {
                depth -= 1
            } else if character == ",", depth <= 0 {
                break
            }
            position += 1
        }
        return String(characters[start..<position])
    }
}
