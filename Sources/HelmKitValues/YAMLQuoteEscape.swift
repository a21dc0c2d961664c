/// The escape `\'` in a double-quoted scalar: go-yaml v2 reads it as `'`, while libyaml 0.2.5
/// rejects it with `found unknown escape character`.
///
/// When libyaml stops at one, the reader parses again with each `\'` of that scalar turned into
/// `\0`, and turns the NUL characters those escapes produce back into `'`.
enum QuoteEscape {
    /// Returns the maximum number of parses of an input of `byteCount` bytes. Each double-quoted
    /// scalar with `\'` costs one more parse of the whole input, so the passes together may read
    /// at most 64 MiB, and at least 64 passes are allowed. Past them the reader reports libyaml's
    /// error.
    static func maxPasses(forByteCount byteCount: Int) -> Int {
        max(64, (64 << 20) / max(byteCount, 1))
    }

    /// The byte offsets of `\'` escapes that the next pass rewrites, and libyaml's error text
    /// for when no pass is left.
    struct RewriteRequest: Error {
        let offsets: [Int]
        let message: String
    }

    /// Returns the offsets of each `\'` from the backslash at `start` to the end of the
    /// double-quoted scalar that contains it.
    static func escapeOffsets(from start: Int, in bytes: UnsafeMutableBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        var offset = start
        while offset < bytes.count && bytes[offset] != UInt8(ascii: "\"") {
            guard bytes[offset] == UInt8(ascii: "\\") else {
                offset += 1
                continue
            }
            if offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "'") {
                offsets.append(offset)
            }
            offset += 2
        }
        return offsets
    }

    /// Returns `value`, read from the double-quoted scalar whose raw text spans `range`, with the
    /// NUL characters that rewritten escapes produced turned back into `'`.
    ///
    /// The scalar's NUL characters come from its escapes in order, so walking the raw text shows
    /// which of them were `\'`: `\0`, `\x00`, `\u0000` and `\U00000000` produce NUL too.
    static func restoringQuotes(
        in value: String, range: Range<Int>, bytes: UnsafeMutableBufferPointer<UInt8>, rewritten: Set<Int>
    ) -> String {
        var sources: [Bool] = []
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            guard bytes[offset] == UInt8(ascii: "\\") else {
                offset += 1
                continue
            }
            let escape = bytes[offset + 1]
            if escape == UInt8(ascii: "0") {
                sources.append(rewritten.contains(offset))
            } else if let digitCount = hexDigitCount(escape), isZero(bytes, from: offset + 2, count: digitCount, end: range.upperBound) {
                sources.append(false)
            }
            offset += 2
        }

        var nextSource = sources.makeIterator()
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar == "\0", nextSource.next() == true {
                result.append("'")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func hexDigitCount(_ escape: UInt8) -> Int? {
        switch escape {
        case UInt8(ascii: "x"): return 2
        case UInt8(ascii: "u"): return 4
        case UInt8(ascii: "U"): return 8
        default: return nil
        }
    }

    private static func isZero(_ bytes: UnsafeMutableBufferPointer<UInt8>, from start: Int, count: Int, end: Int) -> Bool {
        guard start + count <= end else { return false }
        return (start..<start + count).allSatisfy { bytes[$0] == UInt8(ascii: "0") }
    }
}
