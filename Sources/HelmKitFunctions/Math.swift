import HelmKitTemplate
import HelmKitValues

/// Sprig's integer arithmetic: arguments convert as `cast.ToInt64` and results wrap around as
/// Go's int64 does.
extension FunctionLibrary {
    static func mathFunctions(randomBelow: @escaping @Sendable (Int) -> Int) -> [String: TemplateFunction] {
        var table = integerFunctions()
        table.merge(conversionFunctions()) { _, later in later }
        table.merge(floatFunctions()) { _, later in later }
        table.merge(sequenceFunctions()) { _, later in later }

        table["randInt"] = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let minimum = try checked.int(0)
            let maximum = try checked.int(1)
            // Sprig computes `max - min` in Go's wrapping int arithmetic before `rand.Intn`.
            let range = maximum &- minimum
            guard range > 0 else { throw FunctionCallError.failed("invalid argument to Intn") }
            return .int(Int64(randomBelow(range) &+ minimum))
        }
        return table
    }

    static func integerFunctions() -> [String: TemplateFunction] {
        let toInt64 = GoConversions.toInt64
        func binary(_ operation: @escaping (Int64, Int64) throws -> Int64) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                return .int64(try operation(toInt64(checked[0]), toInt64(checked[1])))
            }
        }
        let divideByZero = FunctionCallError.failed("runtime error: integer divide by zero")

        let add: TemplateFunction = { arguments in
            .int64(arguments.reduce(0) { $0 &+ toInt64($1) })
        }
        let mul: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 1)
            return .int64(checked.rest(from: 1).reduce(toInt64(checked[0])) { $0 &* toInt64($1) })
        }
        let add1: TemplateFunction = { arguments in
            .int64(toInt64(try Arguments(arguments, count: 1)[0]) &+ 1)
        }
        let div = binary { dividend, divisor in
            guard divisor != 0 else { throw divideByZero }
            return dividend.dividedReportingOverflow(by: divisor).partialValue
        }
        let mod = binary { dividend, divisor in
            guard divisor != 0 else { throw divideByZero }
            return dividend.remainderReportingOverflow(dividingBy: divisor).partialValue
        }
        func extreme(_ prefer: @escaping (Int64, Int64) -> Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, atLeast: 1)
                var result = toInt64(checked[0])
                for argument in checked.rest(from: 1) where prefer(toInt64(argument), result) {
                    result = toInt64(argument)
                }
                return .int64(result)
            }
        }

        return [
            "add": add, "add1": add1, "mul": mul, "div": div, "mod": mod,
            "sub": binary { $0 &- $1 },
            "max": extreme(>), "biggest": extreme(>), "min": extreme(<),
        ]
    }

    static func conversionFunctions() -> [String: TemplateFunction] {
        func unary(_ conversion: @escaping (Value) -> Value) -> TemplateFunction {
            { arguments in conversion(try Arguments(arguments, count: 1)[0]) }
        }

        let atoi: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            if let number = GoNumberParser.parseDecimalInt(text) { return .int(number) }
            // strconv.Atoi returns the nearest int64 with its range error, which Sprig ignores.
            let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .int(text.hasPrefix("-") ? Int64.min : Int64.max)
            }
            return .int(0)
        }
        return [
            "int": unary { .int(GoConversions.toInt64($0)) },
            "int64": unary { .int64(GoConversions.toInt64($0)) },
            "float64": unary { .float(GoConversions.toFloat64($0)) },
            "toDecimal": unary { .int64(GoNumberParser.parseOctal($0.goPrinted) ?? 0) },
            "atoi": atoi,
        ]
    }
}
