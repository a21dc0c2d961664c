import Foundation
import HelmKitTemplate

/// A Go `regexp` (RE2 syntax) run on Foundation's NSRegularExpression (ICU syntax).
///
/// TODO: move to PCRE2 or an RE2-exact engine. The translation covers the usual differences
/// (`$` is end of text, `.` matches `\r`, `(?P<name>`), but ICU still accepts some syntax Go
/// rejects, and compile errors outside the checked cases get a generic message.
struct GoRegex {
    let expression: NSRegularExpression
    let pattern: String

    /// Compiles `pattern`, throwing Go's `error parsing regexp: …` text.
    init(_ pattern: String) throws {
        self.pattern = pattern
        let translated = try GoRegexSyntax.translate(pattern)
        do {
            expression = try NSRegularExpression(pattern: translated)
        } catch {
            throw GoRegexSyntax.parseError("invalid or unsupported syntax", pattern)
        }
    }

    /// Returns the matches as `FindAllStringSubmatchIndex` would, up to `limit` when it is not
    /// negative: an empty match right after the previous match is skipped, as Go does.
    func matches(in text: String, limit: Int = -1) -> [NSTextCheckingResult] {
        let range = NSRange(location: 0, length: (text as NSString).length)
        var accepted: [NSTextCheckingResult] = []
        var previousEnd: Int? = nil
        for match in expression.matches(in: text, range: range) {
            if limit >= 0, accepted.count >= limit { break }
            if match.range.length == 0, match.range.location == previousEnd { continue }
            accepted.append(match)
            previousEnd = match.range.location + match.range.length
        }
        return accepted
    }

    func isMatch(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    /// Replaces every match with `template` expanded as Go's `Regexp.Expand`: `$1`, `${1}`,
    /// `$name`, `${name}` and `$$`; a missing group expands to nothing.
    func replaceAll(in text: String, template: String?, literal: String? = nil) -> String {
        let source = text as NSString
        var output = ""
        var position = 0
        for match in matches(in: text) {
            output += source.substring(with: NSRange(location: position, length: match.range.location - position))
            output += literal ?? expand(template ?? "", match: match, source: source)
            position = match.range.location + match.range.length
        }
        return output + source.substring(from: position)
    }

    /// Splits as `Regexp.Split(text, limit)`.
    func split(_ text: String, limit: Int) -> [String] {
        if limit == 0 { return [] }
        if !pattern.isEmpty && text.isEmpty { return [""] }
        let source = text as NSString
        var pieces: [String] = []
        var start = 0
        var end = 0
        for match in matches(in: text, limit: limit) {
            if limit > 0, pieces.count == limit - 1 { break }
            end = match.range.location
            if match.range.location + match.range.length != 0 {
                pieces.append(source.substring(with: NSRange(location: start, length: end - start)))
            }
            start = match.range.location + match.range.length
        }
        if end != source.length {
            pieces.append(source.substring(from: start))
        }
        return pieces
    }

    private func expand(_ template: String, match: NSTextCheckingResult, source: NSString) -> String {
        func group(_ name: String) -> String {
            let range: NSRange
            if let number = Int(name), name.allSatisfy(\.isASCII) {
                guard number < match.numberOfRanges else { return "" }
                range = match.range(at: number)
            } else {
                range = match.range(withName: name)
            }
            return range.location == NSNotFound ? "" : source.substring(with: range)
        }

        var output = ""
        var rest = Substring(template)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "$" {
                output += "$"
                rest = rest.dropFirst()
            } else if let (name, remainder) = GoRegexSyntax.groupReference(rest) {
                output += group(name)
                rest = remainder
            } else {
                output += "$"
            }
        }
        return output + rest
    }
}
