import HelmKitTemplate
import HelmKitValues

/// Byte-offset string operations with Go's results and panics. A cut inside a multi-byte
/// character leaves bytes that are not UTF-8, kept as `GoByteString` describes.
enum StringLayout {
    /// The largest text `repeat`, `indent` and the padding functions build, so a template cannot
    /// exhaust memory; Go has no such limit.
    static let maximumResultBytes = 64 << 20

    /// Go's `maxAlloc` on 64-bit Linux: larger allocations panic with `makeslice: len out of
    /// range` before any memory is taken, so Go fails fast on them too.
    static let goMaximumAllocation = 1 << 48

    static let makesliceError = FunctionCallError.failed("runtime error: makeslice: len out of range")

    static func slice(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        GoByteString.string(bytes[range])
    }

    /// Cuts as Sprig's `trunc`: a negative length keeps that many bytes from the end.
    static func truncate(_ text: String, to length: Int) -> String {
        let bytes = Array(text.utf8)
        if length < 0, bytes.count + length > 0 {
            return slice(bytes, (bytes.count + length)..<bytes.count)
        }
        if length >= 0, bytes.count > length {
            return slice(bytes, 0..<length)
        }
        return text
    }

    /// Cuts as Sprig's `substr`, raising Go's runtime error for bounds Go's slicing rejects.
    static func substring(_ text: String, start: Int, end: Int) throws -> String {
        let bytes = Array(text.utf8)
        let length = bytes.count
        if start < 0 {
            guard end >= 0 else { throw sliceError("[:\(end)]") }
            guard end <= length else { throw sliceError("[:\(end)] with length \(length)") }
            return slice(bytes, 0..<end)
        }
        if end < 0 || end > length {
            guard start <= length else { throw sliceError("[\(start):\(length)]") }
            return slice(bytes, start..<length)
        }
        guard start <= end else { throw sliceError("[\(start):\(end)]") }
        return slice(bytes, start..<end)
    }

    static func sliceError(_ bounds: String) -> FunctionCallError {
        .failed("runtime error: slice bounds out of range " + bounds)
    }

    /// Repeats as `strings.Repeat`.
    static func repeating(_ text: String, count: Int) throws -> String {
        guard count >= 0 else { throw FunctionCallError.failed("strings: negative Repeat count") }
        let (size, overflowed) = text.utf8.count.multipliedReportingOverflow(by: count)
        guard !overflowed else { throw FunctionCallError.failed("strings: Repeat output length overflow") }
        guard size <= goMaximumAllocation else { throw makesliceError }
        guard size <= maximumResultBytes else {
            throw FunctionCallError.failed("repeat: result of \(size) bytes exceeds the limit of \(maximumResultBytes) bytes")
        }
        return String(repeating: text, count: count)
    }

    /// Indents every line as Sprig's `indent`.
    static func indent(_ text: String, spaces: Int) throws -> String {
        let padding = try repeating(" ", count: spaces)
        return padding + GoStrings.replaceAll(text, "\n", with: "\n" + padding)
    }

    /// Abbreviates as goutils' `AbbreviateFull`, for widths Sprig has already checked.
    static func abbreviate(_ text: String, offset requestedOffset: Int, width: Int) -> String {
        let bytes = Array(text.utf8)
        let length = bytes.count
        guard length > width else { return text }

        // Every negative offset behaves as zero; clamping first keeps the arithmetic in range.
        var offset = min(max(requestedOffset, 0), length)
        if length - offset < width - 3 {
            offset = length - (width - 3)
        }
        if offset <= 4 {
            return slice(bytes, 0..<(width - 3)) + "..."
        }
        if offset + width - 3 < length {
            let tail = slice(bytes, offset..<length)
            return "..." + abbreviate(tail, offset: 0, width: width - 3)
        }
        return "..." + slice(bytes, (length - (width - 3))..<length)
    }

    /// Wraps as goutils' `WrapCustom`: breaks at spaces, strips leading spaces of each new line,
    /// and breaks words longer than the width only when asked.
    static func wrap(_ text: String, width requestedWidth: Int, newline requestedNewline: String, breakLongWords: Bool) -> String {
        guard !text.isEmpty else { return "" }
        let newline = requestedNewline.isEmpty ? "\n" : requestedNewline
        let width = max(requestedWidth, 1)
        let bytes = Array(text.utf8)
        let space = UInt8(ascii: " ")
        var output = ""
        var offset = 0

        while bytes.count - offset > width {
            if bytes[offset] == space {
                offset += 1
                continue
            }
            let windowEnd = width + offset + 1
            if let breakAt = bytes[offset..<windowEnd].lastIndex(of: space) {
                output += slice(bytes, offset..<breakAt) + newline
                offset = breakAt + 1
            } else if breakLongWords {
                output += slice(bytes, offset..<(offset + width)) + newline
                offset += width
            } else if let breakAt = bytes[(offset + width)...].firstIndex(of: space) {
                output += slice(bytes, offset..<breakAt) + newline
                offset = breakAt + 1
            } else {
                output += slice(bytes, offset..<bytes.count)
                offset = bytes.count
            }
        }
        return output + slice(bytes, offset..<bytes.count)
    }
}
