/// The word splitting behind xstrings v1.5.0's `ToSnakeCase` and `ToKebabCase`: text splits into
/// runs of capitals, letters, numbers, connectors and punctuation, which are lowered and joined.
extension StringCase {
    enum WordKind {
        case end, number, upperCase, alphabet, connector, punctuation, other
    }

    struct Word {
        var kind: WordKind
        var scalars: ArraySlice<Unicode.Scalar>
    }

    /// Converts to lower case words joined by `connector` (`_` for snake case, `-` for kebab case).
    static func joinLowercased(_ text: String, connector: Unicode.Scalar) -> String {
        var reader = WordReader(Array(text.unicodeScalars))
        var output = String.UnicodeScalarView()
        func write(_ word: Word) { appendLowered(word, connector: connector, to: &output) }

        var word = reader.next()
        while !reader.isAtEnd {
            if word.kind != .connector { write(word) }
            let previous = word
            word = reader.next()

            switch previous.kind {
            case .number:
                while word.kind == .alphabet || word.kind == .number {
                    write(word)
                    word = reader.next()
                }
                if ![.end, .punctuation, .connector].contains(word.kind) { output.append(connector) }
            case .connector:
                write(previous)
            case .punctuation:
                break
            default:
                guard word.kind == .number else {
                    if word.kind != .connector && word.kind != .punctuation { output.append(connector) }
                    break
                }
                guard !reader.isAtEnd else { break }
                let number = word
                word = reader.next()
                guard word.kind == .alphabet else {
                    write(number)
                    if word.kind != .connector && word.kind != .punctuation { output.append(connector) }
                    break
                }
                output.append(connector)
                write(number)
                while word.kind == .alphabet || word.kind == .number {
                    write(word)
                    word = reader.next()
                }
                if ![.end, .connector, .punctuation].contains(word.kind) { output.append(connector) }
            }
        }
        write(word)
        return String(output)
    }

    /// Writes a word, lowering capitals and turning connectors into `connector`; only capital and
    /// connector words change.
    private static func appendLowered(_ word: Word, connector: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        guard word.kind == .upperCase || word.kind == .connector else {
            output.append(contentsOf: word.scalars)
            return
        }
        for scalar in word.scalars {
            if isConnector(scalar) {
                output.append(connector)
            } else if GoUnicode.isUpper(scalar) {
                output.append(GoUnicode.toLower(scalar))
            } else {
                output.append(scalar)
            }
        }
    }

    /// Tests xstrings' `isAlphabet`: a letter outside the main CJK blocks.
    static func isAlphabet(_ scalar: Unicode.Scalar) -> Bool {
        guard GoUnicode.isLetter(scalar) else { return false }
        switch scalar.value {
        case 0x4E00...0x9FCC, 0x3400...0x4D85, 0x20000...0x2B81D: return false
        default: return true
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    struct WordReader {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var isAtEnd: Bool { position >= scalars.count }

        /// Reads the next word; at the end it returns an empty word of kind `.end`.
        mutating func next() -> Word {
            let start = position
            guard start < scalars.count else { return Word(kind: .end, scalars: []) }
            let first = scalars[start]
            position += 1
            let kind: WordKind

            if isConnector(first) {
                kind = .connector
                skip(while: isConnector)
            } else if isPunctuation(first) {
                kind = .punctuation
                skip(while: isPunctuation)
            } else if GoUnicode.isUpper(first) {
                kind = .upperCase
                readCapitalized()
            } else if isAlphabet(first) {
                kind = .alphabet
                skip { isAlphabet($0) && !GoUnicode.isUpper($0) }
            } else if isNumber(first) {
                kind = .number
                skip(while: isNumber)
            } else {
                kind = .other
                skip { !(isConnector($0) || isAlphabet($0) || isNumber($0) || isPunctuation($0)) }
            }
            return Word(kind: kind, scalars: scalars[start..<position])
        }

        /// Reads the rest of a word that starts with a capital: either a capitalized word
        /// ("Server") or a run of capitals ("HTTP"), leaving the last capital of the run for the
        /// next word when a lower-case letter follows ("HTTPServer").
        private mutating func readCapitalized() {
            guard position < scalars.count else { return }
            let second = scalars[position]
            if GoUnicode.isUpper(second) {
                skip(while: GoUnicode.isUpper)
                if position < scalars.count, isAlphabet(scalars[position]) {
                    position -= 1
                }
            } else if isAlphabet(second) {
                skip { isAlphabet($0) && !GoUnicode.isUpper($0) }
            }
        }

        private mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
            while position < scalars.count, predicate(scalars[position]) {
                position += 1
            }
        }
    }
}
