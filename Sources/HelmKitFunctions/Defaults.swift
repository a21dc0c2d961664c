import HelmKitTemplate
import HelmKitValues

/// Sprig's defaulting and reflection functions, with Helm's `required` and `fail`.
extension FunctionLibrary {
    /// The markers Helm's engine wraps around the messages of `required` and `fail`; it reports
    /// only the text between them, as `execution error at (FILE:LINE:COLUMN): MESSAGE`.
    public static let helmErrorStart = "HELM_ERR_START"
    public static let helmErrorEnd = "HELM_ERR_END"

    static func defaultFunctions() -> [String: TemplateFunction] {
        let isEmpty = GoConversions.isEmpty
        let defaultValue: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 1)
            guard checked.count > 1, !isEmpty(checked[1]) else { return checked[0] }
            return checked[1]
        }
        let empty: TemplateFunction = { arguments in
            .bool(isEmpty(try Arguments(arguments, count: 1)[0]))
        }
        let coalesce: TemplateFunction = { arguments in
            arguments.first { !isEmpty($0) } ?? .null
        }
        let all: TemplateFunction = { arguments in
            .bool(arguments.allSatisfy { !isEmpty($0) })
        }
        let any: TemplateFunction = { arguments in
            .bool(arguments.contains { !isEmpty($0) })
        }
        let ternary: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            return try checked.bool(2) ? checked[0] : checked[1]
        }
        let fail: TemplateFunction = { arguments in
            let message = try Arguments(arguments, count: 1).string(0)
            throw FunctionCallError.failed(helmErrorStart + message + helmErrorEnd)
        }
        let required: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let message = try checked.string(0)
            switch checked[1] {
            case .null, .string(""):
                throw FunctionCallError.failed(helmErrorStart + message + helmErrorEnd)
            default:
                return checked[1]
            }
        }

        var table: [String: TemplateFunction] = [
            "default": defaultValue, "empty": empty, "coalesce": coalesce,
            "all": all, "any": any, "ternary": ternary,
            "fail": fail, "required": required,
        ]
        table.merge(reflectionFunctions()) { _, later in later }
        return table
    }

    static func reflectionFunctions() -> [String: TemplateFunction] {
        func unary(_ body: @escaping (Value) -> Value) -> TemplateFunction {
            { arguments in body(try Arguments(arguments, count: 1)[0]) }
        }
        func matching(_ test: @escaping (String, Value) -> Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                return .bool(test(try checked.string(0), checked[1]))
            }
        }
        let deepEqual: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            return .bool(GoConversions.deepEqual(checked[0], checked[1]))
        }

        return [
            "typeOf": unary { .string($0.goTypeName) },
            "kindOf": unary { .string($0.goKind) },
            "typeIs": matching { target, value in target == value.goTypeName },
            "typeIsLike": matching { target, value in
                target == value.goTypeName || "*" + target == value.goTypeName
            },
            "kindIs": matching { target, value in target == value.goKind },
            "deepEqual": deepEqual,
        ]
    }
}
