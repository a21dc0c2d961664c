internal import CYAML

/// A libyaml emitter set up as go-yaml v2's encoder sets up its own port of it: UTF-8, unicode
/// output allowed, libyaml's default indent (2) and line width (80).
final class LibYAMLEmitter {
    /// The scalar styles go-yaml v2 requests.
    enum ScalarStyle {
        case plain, doubleQuoted, literal
    }

    /// The bytes the emitter writes, reached from libyaml's C callback.
    private final class OutputBuffer {
        var bytes: [UInt8] = []
    }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output = OutputBuffer()

    /// Creates an emitter that folds lines at 80 columns, or never when `foldsLines` is false
    /// (go-yaml v3's encoder sets the width to -1, which libyaml reads as unlimited).
    init(foldsLines: Bool = true) {
        emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        yaml_emitter_initialize(emitter)
        yaml_emitter_set_unicode(emitter, 1)
        if !foldsLines {
            yaml_emitter_set_width(emitter, -1)
        }
        let context = Unmanaged.passUnretained(output).toOpaque()
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let output = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, context)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// The text written so far.
    var text: String {
        String(decoding: output.bytes, as: UTF8.self)
    }

    func startDocument() throws {
        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&event)
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&event)
    }

    /// Ends the document and the stream without the `...` marker libyaml adds after a block
    /// scalar that keeps trailing line breaks: go-yaml v2 clears that state before the stream end.
    func endDocument() throws {
        var event = yaml_event_t()
        yaml_document_end_event_initialize(&event, 1)
        try emit(&event)
        emitter.pointee.open_ended = 0
        yaml_stream_end_event_initialize(&event)
        try emit(&event)
        guard yaml_emitter_flush(emitter) != 0 else { throw failure() }
    }

    func scalar(_ text: String, style: ScalarStyle) throws {
        switch style {
        case .plain: try scalar(text, anchor: nil, tag: "", style: YAMLNode.ScalarStyle.plain)
        case .doubleQuoted: try scalar(text, anchor: nil, tag: "", style: YAMLNode.ScalarStyle.doubleQuoted)
        case .literal: try scalar(text, anchor: nil, tag: "", style: YAMLNode.ScalarStyle.literal)
        }
    }

    func startSequence() throws {
        var event = yaml_event_t()
        yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE)
        try emit(&event)
    }

    func endSequence() throws {
        var event = yaml_event_t()
        yaml_sequence_end_event_initialize(&event)
        try emit(&event)
    }

    func startMapping() throws {
        var event = yaml_event_t()
        yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
        try emit(&event)
    }

    func endMapping() throws {
        var event = yaml_event_t()
        yaml_mapping_end_event_initialize(&event)
        try emit(&event)
    }

    // MARK: Events for a node tree, as go-yaml v3's encoder sends them

    func startStream() throws {
        var event = yaml_event_t()
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
        try emit(&event)
    }

    /// Starts a document without `---`, but libyaml still writes `---` before every document
    /// after the first.
    func startImplicitDocument() throws {
        var event = yaml_event_t()
        yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
        try emit(&event)
    }

    /// Ends a document without `...`: go-yaml v3 writes that marker only for an explicit end.
    func endImplicitDocument() throws {
        var event = yaml_event_t()
        emitter.pointee.open_ended = 0
        yaml_document_end_event_initialize(&event, 1)
        try emit(&event)
        emitter.pointee.open_ended = 0
    }

    func endStream() throws {
        var event = yaml_event_t()
        emitter.pointee.open_ended = 0
        yaml_stream_end_event_initialize(&event)
        try emit(&event)
        guard yaml_emitter_flush(emitter) != 0 else { throw failure() }
    }

    /// Writes a scalar in `style` when libyaml allows it, else in the style libyaml picks. A
    /// non-empty `tag` is written, and an empty one leaves the type to the reader.
    func scalar(_ text: String, anchor: String?, tag: String, style: YAMLNode.ScalarStyle) throws {
        var event = yaml_event_t()
        let libyamlStyle: yaml_scalar_style_t
        switch style {
        case .plain: libyamlStyle = YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: libyamlStyle = YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: libyamlStyle = YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: libyamlStyle = YAML_LITERAL_SCALAR_STYLE
        case .folded: libyamlStyle = YAML_FOLDED_SCALAR_STYLE
        }
        var bytes = Array(text.utf8)
        guard let length = Int32(exactly: bytes.count) else {
            throw ValueError("yaml: a string of \(bytes.count) bytes is too long for libyaml's emitter")
        }
        let implicit: Int32 = tag.isEmpty ? 1 : 0
        let initialized = Self.withOptionalCString(anchor) { anchorPointer in
            Self.withOptionalCString(tag.isEmpty ? nil : tag) { tagPointer in
                bytes.withUnsafeMutableBufferPointer { buffer in
                    yaml_scalar_event_initialize(&event, anchorPointer, tagPointer, buffer.baseAddress ?? nil,
                                                 length, implicit, implicit, libyamlStyle)
                }
            }
        }
        guard initialized != 0 else { throw failure() }
        try emit(&event)
    }

    func startSequence(anchor: String?, tag: String, isFlow: Bool) throws {
        try startCollection(isSequence: true, anchor: anchor, tag: tag, isFlow: isFlow)
    }

    func startMapping(anchor: String?, tag: String, isFlow: Bool) throws {
        try startCollection(isSequence: false, anchor: anchor, tag: tag, isFlow: isFlow)
    }

    private func startCollection(isSequence: Bool, anchor: String?, tag: String, isFlow: Bool) throws {
        var event = yaml_event_t()
        let implicit: Int32 = tag.isEmpty ? 1 : 0
        let initialized = Self.withOptionalCString(anchor) { anchorPointer in
            Self.withOptionalCString(tag.isEmpty ? nil : tag) { tagPointer in
                if isSequence {
                    let style = isFlow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
                    return yaml_sequence_start_event_initialize(&event, anchorPointer, tagPointer, implicit, style)
                }
                let style = isFlow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
                return yaml_mapping_start_event_initialize(&event, anchorPointer, tagPointer, implicit, style)
            }
        }
        guard initialized != 0 else { throw failure() }
        try emit(&event)
    }

    func alias(_ anchor: String) throws {
        var event = yaml_event_t()
        let initialized = Self.withOptionalCString(anchor) { anchorPointer in
            yaml_alias_event_initialize(&event, anchorPointer)
        }
        guard initialized != 0 else { throw failure() }
        try emit(&event)
    }

    /// Calls `body` with a NUL-terminated copy of `text`, or with nil. libyaml copies the
    /// string, so the pointer only has to live through the call.
    private static func withOptionalCString<Result>(
        _ text: String?, _ body: (UnsafeMutablePointer<yaml_char_t>?) -> Result
    ) -> Result {
        guard let text else { return body(nil) }
        var bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress) }
    }

    private func emit(_ event: inout yaml_event_t) throws {
        // yaml_emitter_emit takes ownership of the event, even when it fails.
        guard yaml_emitter_emit(emitter, &event) != 0 else { throw failure() }
    }

    private func failure() -> ValueError {
        if let problem = emitter.pointee.problem {
            return ValueError("yaml: " + String(cString: problem))
        }
        return ValueError("yaml: unknown problem generating YAML content")
    }
}
