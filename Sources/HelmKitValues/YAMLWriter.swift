import Foundation

/// A Go value with a JSON form of its own, as `json.Marshal` would give for its exported fields.
public protocol JSONRepresentable {
    /// The value encoding/json would produce, made of maps, lists and scalars.
    var jsonValue: Value { get }
}

/// Writes a value as `sigs.k8s.io/yaml.Marshal` does: encoding/json first, then go-yaml v2 reads
/// that JSON and emits it with the scalar styles chosen here and libyaml's emitter.
struct YAMLWriter {
    private let emitter: LibYAMLEmitter
    /// Whether strings go through the JSON round trip of sigs.k8s.io/yaml, which folds U+0085
    /// (see `NextLineFolding`) and rejects some characters. go-yaml v3 does neither.
    private let roundTripsJSON: Bool
    private let foldsLines: Bool

    /// The first error go-yaml v2 raises on reading the JSON form back. It is raised after the
    /// whole value is written, because encoding/json's errors (NaN, infinities) come first.
    private var readBackError: ValueError?
    /// The number of U+0085 (NEL) characters written so far: encoding/json leaves them
    /// unescaped, and go-yaml v2 counts each as a line break when it reads the JSON form.
    private var nextLineCount = 0
    /// Set once a string got `TrailingBreakMarker.marker` appended.
    private var usesTrailingBreakMarker = false

    /// False for the second pass made when a string contains a placeholder character, because
    /// placeholders would then not be unique (see `ByteOrderMarkString`).
    private let usesPlaceholders: Bool
    /// Placeholders for strings that start with a byte order mark, and their escaped text.
    private var placeholders: [(placeholder: String, escaped: String)] = []
    private var containsPlaceholderCharacter = false

    init(roundTripsJSON: Bool = true, foldsLines: Bool = true, usesPlaceholders: Bool = true) {
        self.roundTripsJSON = roundTripsJSON
        self.foldsLines = foldsLines
        self.usesPlaceholders = usesPlaceholders
        emitter = LibYAMLEmitter(foldsLines: foldsLines)
    }

    mutating func write(_ value: Value) throws -> String {
        try emitter.startDocument()
        try writeNode(value)
        try emitter.endDocument()
        if roundTripsJSON, let readBackError {
            throw readBackError
        }
        if !placeholders.isEmpty && containsPlaceholderCharacter {
            // TODO: a string with a private-use character from the placeholder range makes
            // strings that start with a byte order mark print as libyaml escapes them.
            var plainWriter = YAMLWriter(roundTripsJSON: roundTripsJSON, foldsLines: foldsLines, usesPlaceholders: false)
            return try plainWriter.write(value)
        }
        var text = usesTrailingBreakMarker ? TrailingBreakMarker.removed(from: emitter.text) : emitter.text
        for (placeholder, escaped) in placeholders {
            if let range = text.range(of: placeholder) {
                text.replaceSubrange(range, with: escaped)
            }
        }
        return text
    }

    private mutating func writeNode(_ value: Value) throws {
        switch value {
        case .null:
            try emitter.scalar("null", style: .plain)
        case .bool(let flag):
            try emitter.scalar(flag ? "true" : "false", style: .plain)
        case .int(let number), .int64(let number):
            try emitter.scalar(String(number), style: .plain)
        case .float(let number):
            guard number.isFinite else {
                let text = GoFloat.format(number, verb: "g", precision: -1)
                throw ValueError("error marshaling into JSON: json: unsupported value: \(text)")
            }
            try emitter.scalar(GoNumberText.yaml(number), style: .plain)
        case .string(let text):
            try writeString(text)
        case .bytes(let bytes):
            try writeString(Data(bytes).base64EncodedString())
        case .list(let items):
            try emitter.startSequence()
            for item in items {
                try writeNode(item)
            }
            try emitter.endSequence()
        case .map(let map):
            try writeMapping(map)
        case .object(let object):
            // TODO: objects without a JSON form encode as `{}`; encoding/json would list their
            // exported fields.
            let jsonValue = (object as? any JSONRepresentable)?.jsonValue ?? .map(ValueMap())
            try writeNode(jsonValue)
        }
    }

    private mutating func writeMapping(_ map: ValueMap) throws {
        try emitter.startMapping()
        for key in YAMLKeyOrder.sorted(Array(map.entries.keys)) {
            try writeString(key, isKey: true)
            try writeNode(map[key] ?? .null)
        }
        try emitter.endMapping()
    }

    /// Requests the style go-yaml v2 requests: literal for text with line breaks, plain when the
    /// text would read back as the same string, double-quoted otherwise. The emitter may still
    /// pick a safer style, such as single quotes for `a: b`.
    private mutating func writeString(_ goText: String, isKey: Bool = false) throws {
        // Bytes that are not UTF-8 come back from JSON as U+FFFD, and go-yaml v3 cannot write
        // them either.
        let originalText = GoByteString.replacingEscapes(goText)
        checkReadBack(originalText, isKey: isKey)
        if usesPlaceholders && !containsPlaceholderCharacter
            && originalText.unicodeScalars.contains(where: ByteOrderMarkString.isPlaceholderCharacter) {
            containsPlaceholderCharacter = true
        }
        var text = roundTripsJSON ? NextLineFolding.foldedAsJSONRoundTrip(originalText) : originalText
        if usesPlaceholders && ByteOrderMarkString.startsWithByteOrderMark(text)
            && placeholders.count < ByteOrderMarkString.maxPlaceholders {
            // TODO: a key with a line break would need libyaml's `? ` form, which a plain
            // placeholder does not get, so such keys keep libyaml's escaping.
            if !isKey || !text.unicodeScalars.contains(where: Self.isLineBreak) {
                let placeholder = ByteOrderMarkString.placeholder(index: placeholders.count, byteCount: text.utf8.count)
                placeholders.append((placeholder, ByteOrderMarkString.escaped(text)))
                try emitter.scalar(placeholder, style: .plain)
                return
            }
        }
        let style: LibYAMLEmitter.ScalarStyle
        if text.utf8.contains(0x0A) {
            style = .literal
        } else if YAMLScalarResolver.implicitTag(of: text) == YAMLTag.string
                    && !YAMLScalarResolver.isBase60Float(text) {
            style = .plain
        } else {
            style = .doubleQuoted
        }
        if style != .literal, let last = text.unicodeScalars.last, TrailingBreakMarker.isBreak(last) {
            text.unicodeScalars.append(TrailingBreakMarker.marker)
            usesTrailingBreakMarker = true
        }
        try emitter.scalar(text, style: style)
    }

    /// Records the error go-yaml v2 raises for `text` when it reads encoding/json's output back:
    /// a character its reader rejects, or a line break (NEL) inside a key of a flow mapping.
    ///
    /// NOTE: the line counts the NELs written before in go-yaml's key order, while the JSON text
    /// is in encoding/json's order. The two differ only when several strings contain NELs.
    private mutating func checkReadBack(_ text: String, isKey: Bool) {
        let nextLines = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{85}" ? 1 : 0) }
        nextLineCount += nextLines
        guard readBackError == nil else { return }
        if text.unicodeScalars.contains(where: Self.isUnreadable) {
            readBackError = ValueError("yaml: control characters are not allowed")
        } else if isKey && nextLines > 0 {
            readBackError = ValueError("yaml: line \(nextLineCount): did not find expected ',' or '}'")
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Returns true for a character that encoding/json writes unescaped but go-yaml v2's reader
    /// rejects (readerc.go allows tab, line breaks, U+0020–U+007E, U+0085, U+00A0–U+D7FF,
    /// U+E000–U+FFFD and U+10000 up). encoding/json escapes the other C0 controls.
    private static func isUnreadable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F, 0x80...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF:
            return true
        default:
            return false
        }
    }
}

/// The change go-yaml v2 makes to a string when it reads it back from encoding/json's output.
///
/// encoding/json leaves U+0085 (NEL) unescaped, and in a double-quoted YAML scalar a raw NEL is a
/// line break, which YAML folds: spaces around the breaks go, one break becomes a space, and n
/// breaks become n-1 line feeds. Escaped characters (`\t`, `\n`) are not folded.
enum NextLineFolding {
    private static let nextLine: Unicode.Scalar = "\u{85}"

    static func foldedAsJSONRoundTrip(_ text: String) -> String {
        guard text.unicodeScalars.contains(nextLine) else { return text }

        var result = String.UnicodeScalarView()
        var pendingSpaces = 0
        var breakCount = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if breakCount == 0 { pendingSpaces += 1 }
                continue
            }
            if scalar == nextLine {
                breakCount += 1
                pendingSpaces = 0
                continue
            }
            appendJoin(spaces: pendingSpaces, breaks: breakCount, to: &result)
            pendingSpaces = 0
            breakCount = 0
            result.append(scalar)
        }
        appendJoin(spaces: pendingSpaces, breaks: breakCount, to: &result)
        return String(result)
    }

    private static func appendJoin(spaces: Int, breaks: Int, to result: inout String.UnicodeScalarView) {
        if breaks == 1 {
            result.append(" ")
        } else if breaks > 1 {
            result.append(contentsOf: String(repeating: "\n", count: breaks - 1).unicodeScalars)
        } else {
            result.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
        }
    }
}

/// The order go-yaml v2 sorts string map keys in: runs of digits compare as numbers, and a
/// letter sorts after a non-letter.
///
/// NOTE: this comparison is not transitive for some mixes of keys, such as `1e+06`, `15` and
/// `3.5`. Go then sorts them in an order that depends on its random map iteration, so its output
/// varies from run to run. This returns one fixed order for them.
enum YAMLKeyOrder {
    static func sorted(_ keys: [String]) -> [String] {
        let scalarKeys = keys.map { Array($0.unicodeScalars) }
        let order = scalarKeys.indices.sorted { isOrderedBefore(scalarKeys[$0], scalarKeys[$1]) }
        return order.map { keys[$0] }
    }

    static func isOrderedBefore(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < left.count && index < right.count {
            let a = left[index]
            let b = right[index]
            if a == b {
                index += 1
                continue
            }
            let aIsLetter = isLetter(a)
            let bIsLetter = isLetter(b)
            if aIsLetter && bIsLetter {
                return a.value < b.value
            }
            if aIsLetter || bIsLetter {
                return bIsLetter
            }
            return compareNumberRuns(left, right, at: index)
        }
        return left.count < right.count
    }

    /// Compares the digit runs starting at `index`, counting a run that follows a nonzero digit
    /// as if it had a leading 1, as go-yaml v2 does.
    private static func compareNumberRuns(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], at index: Int) -> Bool {
        var leftNumber: Int64 = 0
        var rightNumber: Int64 = 0
        let zero = Unicode.Scalar(UInt8(ascii: "0"))
        if left[index] == zero || right[index] == zero {
            var back = index - 1
            while back >= 0 && isDigit(left[back]) {
                if left[back] != zero {
                    leftNumber = 1
                    rightNumber = 1
                    break
                }
                back -= 1
            }
        }

        var leftEnd = index
        while leftEnd < left.count && isDigit(left[leftEnd]) {
            leftNumber = leftNumber &* 10 &+ (Int64(left[leftEnd].value) &- 48)
            leftEnd += 1
        }
        var rightEnd = index
        while rightEnd < right.count && isDigit(right[rightEnd]) {
            rightNumber = rightNumber &* 10 &+ (Int64(right[rightEnd].value) &- 48)
            rightEnd += 1
        }
        if leftNumber != rightNumber {
            return leftNumber < rightNumber
        }
        if leftEnd != rightEnd {
            return leftEnd < rightEnd
        }
        return left[index].value < right[index].value
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value) | 0x20
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar.value >= 48 && scalar.value <= 57
        }
        return scalar.properties.generalCategory == .decimalNumber
    }
}
