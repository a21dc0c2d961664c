import HelmKitTemplate
import HelmKitValues

/// Sprig's `until`, `untilStep` and `seq`, which build integer ranges: `until` and `untilStep`
/// return a Go `[]int`, never nil.
extension FunctionLibrary {
    /// The maximum number of elements in a range, so a template cannot exhaust memory. Go has no
    /// such limit.
    static let maximumRangeCount: Int64 = 1 << 20

    static func sequenceFunctions() -> [String: TemplateFunction] {
        let until: TemplateFunction = { arguments in
            let count = try Arguments(arguments, count: 1).int(0)
            return .slice(of: .int, try integerRange(from: 0, to: count, step: count < 0 ? -1 : 1).map { .int($0) })
        }
        let untilStep: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let start = try checked.int(0)
            let stop = try checked.int(1)
            let step = try checked.int(2)
            return .slice(of: .int, try integerRange(from: start, to: stop, step: step).map { .int($0) })
        }
        let seq: TemplateFunction = { arguments in
            let bounds = try Arguments(arguments, atLeast: 0).ints(from: 0)
            return .string(try sequence(bounds).map { String($0) }.joined(separator: " "))
        }
        return ["until": until, "untilStep": untilStep, "seq": seq]
    }

    /// Counts from `start` toward `stop` (excluded) by `step`, as Sprig's `untilStep`; a step
    /// pointing away from `stop` gives nothing.
    static func integerRange(from start: Int, to stop: Int, step: Int) throws -> [Int64] {
        let first = Int64(start)
        let last = Int64(stop)
        let increment = Int64(step)
        let ascending = last >= first
        guard ascending ? increment > 0 : increment < 0 else { return [] }

        // The distance and count in wider arithmetic, so huge ranges are rejected, not wrapped.
        let distance = ascending ? Double(last) - Double(first) : Double(first) - Double(last)
        let count = (distance / Double(increment.magnitude)).rounded(.up)
        guard count <= Double(maximumRangeCount) else {
            throw FunctionCallError.failed("range of \(GoFloat.format(count, verb: "f", precision: 0)) integers exceeds the limit of \(maximumRangeCount)")
        }

        // Go's loop variable wraps past the int64 bounds and keeps counting, so a range that
        // crosses them runs on for about 2^64 / step elements.
        var values: [Int64] = []
        var current = first
        while ascending ? current < last : current > last {
            guard values.count < maximumRangeCount else {
                throw FunctionCallError.failed("range of more than \(maximumRangeCount) integers exceeds the limit of \(maximumRangeCount)")
            }
            values.append(current)
            current = current &+ increment
        }
        return values
    }

    /// Builds the numbers of Sprig's `seq`: `seq END`, `seq START END` or `seq START STEP END`,
    /// counting down when END is below START.
    static func sequence(_ bounds: [Int]) throws -> [Int64] {
        switch bounds.count {
        case 1:
            let end = bounds[0]
            let increment = end < 1 ? -1 : 1
            return try integerRange(from: 1, to: end &+ increment, step: increment)
        case 2:
            let (start, end) = (bounds[0], bounds[1])
            let increment = end < start ? -1 : 1
            return try integerRange(from: start, to: end &+ increment, step: increment)
        case 3:
            let (start, step, end) = (bounds[0], bounds[1], bounds[2])
            var increment = 1
            if end < start {
                increment = -1
                if step > 0 { return [] }
            }
            return try integerRange(from: start, to: end &+ increment, step: step)
        default:
            return []
        }
    }
}
