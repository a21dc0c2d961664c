import HelmKitTemplate
import HelmKitValues

/// Sprig's functions that quote, join and split strings.
extension FunctionLibrary {
    static func stringListFunctions() -> [String: TemplateFunction] {
        let quote: TemplateFunction = { arguments in
            let quoted = arguments.filter { !$0.isNull }.map { GoQuoting.quote(GoConversions.strval($0)) }
            return .string(quoted.joined(separator: " "))
        }
        let squote: TemplateFunction = { arguments in
            let quoted = arguments.filter { !$0.isNull }.map { "'" + $0.goPrinted + "'" }
            return .string(quoted.joined(separator: " "))
        }
        let cat: TemplateFunction = { arguments in
            .string(arguments.filter { !$0.isNull }.map(\.goPrinted).joined(separator: " "))
        }
        let toString: TemplateFunction = { arguments in
            .string(GoConversions.strval(try Arguments(arguments, count: 1)[0]))
        }
        let toStrings: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            // Sprig returns a `[]string` argument itself, nil or not, sharing its array.
            if case .object(let slice as TypedSlice) = value, slice.elementType == .string { return value }
            return .stringSlice(StringLists.strings(of: value))
        }
        let join: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let separator = try checked.string(0)
            return .string(StringLists.strings(of: checked[1]).joined(separator: separator))
        }
        let sortAlpha: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            if case .object(let slice as TypedSlice) = value, slice.elementType == .string {
                // Sprig sorts a `[]string` in place, so the argument and every slice sharing its
                // array come out sorted too.
                slice.sortInPlace { left, right in
                    GoStrings.isOrderedBefore(left.stringValue ?? "", right.stringValue ?? "")
                }
                return value
            }
            guard GoConversions.sliceElements(value) != nil else {
                return .stringSlice([GoConversions.strval(value)])
            }
            return .stringSlice(StringLists.strings(of: value).sorted(by: GoStrings.isOrderedBefore))
        }

        return [
            "quote": quote, "squote": squote, "cat": cat,
            "toString": toString, "toStrings": toStrings,
            "join": join, "sortAlpha": sortAlpha,
        ].merging(splitFunctions()) { _, later in later }
    }

    static func splitFunctions() -> [String: TemplateFunction] {
        let splitList: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let separator = try checked.string(0)
            return .stringSlice(GoStrings.split(try checked.string(1), separator: separator, limit: -1))
        }
        let split: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let separator = try checked.string(0)
            return StringLists.indexedMap(GoStrings.split(try checked.string(1), separator: separator, limit: -1))
        }
        let splitn: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let separator = try checked.string(0)
            let limit = try checked.int(1)
            return StringLists.indexedMap(GoStrings.split(try checked.string(2), separator: separator, limit: limit))
        }
        return ["splitList": splitList, "split": split, "splitn": splitn]
    }
}

enum StringLists {
    /// Converts as Sprig's `strslice`: a slice gives its non-nil elements through `strval`,
    /// nil gives nothing, and any other value gives itself.
    static func strings(of value: Value) -> [String] {
        if let elements = GoConversions.sliceElements(value) {
            return elements.filter { !$0.isNull }.map(GoConversions.strval)
        }
        if value.isNull { return [] }
        return [GoConversions.strval(value)]
    }

    /// Returns the `map[string]string` `{_0: first, _1: second, …}` that Sprig's `split` builds.
    static func indexedMap(_ pieces: [String]) -> Value {
        var entries: [String: Value] = [:]
        for (index, piece) in pieces.enumerated() {
            entries["_\(index)"] = .string(piece)
        }
        return .object(TypedMap(.string, entries: ValueMap(entries)))
    }
}
