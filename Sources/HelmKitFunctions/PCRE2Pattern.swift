internal import CPCRE2
import HelmKitTemplate

/// A pattern compiled by PCRE2 in UTF-8 mode, with the match limits that keep its backtracking
/// bounded. The pattern must already be in the PCRE2 form `GoRegexSyntax.translate` writes.
/// Instances may be shared between threads, because PCRE2 only reads the compiled code and the
/// match context while matching, each match gets its own match data, and the callout that guards
/// loops keeps no state.
final class PCRE2Pattern: @unchecked Sendable {
    /// Calls of PCRE2's internal match function allowed per match attempt (PCRE2's own default).
    static let matchLimit: UInt32 = 10_000_000
    /// Nesting of backtracking frames allowed per match attempt, as many as `matchLimit`. A group
    /// repeated once per character, such as `(?:.|\n)*`, nests one frame per character.
    static let depthLimit: UInt32 = 10_000_000
    /// Heap memory for backtracking frames per match attempt, in KiB (256 MiB).
    static let heapLimit: UInt32 = 262_144

    private let code: OpaquePointer
    private let matchContext: OpaquePointer
    /// The number of capturing groups in the pattern.
    let groupCount: Int

    /// Compiles `pattern`, or returns PCRE2's error message when PCRE2 rejects it. Set
    /// `usesCallouts` when the pattern contains the checkpoint callouts GoRegexEmitter.swift
    /// describes.
    static func compile(_ pattern: String, usesCallouts: Bool = false) -> Result<PCRE2Pattern, PCRE2CompileError> {
        guard let compileContext = pcre2_compile_context_create_8(nil) else {
            return .failure(PCRE2CompileError(message: "failed to allocate a PCRE2 compile context"))
        }
        defer { pcre2_compile_context_free_8(compileContext) }
        // Only "\n" ends a line, as in Go, whatever newline PCRE2 was built with.
        pcre2_set_newline_8(compileContext, UInt32(PCRE2_NEWLINE_LF))
        // PCRE2 stops at 250 nested groups by default, and Go allows a parse tree 1000 deep.
        // TODO: Go's own "expression nests too deeply" and "expression too large" errors are not
        // reproduced, so a pattern past Go's limits fails with PCRE2's message or not at all.
        pcre2_set_parens_nest_limit_8(compileContext, 1000)

        // Go's `$` is end of text outside (?m), and its (?m)`^` also matches after a final "\n".
        // Without PCRE2_UCP, `\d`, `\w`, `\b` and the POSIX classes stay ASCII-only, as in Go.
        let options = UInt32(PCRE2_UTF) | UInt32(PCRE2_DOLLAR_ENDONLY) | UInt32(PCRE2_ALT_CIRCUMFLEX)
            | UInt32(PCRE2_NEVER_UCP) | UInt32(PCRE2_NEVER_BACKSLASH_C)
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let bytes = Array(pattern.utf8)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, compileContext)
        }
        guard let compiled else {
            return .failure(PCRE2CompileError(message: errorMessage(errorCode)))
        }
        guard let matchContext = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            return .failure(PCRE2CompileError(message: "failed to allocate a PCRE2 match context"))
        }
        pcre2_set_match_limit_8(matchContext, matchLimit)
        pcre2_set_depth_limit_8(matchContext, depthLimit)
        pcre2_set_heap_limit_8(matchContext, heapLimit)
        if usesCallouts {
            pcre2_set_callout_8(matchContext, rejectRevisitedCheckpoint, nil)
        }

        var captureCount: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captureCount)
        return .success(PCRE2Pattern(code: compiled, matchContext: matchContext, groupCount: Int(captureCount)))
    }

    private init(code: OpaquePointer, matchContext: OpaquePointer, groupCount: Int) {
        self.code = code
        self.matchContext = matchContext
        self.groupCount = groupCount
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Finds the leftmost match in `subject` that starts at or after `start` (a byte offset at a
    /// character boundary). Returns the byte range of the match and of each group, nil for a
    /// group that did not take part, or nil when nothing matches.
    func firstMatch(in subject: [UInt8], from start: Int) throws -> [Range<Int>?]? {
        let matchData = try PCRE2MatchData(for: code)
        // Swift strings are valid UTF-8, so PCRE2 need not check the subject on every call.
        let result = subject.withUnsafeBufferPointer { buffer in
            pcre2_match_8(code, buffer.baseAddress, buffer.count, start, UInt32(PCRE2_NO_UTF_CHECK),
                          matchData.pointer, matchContext)
        }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result == PCRE2_ERROR_MATCHLIMIT || result == PCRE2_ERROR_DEPTHLIMIT || result == PCRE2_ERROR_HEAPLIMIT {
            throw PCRE2MatchLimitError()
        }
        guard result >= 0 else {
            throw FunctionCallError.failed("regexp: matching failed: \(PCRE2Pattern.errorMessage(result))")
        }
        return matchData.ranges(count: groupCount + 1)
    }

    /// Workspace of PCRE2's DFA matcher in ints, first and at most; it doubles when too small.
    static let initialDFAWorkspace = 4096
    static let maxDFAWorkspace = 4 * 1024 * 1024

    /// Returns true when `subject` contains a match, found by PCRE2's DFA matcher, which follows
    /// every path at once as Go's engine does instead of backtracking. The DFA matcher sets no
    /// groups, so the checkpoint callout finds none set and never rejects a path. Checkpoints
    /// only choose among matches, so whether one exists stays the same.
    func containsMatchByDFA(in subject: [UInt8]) throws -> Bool {
        let matchData = try PCRE2MatchData(for: code)
        var workspaceSize = Self.initialDFAWorkspace
        while true {
            var workspace = [Int32](repeating: 0, count: workspaceSize)
            let result = subject.withUnsafeBufferPointer { buffer in
                workspace.withUnsafeMutableBufferPointer { space in
                    pcre2_dfa_match_8(code, buffer.baseAddress, buffer.count, 0, UInt32(PCRE2_NO_UTF_CHECK),
                                      matchData.pointer, matchContext, space.baseAddress, space.count)
                }
            }
            if result >= 0 { return true }
            if result == PCRE2_ERROR_NOMATCH { return false }
            if result == PCRE2_ERROR_DFA_WSSIZE && workspaceSize < Self.maxDFAWorkspace {
                workspaceSize *= 2
                continue
            }
            throw PCRE2MatchLimitError()
        }
    }

    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }
}

/// Fails a checkpoint that the match path already passed at the current position. The callout's
/// text lists hidden group numbers separated by commas, and the path passed the checkpoint there
/// when one of those groups last recorded the current position. A positive result makes PCRE2
/// backtrack.
private func rejectRevisitedCheckpoint(_ block: UnsafeMutablePointer<pcre2_callout_block_8>?,
                                       _ data: UnsafeMutableRawPointer?) -> Int32 {
    guard let block, let text = block.pointee.callout_string, let vector = block.pointee.offset_vector else { return 0 }
    let position = block.pointee.current_position
    // Groups from capture_top on have not been set on this path.
    let setGroupCount = Int(block.pointee.capture_top)
    var group = 0
    for offset in 0...block.pointee.callout_string_length {
        if offset < block.pointee.callout_string_length && text[offset] != UInt8(ascii: ",") {
            group = group * 10 + Int(text[offset] - UInt8(ascii: "0"))
            continue
        }
        if group < setGroupCount && vector[2 * group] == position { return 1 }
        group = 0
    }
    return 0
}

/// PCRE2's text for a pattern it could not compile.
struct PCRE2CompileError: Error {
    let message: String
}

/// A match attempt that reached PCRE2's match, depth or heap limit. Go's regexp runs in time
/// linear in the input and has no such limit, so no Go text exists for it.
struct PCRE2MatchLimitError: Error {}

/// The offsets block PCRE2 fills in for one match.
final class PCRE2MatchData {
    let pointer: OpaquePointer

    init(for code: OpaquePointer) throws {
        guard let pointer = pcre2_match_data_create_from_pattern_8(code, nil) else {
            throw FunctionCallError.failed("regexp: failed to allocate PCRE2 match data")
        }
        self.pointer = pointer
    }

    deinit {
        pcre2_match_data_free_8(pointer)
    }

    /// Reads the first `count` offset pairs: the whole match, then each group.
    func ranges(count: Int) -> [Range<Int>?] {
        let pairCount = min(count, Int(pcre2_get_ovector_count_8(pointer)))
        guard let vector = pcre2_get_ovector_pointer_8(pointer) else { return [] }
        var ranges: [Range<Int>?] = []
        for index in 0..<pairCount {
            let start = vector[2 * index]
            let end = vector[2 * index + 1]
            // PCRE2_UNSET (all bits set, so -1 as a Swift Int) marks a group that did not take part.
            if start < 0 || end < start {
                ranges.append(nil)
            } else {
                ranges.append(start..<end)
            }
        }
        return ranges + Array(repeating: nil, count: max(0, count - pairCount))
    }
}

/// One match of a pattern in a string, with its groups read back as text.
struct PCRE2TextMatch {
    let subject: [UInt8]
    /// The byte ranges of the whole match and then of each group, with nil for a group that did
    /// not take part.
    let ranges: [Range<Int>?]

    /// Returns the text of group `index` (0 is the whole match), or "" when it did not take part.
    func group(_ index: Int) -> String {
        guard index < ranges.count, let range = ranges[index] else { return "" }
        return String(decoding: subject[range], as: UTF8.self)
    }
}

extension PCRE2Pattern {
    /// Compiles a pattern written in the source, which only a typo in the pattern makes fail.
    static func compiledLiteral(_ pattern: String) -> PCRE2Pattern? {
        try? compile(pattern).get()
    }

    /// Finds the leftmost match in `text`.
    func firstMatch(in text: String) throws -> PCRE2TextMatch? {
        let subject = Array(text.utf8)
        guard let ranges = try firstMatch(in: subject, from: 0) else { return nil }
        return PCRE2TextMatch(subject: subject, ranges: ranges)
    }

    /// Finds every non-overlapping match in `text`, left to right.
    func matches(in text: String) throws -> [PCRE2TextMatch] {
        let subject = Array(text.utf8)
        var found: [PCRE2TextMatch] = []
        var start = 0
        while start <= subject.count, let ranges = try firstMatch(in: subject, from: start), let whole = ranges.first ?? nil {
            found.append(PCRE2TextMatch(subject: subject, ranges: ranges))
            // An empty match moves on by one character, so the scan ends.
            start = whole.isEmpty ? nextCharacterStart(in: subject, after: whole.upperBound) : whole.upperBound
        }
        return found
    }

    private func nextCharacterStart(in subject: [UInt8], after offset: Int) -> Int {
        var next = offset + 1
        // UTF-8 continuation bytes are 0b10xxxxxx.
        while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
