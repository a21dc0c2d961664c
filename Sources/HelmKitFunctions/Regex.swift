import HelmKitTemplate
import HelmKitValues

/// Sprig's regular expression functions. The plain forms panic on a bad pattern with Go's
/// `regexp: Compile(…)` text (`regexMatch` returns false instead); the `must` forms return the
/// parse error itself.
extension FunctionLibrary {
    static func regexFunctions() -> [String: TemplateFunction] {
        /// Compiles as `regexp.MustCompile` when `panics`, else as `regexp.Compile`.
        func compile(_ pattern: String, panics: Bool) throws -> GoRegex {
            do {
                return try GoRegex(pattern)
            } catch FunctionCallError.failed(let message) where panics {
                throw FunctionCallError.failed("regexp: Compile(\(regexQuoted(pattern))): \(message)")
            }
        }

        func match(panics: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                let pattern = try checked.string(0)
                let text = try checked.string(1)
                guard panics else {
                    guard let regex = try? GoRegex(pattern) else { return .bool(false) }
                    return .bool(try regex.isMatch(text))
                }
                return .bool(try GoRegex(pattern).isMatch(text))
            }
        }
        func findAll(panics: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 3)
                let pattern = try checked.string(0)
                let text = try checked.string(1)
                let limit = try checked.int(2)
                let matches = try compile(pattern, panics: panics).matchTexts(in: text, limit: limit)
                // Go's `FindAllString` returns a nil slice when nothing matches.
                return .stringSlice(matches.isEmpty ? nil : matches)
            }
        }
        func find(panics: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                let pattern = try checked.string(0)
                let text = try checked.string(1)
                let regex = try compile(pattern, panics: panics)
                return .string(try regex.matchTexts(in: text, limit: 1).first ?? "")
            }
        }
        func replace(panics: Bool, literal: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 3)
                let pattern = try checked.string(0)
                let text = try checked.string(1)
                let replacement = try checked.string(2)
                let regex = try compile(pattern, panics: panics)
                return .string(try regex.replaceAll(in: text, template: replacement, literal: literal))
            }
        }
        func split(panics: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 3)
                let pattern = try checked.string(0)
                let text = try checked.string(1)
                let limit = try checked.int(2)
                let pieces = try compile(pattern, panics: panics).split(text, limit: limit)
                // Go's `Regexp.Split` returns a nil slice for a limit of 0.
                return .stringSlice(limit == 0 ? nil : pieces)
            }
        }
        let quoteMeta: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            var output = ""
            for character in text {
                if "\\.+*?()|[]{}^$".contains(character) { output.append("\\") }
                output.append(character)
            }
            return .string(output)
        }

        return [
            "regexMatch": match(panics: false), "mustRegexMatch": match(panics: true),
            "regexFindAll": findAll(panics: true), "mustRegexFindAll": findAll(panics: false),
            "regexFind": find(panics: true), "mustRegexFind": find(panics: false),
            "regexReplaceAll": replace(panics: true, literal: false),
            "mustRegexReplaceAll": replace(panics: false, literal: false),
            "regexReplaceAllLiteral": replace(panics: true, literal: true),
            "mustRegexReplaceAllLiteral": replace(panics: false, literal: true),
            "regexSplit": split(panics: true), "mustRegexSplit": split(panics: false),
            "regexQuoteMeta": quoteMeta,
        ]
    }

    /// Quotes a pattern as Go's regexp package does in messages: in backquotes when it can.
    static func regexQuoted(_ pattern: String) -> String {
        let canBackquote = !pattern.contains("`") && pattern.unicodeScalars.allSatisfy { $0 == "\t" || $0.value >= 0x20 && $0 != "\u{7F}" && $0 != "\u{FEFF}" }
        return canBackquote ? "`\(pattern)`" : GoQuoting.quote(pattern)
    }
}
