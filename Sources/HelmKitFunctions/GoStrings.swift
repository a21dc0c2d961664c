import HelmKitValues

/// Go's `strings` and `unicode` behavior on UTF-8 bytes, where Swift's `String` would compare by
/// canonical equivalence and count characters instead of bytes.
enum GoStrings {
    /// Returns the byte offset of the first `needle` in `haystack` at or after `start`.
    static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        if needle.isEmpty { return start <= haystack.count ? start : nil }
        var position = start
        while position + needle.count <= haystack.count {
            if haystack[position] == needle[0], haystack[position..<(position + needle.count)].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }

    static func contains(_ text: String, _ substring: String) -> Bool {
        index(of: GoByteString.bytes(substring), in: GoByteString.bytes(text)) != nil
    }

    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        GoByteString.bytes(text).starts(with: GoByteString.bytes(prefix))
    }

    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        GoByteString.bytes(text).reversed().starts(with: GoByteString.bytes(suffix).reversed())
    }

    static func trimPrefix(_ text: String, _ prefix: String) -> String {
        guard !prefix.isEmpty, hasPrefix(text, prefix) else { return text }
        return GoByteString.string(GoByteString.bytes(text).dropFirst(GoByteString.byteCount(prefix)))
    }

    static func trimSuffix(_ text: String, _ suffix: String) -> String {
        guard !suffix.isEmpty, hasSuffix(text, suffix) else { return text }
        return GoByteString.string(GoByteString.bytes(text).dropLast(GoByteString.byteCount(suffix)))
    }

    /// Replaces as `strings.Replace(text, old, new, -1)`; an empty `old` matches before every
    /// character and at the end.
    static func replaceAll(_ text: String, _ old: String, with new: String) -> String {
        guard !old.isEmpty else {
            var output = new
            for scalar in text.unicodeScalars {
                output.unicodeScalars.append(scalar)
                output += new
            }
            return output
        }
        return split(text, separator: old, limit: -1).joined(separator: new)
    }

    /// Splits as `strings.SplitN`: a negative limit splits everywhere, zero returns nothing, and
    /// an empty separator splits after each character.
    static func split(_ text: String, separator: String, limit: Int) -> [String] {
        guard limit != 0 else { return [] }
        if separator.isEmpty {
            var pieces = text.unicodeScalars.map { String($0) }
            if limit > 0, pieces.count > limit {
                let tail = pieces[(limit - 1)...].joined()
                pieces = Array(pieces[..<(limit - 1)]) + [tail]
            }
            return pieces
        }

        let bytes = GoByteString.bytes(text)
        let separatorBytes = GoByteString.bytes(separator)
        var pieces: [String] = []
        var start = 0
        while limit < 0 || pieces.count < limit - 1,
              let found = index(of: separatorBytes, in: bytes, from: start) {
            pieces.append(GoByteString.string(bytes[start..<found]))
            start = found + separatorBytes.count
        }
        pieces.append(GoByteString.string(bytes[start...]))
        return pieces
    }

    /// Tests `unicode.IsSpace`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Trims as `strings.TrimSpace`.
    static func trimSpace(_ text: String) -> String {
        trim(text) { isSpace($0) }
    }

    /// Trims as `strings.Trim(text, cutset)`.
    static func trim(_ text: String, cutset: String) -> String {
        let set = Set(cutset.unicodeScalars)
        return trim(text) { set.contains($0) }
    }

    static func trim(_ text: String, where predicate: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, predicate(scalars[start]) { start += 1 }
        while end > start, predicate(scalars[end - 1]) { end -= 1 }
        var output = String.UnicodeScalarView()
        output.append(contentsOf: scalars[start..<end])
        return String(output)
    }

    /// Compares as Go compares strings: by bytes.
    static func isOrderedBefore(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
