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
    /// The zero-based line of the event's last token, past any anchor or tag.
    var line = 0
    /// The byte offset where the event's last token ends. A block sequence that pushes an
    /// indentation level ends at its first `-`, while an indentless one ends just after it.
    var endIndex = 0
}

/// A libyaml parser over a copy of the input, which stays alive as long as the parser reads it.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(text: String) {
        var bytes = Array(text.utf8)
        if bytes.isEmpty {
            // go-yaml v2 parses an empty input as a single line break.
            bytes = [0x0A]
        }
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

    /// Returns the input byte at `index`, or nil past the end.
    func byte(at index: Int) -> UInt8? {
        index >= 0 && index < input.count ? input[index] : nil
    }

    /// Reads the next event, throwing go-yaml's `yaml: line N: PROBLEM` text on a syntax error.
    func next() throws -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else {
            throw ValueError(failureMessage())
        }
        defer { yaml_event_delete(&event) }
        return YAMLEvent(copying: event)
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
