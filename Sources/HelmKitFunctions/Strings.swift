import HelmKitTemplate
import HelmKitValues

/// Sprig's string functions. Go strings are bytes, so lengths and offsets count UTF-8 bytes.
extension FunctionLibrary {
    static func stringFunctions() -> [String: TemplateFunction] {
        var table = stringTransformFunctions()
        table.merge(stringSearchFunctions()) { _, later in later }
        table.merge(stringLayoutFunctions()) { _, later in later }
        table.merge(stringListFunctions()) { _, later in later }
        return table
    }

    /// Functions of the form `func(string) string`.
    static func stringTransformFunctions() -> [String: TemplateFunction] {
        func unary(_ transform: @escaping (String) -> String) -> TemplateFunction {
            { arguments in
                let text = try Arguments(arguments, count: 1).string(0)
                return .string(transform(text))
            }
        }

        return [
            "upper": unary { GoUnicode.mapScalars($0, GoUnicode.toUpper) },
            "lower": unary { GoUnicode.mapScalars($0, GoUnicode.toLower) },
            "title": unary(StringCase.title),
            "untitle": unary(StringCase.untitle),
            "trim": unary(GoStrings.trimSpace),
            "nospace": unary(StringCase.deleteWhitespace),
            "initials": unary(StringCase.initials),
            "swapcase": unary(StringCase.swapCase),
            "snakecase": unary { StringCase.joinLowercased($0, connector: "_") },
            "kebabcase": unary { StringCase.joinLowercased($0, connector: "-") },
            "camelcase": unary(StringCase.pascalCase),
        ]
    }

    /// Functions that take the text last, so it can be piped in.
    static func stringSearchFunctions() -> [String: TemplateFunction] {
        func binary(_ operation: @escaping (String, String) -> Value) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                let first = try checked.string(0)
                return operation(first, try checked.string(1))
            }
        }

        let trimAll = binary { cutset, text in .string(GoStrings.trim(text, cutset: cutset)) }
        let replace: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let old = try checked.string(0)
            let new = try checked.string(1)
            return .string(GoStrings.replaceAll(try checked.string(2), old, with: new))
        }

        return [
            "contains": binary { substring, text in .bool(GoStrings.contains(text, substring)) },
            "hasPrefix": binary { prefix, text in .bool(GoStrings.hasPrefix(text, prefix)) },
            "hasSuffix": binary { suffix, text in .bool(GoStrings.hasSuffix(text, suffix)) },
            "trimPrefix": binary { prefix, text in .string(GoStrings.trimPrefix(text, prefix)) },
            "trimSuffix": binary { suffix, text in .string(GoStrings.trimSuffix(text, suffix)) },
            "trimAll": trimAll,
            "trimall": trimAll,
            "replace": replace,
        ]
    }

    /// Functions that cut, pad or repeat text.
    static func stringLayoutFunctions() -> [String: TemplateFunction] {
        let trunc: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let length = try checked.int(0)
            return .string(StringLayout.truncate(try checked.string(1), to: length))
        }
        let substr: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let start = try checked.int(0)
            let end = try checked.int(1)
            return .string(try StringLayout.substring(try checked.string(2), start: start, end: end))
        }
        let repeatText: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let count = try checked.int(0)
            return .string(try StringLayout.repeating(try checked.string(1), count: count))
        }
        let indent: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let spaces = try checked.int(0)
            return .string(try StringLayout.indent(try checked.string(1), spaces: spaces))
        }
        let nindent: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let spaces = try checked.int(0)
            return .string("\n" + (try StringLayout.indent(try checked.string(1), spaces: spaces)))
        }
        let abbrev: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let width = try checked.int(0)
            let text = try checked.string(1)
            return .string(width < 4 ? text : StringLayout.abbreviate(text, offset: 0, width: width))
        }
        let abbrevboth: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let left = try checked.int(0)
            let right = try checked.int(1)
            let text = try checked.string(2)
            if right < 4 || (left > 0 && right < 7) {
                return .string(text)
            }
            return .string(StringLayout.abbreviate(text, offset: left, width: right))
        }
        let wrap: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let width = try checked.int(0)
            return .string(StringLayout.wrap(try checked.string(1), width: width, newline: "\n", breakLongWords: false))
        }
        let wrapWith: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let width = try checked.int(0)
            let separator = try checked.string(1)
            return .string(StringLayout.wrap(try checked.string(2), width: width, newline: separator, breakLongWords: true))
        }
        let plural: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let one = try checked.string(0)
            let many = try checked.string(1)
            return .string(try checked.int(2) == 1 ? one : many)
        }

        return [
            "trunc": trunc, "substr": substr, "repeat": repeatText,
            "indent": indent, "nindent": nindent,
            "abbrev": abbrev, "abbrevboth": abbrevboth,
            "wrap": wrap, "wrapWith": wrapWith, "plural": plural,
        ]
    }
}
