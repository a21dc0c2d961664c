import HelmKitTemplate

/// A Go `regexp` (RE2 syntax) compiled by PCRE2, with the search loops of Go's `FindAll`,
/// `ReplaceAll` and `Split`. Offsets are UTF-8 byte offsets, as in Go.
///
/// PCRE2 backtracks where RE2 runs in linear time, so a pathological pattern stops at
/// `PCRE2Pattern`'s limits with an error, where Go would finish.
struct GoRegex {
    let pattern: String
    private let compiled: PCRE2Pattern
    /// The name of each capturing group, "" for an unnamed one. Group 1 is at index 0.
    private let groupNames: [String]
    /// The PCRE2 group numbers of each capturing group, or nil when group n is PCRE2's group n.
    private let groupNumbers: [[Int]]?

    /// Compiles `pattern`, throwing Go's `error parsing regexp: …` text.
    init(_ pattern: String) throws {
        self.pattern = pattern
        let translated = try GoRegexSyntax.translate(pattern)
        switch PCRE2Pattern.compile(translated.pcre2Pattern, usesCallouts: translated.usesCallouts) {
        case .success(let compiled):
            self.compiled = compiled
        case .failure(let error):
            // The translation writes only syntax PCRE2 accepts, so this is a gap in it, not Go's text.
            throw FunctionCallError.failed("error parsing regexp: \(error.message): `\(pattern)`")
        }
        groupNames = translated.groupNames
        let isIdentity = translated.groupNumbers.enumerated().allSatisfy { index, numbers in numbers == [index + 1] }
        groupNumbers = isIdentity ? nil : translated.groupNumbers
    }

    /// Finds the leftmost match at or after `start`: the whole match, then each group.
    private func match(in subject: [UInt8], from start: Int) throws -> [Range<Int>?]? {
        let ranges: [Range<Int>?]?
        do {
            ranges = try compiled.firstMatch(in: subject, from: start)
        } catch is PCRE2MatchLimitError {
            throw backtrackingLimitError
        }
        guard let ranges, let groupNumbers else { return ranges }
        return [ranges[0]] + groupNumbers.map { numbers in Self.latestCapture(numbers.compactMap { ranges[$0] }) }
    }

    /// Picks, among the captures of the PCRE2 groups that stand for one Go group, the one set last
    /// in the match, which Go reports. Along a match the position never decreases, and two groups
    /// written from the same Go group never nest, so a later capture starts where an earlier one
    /// ended or after it. The later one is then the larger by start and then by end.
    private static func latestCapture(_ captures: [Range<Int>]) -> Range<Int>? {
        captures.max { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }

    /// The error for a match attempt past PCRE2's limits. Go's engine has no such limit.
    private var backtrackingLimitError: FunctionCallError {
        .failed("regexp: matching `\(pattern)` reached the PCRE2 backtracking limit; simplify the pattern")
    }

    /// Returns true when `text` contains a match. Past the backtracking limit it falls back to
    /// PCRE2's DFA matcher, so patterns such as `(a+)+$` give Go's result.
    func isMatch(_ text: String) throws -> Bool {
        let subject = Array(text.utf8)
        do {
            return try compiled.firstMatch(in: subject, from: 0) != nil
        } catch is PCRE2MatchLimitError {
            do {
                return try compiled.containsMatchByDFA(in: subject)
            } catch is PCRE2MatchLimitError {
                throw backtrackingLimitError
            }
        }
    }

    /// Returns the byte ranges of the matches as `FindAllStringIndex(text, limit)` does: all of
    /// them when `limit` is negative, and an empty match right after a previous match skipped.
    func matchRanges(in subject: [UInt8], limit: Int = -1) throws -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var position = 0
        var previousEnd = -1
        while (limit < 0 || ranges.count < limit) && position <= subject.count {
            guard let groups = try match(in: subject, from: position), let whole = groups.first ?? nil else { break }
            var isAccepted = true
            if whole.upperBound == position {
                if whole.lowerBound == previousEnd { isAccepted = false }
                position += Self.characterWidth(in: subject, at: position)
            } else {
                position = whole.upperBound
            }
            previousEnd = whole.upperBound
            if isAccepted { ranges.append(whole) }
        }
        return ranges
    }

    /// Returns the text of each match, as `FindAllString(text, limit)`.
    func matchTexts(in text: String, limit: Int = -1) throws -> [String] {
        let subject = Array(text.utf8)
        return try matchRanges(in: subject, limit: limit).map { String(decoding: subject[$0], as: UTF8.self) }
    }

    /// Replaces every match as Go's `ReplaceAllString` (the template expanded as `Regexp.Expand`)
    /// or, when `literal` is set, as `ReplaceAllLiteralString`.
    func replaceAll(in text: String, template: String, literal: Bool) throws -> String {
        let subject = Array(text.utf8)
        let literalBytes = Array(template.utf8)
        var output: [UInt8] = []
        var lastMatchEnd = 0
        var searchPosition = 0
        while searchPosition <= subject.count {
            guard let groups = try match(in: subject, from: searchPosition), let whole = groups.first ?? nil else { break }
            output += subject[lastMatchEnd..<whole.lowerBound]
            // An empty match right after another match is not replaced, as in Go.
            if whole.upperBound > lastMatchEnd || whole.lowerBound == 0 {
                output += literal ? literalBytes : expand(template, groups: groups, subject: subject)
            }
            lastMatchEnd = whole.upperBound
            // Advance past the match, and always by at least one character.
            let width = Self.characterWidth(in: subject, at: searchPosition)
            if searchPosition + width > whole.upperBound {
                searchPosition += width
            } else if searchPosition + 1 > whole.upperBound {
                searchPosition += 1
            } else {
                searchPosition = whole.upperBound
            }
        }
        output += subject[lastMatchEnd...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits as `Regexp.Split(text, limit)`.
    func split(_ text: String, limit: Int) throws -> [String] {
        if limit == 0 { return [] }
        if !pattern.isEmpty && text.isEmpty { return [""] }
        let subject = Array(text.utf8)
        var pieces: [String] = []
        var start = 0
        var end = 0
        for range in try matchRanges(in: subject, limit: limit) {
            if limit > 0, pieces.count == limit - 1 { break }
            end = range.lowerBound
            if range.upperBound != 0 {
                pieces.append(String(decoding: subject[start..<end], as: UTF8.self))
            }
            start = range.upperBound
        }
        if end != subject.count {
            pieces.append(String(decoding: subject[start...], as: UTF8.self))
        }
        return pieces
    }

    /// Expands `$1`, `${1}`, `$name`, `${name}` and `$$` as Go's `Regexp.Expand`. A group that
    /// does not exist or did not take part expands to nothing, and a malformed `$` stays literal.
    private func expand(_ template: String, groups: [Range<Int>?], subject: [UInt8]) -> [UInt8] {
        func groupBytes(_ reference: GoRegexSyntax.GroupReference) -> ArraySlice<UInt8> {
            switch reference {
            case .number(let number):
                guard number < groups.count, let range = groups[number] else { return [] }
                return subject[range]
            case .name(let name):
                // With repeated names, Go takes the first such group that took part in the match.
                for (offset, groupName) in groupNames.enumerated() where groupName == name {
                    if offset + 1 < groups.count, let range = groups[offset + 1] { return subject[range] }
                }
                return []
            }
        }

        var output: [UInt8] = []
        var rest = Substring(template)
        while let dollar = rest.firstIndex(of: "$") {
            output += Array(rest[..<dollar].utf8)
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "$" {
                output.append(0x24)
                rest = rest.dropFirst()
            } else if let (reference, remainder) = GoRegexSyntax.groupReference(rest) {
                output += groupBytes(reference)
                rest = remainder
            } else {
                output.append(0x24)
            }
        }
        return output + Array(rest.utf8)
    }

    /// Returns the length of the UTF-8 sequence at `position`, or 1 at the end of the subject.
    private static func characterWidth(in subject: [UInt8], at position: Int) -> Int {
        guard position < subject.count else { return 1 }
        let lead = subject[position]
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
