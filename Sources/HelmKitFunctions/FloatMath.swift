import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's float functions. `addf`, `subf`, `mulf` and `divf` compute in decimal, as Sprig does
/// with shopspring/decimal, so `addf 0.1 0.2` is 0.3.
extension FunctionLibrary {
    static func floatFunctions() -> [String: TemplateFunction] {
        let toFloat64 = GoConversions.toFloat64
        // Foundation's `Decimal` stores exponents up to 127 only, where shopspring/decimal has no
        // limit, so results out of that range are computed in binary floating point instead.
        func decimalFold(
            _ operation: @escaping (Decimal, Decimal) throws -> Decimal,
            approximately approximate: @escaping (Double, Double) throws -> Double
        ) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, atLeast: 1)
                let first = toFloat64(checked[0])
                var result = try DecimalMath.decimal(first)
                var approximation = first
                for argument in checked.rest(from: 1) {
                    let number = toFloat64(argument)
                    result = try operation(result, try DecimalMath.decimal(number))
                    approximation = try approximate(approximation, number)
                }
                guard !result.isNaN, DecimalMath.isInDecimalRange(approximation) else {
                    // TODO: the last digit may differ from shopspring's exact result here.
                    return .float(approximation)
                }
                return .float(DecimalMath.double(result))
            }
        }
        func unary(_ operation: @escaping (Double) -> Double) -> TemplateFunction {
            { arguments in .float(operation(toFloat64(try Arguments(arguments, count: 1)[0]))) }
        }
        func extreme(_ pick: @escaping (Double, Double) -> Double) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, atLeast: 1)
                return .float(checked.rest(from: 1).reduce(toFloat64(checked[0])) { pick($0, toFloat64($1)) })
            }
        }

        let divisionByZero = FunctionCallError.failed("decimal division by 0")
        let addf: TemplateFunction = { arguments in
            try decimalFold(+, approximately: +)([.float(0)] + arguments)
        }
        let add1f: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            return try decimalFold(+, approximately: +)([value, .int(1)])
        }
        let divf = decimalFold({ dividend, divisor in
            guard divisor != 0 else { throw divisionByZero }
            return DecimalMath.rounded(dividend / divisor, places: 16)
        }, approximately: { dividend, divisor in
            guard divisor != 0 else { throw divisionByZero }
            return dividend / divisor
        })
        let round: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, atLeast: 2)
            let value = toFloat64(checked[0])
            let places = try checked.int(1)
            // Go checks every optional threshold argument, then uses the first.
            let thresholds = try (min(2, checked.count)..<checked.count).map { try checked.float($0) }
            let threshold = thresholds.first ?? 0.5
            return .float(GoMath.round(value, places: places, threshold: threshold))
        }

        return [
            "addf": addf, "add1f": add1f, "divf": divf,
            "subf": decimalFold(-, approximately: -), "mulf": decimalFold(*, approximately: *),
            "maxf": extreme(GoMath.max), "minf": extreme(GoMath.min),
            "floor": unary { $0.rounded(.down) },
            "ceil": unary { $0.rounded(.up) },
            "round": round,
        ]
    }
}

/// The decimal steps of shopspring/decimal v1.4.0 that Sprig uses.
enum DecimalMath {
    /// Converts exactly as `decimal.NewFromFloat`: the shortest decimal that reads back as `value`.
    static func decimal(_ value: Double) throws -> Decimal {
        guard value.isFinite else {
            throw FunctionCallError.failed("Cannot create a Decimal from \(GoFloat.format(value, verb: "g", precision: -1))")
        }
        return Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
    }

    /// Returns true when `value` is zero or far enough inside `Decimal`'s exponent range of
    /// -128 to 127 that 38 digits of mantissa cannot leave it.
    static func isInDecimalRange(_ value: Double) -> Bool {
        value == 0 || (1e-90...1e90).contains(value.magnitude)
    }

    /// Converts to the nearest float64, as `Decimal.Float64` does by parsing the decimal text.
    static func double(_ value: Decimal) -> Double {
        Double(NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))) ?? 0
    }

    /// Rounds half away from zero to `places` decimal places, as `DivRound` does.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}

/// Go's `math` functions whose edge cases differ from Swift's.
enum GoMath {
    /// Returns the larger value as `math.Max`: NaN wins, and +0 beats -0.
    static func max(_ left: Double, _ right: Double) -> Double {
        if left.isInfinite && left > 0 || right.isInfinite && right > 0 { return .infinity }
        if left.isNaN || right.isNaN { return .nan }
        if left == 0 && right == 0 { return left.sign == .minus ? right : left }
        return left > right ? left : right
    }

    /// Returns the smaller value as `math.Min`: NaN wins, and -0 beats +0.
    static func min(_ left: Double, _ right: Double) -> Double {
        if left.isInfinite && left < 0 || right.isInfinite && right < 0 { return -.infinity }
        if left.isNaN || right.isNaN { return .nan }
        if left == 0 && right == 0 { return left.sign == .minus ? left : right }
        return left < right ? left : right
    }

    /// Rounds as Sprig's `round`: scales by 10^places and rounds up when the fractional part of
    /// the scaled value reaches `threshold`, which for negative values it never does.
    static func round(_ value: Double, places: Int, threshold: Double) -> Double {
        let scale = Foundation.pow(10, Double(places))
        let scaled = scale * value
        let fraction = scaled.isInfinite ? 0 : scaled - scaled.rounded(.towardZero)
        let rounded = fraction >= threshold ? scaled.rounded(.up) : scaled.rounded(.down)
        return rounded / scale
    }
}
