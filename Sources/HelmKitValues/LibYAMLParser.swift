internal import CYAML

/// One libyaml parser event, copied out of libyaml's memory so the event can be freed at once.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    /// The scalar text, or the anchor name of an alias.
    var value: String = ""
    var anchor: String?
    /// The full tag (`tag:yaml.org,2002:int` for `!!int`), or empty when the node has none.
    var tag: String = ""
    /// True for a plain scalar without a tag: only such scalars are resolved by their text.
    var plainImplicit = false
    /// True for a collection written in flow style (`[…]` or `{…}`).
    var isFlow = false
    /// True for a scalar written in double quotes.
    var isDoubleQuoted = false
    /// The scalar's style in the source: plain, quoted, literal or folded.
    var scalarStyle = YAMLNode.ScalarStyle.plain
    /// The zero-based line of the event's last token, past any anchor or tag.
    var line = 0
    /// The zero-based line where the event starts.
    var startLine = 0
    /// libyaml's character index (not a byte offset) where the event starts, at its anchor or
    /// tag if it has one.
    var startIndex = 0
    /// libyaml's character index where the event's last token ends. A block sequence that
    /// pushes an indentation level ends at its first `-`, while an indentless one ends after it.
    var endIndex = 0
}

/// A libyaml parser over a copy of the input, which stays alive as long as the parser reads it.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    /// Byte offsets of `\'` escapes read as `\0` (see `QuoteEscape`).
    private let rewrittenQuoteEscapes: Set<Int>

    /// Creates a parser over `bytes`, which libyaml checks for valid UTF-8 as it reads.
    init(bytes inputBytes: [UInt8], rewrittenQuoteEscapes: Set<Int> = []) {
        var bytes = inputBytes
        if bytes.isEmpty {
            // go-yaml v2 parses an empty input as a single line break.
            bytes = [0x0A]
        }
        for offset in rewrittenQuoteEscapes where offset + 1 < bytes.count {
            bytes[offset + 1] = UInt8(ascii: "0")
        }
        self.rewrittenQuoteEscapes = rewrittenQuoteEscapes
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = input.initialize(from: bytes)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// A character index of libyaml's marks and its byte offset in `input`, kept because
    /// lookups mostly move forward through the input.
    private var cursor = (character: 0, byte: 0)

    /// Returns the byte offset of libyaml's character index `index`: libyaml counts characters,
    /// not bytes, and starts after a byte order mark.
    func byteOffset(ofCharacter index: Int) -> Int {
        if index < cursor.character {
            let hasByteOrderMark = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
            cursor = (0, hasByteOrderMark ? 3 : 0)
        }
        while cursor.character < index && cursor.byte < input.count {
            cursor.byte += Self.sequenceLength(leadByte: input[cursor.byte])
            cursor.character += 1
        }
        return min(cursor.byte, input.count)
    }

    /// Returns the input byte at byte offset `offset`, or nil past the end.
    func byte(atOffset offset: Int) -> UInt8? {
        offset >= 0 && offset < input.count ? input[offset] : nil
    }

    private static func sequenceLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// Reads the next event, throwing go-yaml's `yaml: line N: PROBLEM` text on a syntax error.
    func next() throws -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else {
            if let request = quoteEscapeRewrite() {
                throw request
            }
            throw ValueError(failureMessage())
        }
        defer { yaml_event_delete(&event) }
        var copied = YAMLEvent(copying: event)
        if copied.isDoubleQuoted {
            try checkEscapes(of: copied)
            if !rewrittenQuoteEscapes.isEmpty {
                let range = byteOffset(ofCharacter: copied.startIndex)..<byteOffset(ofCharacter: copied.endIndex)
                copied.value = QuoteEscape.restoringQuotes(
                    in: copied.value, range: range, bytes: input, rewritten: rewrittenQuoteEscapes)
            }
        }
        return copied
    }

    /// Returns the rewrite that lets libyaml read past a `\'` escape, when that is what it
    /// stopped at.
    private func quoteEscapeRewrite() -> QuoteEscape.RewriteRequest? {
        let state = parser.pointee
        guard state.error == YAML_SCANNER_ERROR, let problem = state.problem,
              String(cString: problem) == "found unknown escape character" else {
            return nil
        }
        let offset = byteOffset(ofCharacter: Int(clamping: state.problem_mark.index))
        guard byte(atOffset: offset) == UInt8(ascii: "\\"), byte(atOffset: offset + 1) == UInt8(ascii: "'") else {
            return nil
        }
        return QuoteEscape.RewriteRequest(
            offsets: QuoteEscape.escapeOffsets(from: offset, in: input), message: failureMessage())
    }

    /// Rejects the escape `\/`, which libyaml 0.2.5 reads as `/` but go-yaml v2 reports as
    /// `found unknown escape character`, at the line go-yaml gives.
    ///
    private func checkEscapes(of event: YAMLEvent) throws {
        var offset = byteOffset(ofCharacter: event.startIndex)
        var line = event.startLine
        while let byte = byte(atOffset: offset), byte != UInt8(ascii: "\"") {
            offset += 1
        }
        offset += 1
        while let byte = byte(atOffset: offset), byte != UInt8(ascii: "\"") {
            switch byte {
            case UInt8(ascii: "\\"):
                if self.byte(atOffset: offset + 1) == UInt8(ascii: "/") {
                    let location = line > 0 ? "line \(line + 1): " : ""
                    throw ValueError("yaml: \(location)found unknown escape character")
                }
                if self.byte(atOffset: offset + 1) == 0x0A {
                    line += 1
                }
                offset += 2
                continue
            case 0x0A:
                line += 1
            case 0x0D where self.byte(atOffset: offset + 1) != 0x0A:
                line += 1
            case 0xC2 where self.byte(atOffset: offset + 1) == 0x85:
                line += 1
            case 0xE2 where self.byte(atOffset: offset + 1) == 0x80
                        && (self.byte(atOffset: offset + 2) == 0xA8 || self.byte(atOffset: offset + 2) == 0xA9):
                line += 1
            default:
                break
            }
            offset += 1
        }
    }

    /// Words the parser's error as go-yaml v2 does: a scanner error's line counts from 1,
    /// a parser error's line is the zero-based mark, and line 0 is left out.
    private func failureMessage() -> String {
        let state = parser.pointee
        var line = 0
        if state.problem_mark.line != 0 {
            line = Int(state.problem_mark.line)
            if state.error == YAML_SCANNER_ERROR {
                line += 1
            }
        } else if state.context_mark.line != 0 {
            line = Int(state.context_mark.line)
        }
        var message = "yaml: "
        if line != 0 {
            message += "line \(line): "
        }
        if let problem = state.problem {
            message += String(cString: problem)
        } else {
            message += "unknown problem parsing YAML content"
        }
        return message
    }
}

extension YAMLEvent {
    fileprivate init(copying event: yaml_event_t) {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            self.init(kind: .streamStart)
        case YAML_DOCUMENT_START_EVENT:
            self.init(kind: .documentStart)
        case YAML_DOCUMENT_END_EVENT:
            self.init(kind: .documentEnd)
        case YAML_ALIAS_EVENT:
            self.init(kind: .alias)
            value = Self.text(event.data.alias.anchor) ?? ""
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            self.init(kind: .scalar)
            value = Self.text(scalar.value, length: scalar.length)
            anchor = Self.text(scalar.anchor)
            tag = Self.text(scalar.tag) ?? ""
            plainImplicit = scalar.plain_implicit != 0
            isDoubleQuoted = scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
            scalarStyle = YAMLNode.ScalarStyle(scalar.style)
        case YAML_SEQUENCE_START_EVENT:
            self.init(kind: .sequenceStart)
            anchor = Self.text(event.data.sequence_start.anchor)
            tag = Self.text(event.data.sequence_start.tag) ?? ""
            isFlow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_SEQUENCE_END_EVENT:
            self.init(kind: .sequenceEnd)
        case YAML_MAPPING_START_EVENT:
            self.init(kind: .mappingStart)
            anchor = Self.text(event.data.mapping_start.anchor)
            tag = Self.text(event.data.mapping_start.tag) ?? ""
            isFlow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        case YAML_MAPPING_END_EVENT:
            self.init(kind: .mappingEnd)
        default:
            self.init(kind: .streamEnd)
        }
        line = Int(clamping: event.end_mark.line)
        startLine = Int(clamping: event.start_mark.line)
        startIndex = Int(clamping: event.start_mark.index)
        endIndex = Int(clamping: event.end_mark.index)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}
