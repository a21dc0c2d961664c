import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's date functions, reading the injected clock. Times are `time.Time` objects; a date
/// argument may also be an integer count of seconds since the Unix epoch.
extension FunctionLibrary {
    static func dateFunctions(now: @escaping @Sendable () -> Date) -> [String: TemplateFunction] {
        let start = now()
        let current: @Sendable () -> GoTime = {
            let instant = now()
            var time = GoTime(date: instant, location: .local)
            // Go's monotonic clock counts from process start; this one from building the table.
            time.monotonic = Int64((instant.timeIntervalSince(start) * 1e9).rounded())
            return time
        }

        /// Reads a date argument as Sprig does: anything but a time or an integer means now.
        func time(from value: Value) -> GoTime {
            switch value {
            case .object(let object as TimeObject): return object.time
            case .int(let seconds), .int64(let seconds): return GoTime(seconds: seconds, nanoseconds: 0, location: .local)
            default: return current()
            }
        }
        func requiredTime(_ arguments: Arguments, _ index: Int) throws -> GoTime {
            guard case .object(let object as TimeObject) = arguments[index] else {
                throw arguments.mismatch(index, expected: "time.Time")
            }
            return object.time
        }
        func formatted(_ layout: String, _ date: Value, zone: String) -> Value {
            let location = GoLocation.load(zone) ?? .utc
            let instant = time(from: date)
            return .string(GoTimeFormat.format(GoTime(seconds: instant.seconds, nanoseconds: instant.nanoseconds, location: location), layout: layout))
        }

        let date: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            return formatted(try checked.string(0), checked[1], zone: "Local")
        }
        let dateInZone: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let layout = try checked.string(0)
            return formatted(layout, checked[1], zone: try checked.string(2))
        }
        let htmlDate: TemplateFunction = { arguments in
            formatted("2006-01-02", try Arguments(arguments, count: 1)[0], zone: "Local")
        }
        let htmlDateInZone: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            return formatted("2006-01-02", checked[0], zone: try checked.string(1))
        }
        func dateModify(failing: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                let text = try checked.string(0)
                let base = try requiredTime(checked, 1)
                do {
                    return .object(TimeObject(time: base.adding(nanoseconds: try GoDuration.parse(text))))
                } catch {
                    if failing { throw FunctionCallError.failed(String(describing: error)) }
                    return .object(TimeObject(time: base))
                }
            }
        }
        func toDate(failing: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: 2)
                let layout = try checked.string(0)
                let text = try checked.string(1)
                do {
                    return .object(TimeObject(time: try GoTimeParse.parse(layout: layout, value: text, location: .local)))
                } catch {
                    if failing { throw FunctionCallError.failed(String(describing: error)) }
                    return .object(TimeObject(time: .zero))
                }
            }
        }

        var table: [String: TemplateFunction] = [
            "now": { arguments in
                _ = try Arguments(arguments, count: 0)
                return .object(TimeObject(time: current()))
            },
            "date": date, "dateInZone": dateInZone, "date_in_zone": dateInZone,
            "htmlDate": htmlDate, "htmlDateInZone": htmlDateInZone,
            "dateModify": dateModify(failing: false), "date_modify": dateModify(failing: false),
            "mustDateModify": dateModify(failing: true), "must_date_modify": dateModify(failing: true),
            "toDate": toDate(failing: false), "mustToDate": toDate(failing: true),
            "unixEpoch": { arguments in
                .string(String(try requiredTime(try Arguments(arguments, count: 1), 0).seconds))
            },
        ]
        table.merge(durationFunctions(current: current)) { _, later in later }
        return table
    }

    static func durationFunctions(current: @escaping @Sendable () -> GoTime) -> [String: TemplateFunction] {
        let ago: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            let start: GoTime
            switch value {
            case .object(let object as TimeObject): start = object.time
            case .int(let seconds): start = GoTime(seconds: seconds, nanoseconds: 0, location: .local)
            case .int64(let seconds): start = GoTime(seconds: seconds, nanoseconds: 0, location: .local)
            default: start = current()
            }
            return .string(GoDuration.format(roundedToSeconds(current().nanoseconds(since: start))))
        }
        let duration: TemplateFunction = { arguments in
            let seconds: Int64
            switch try Arguments(arguments, count: 1)[0] {
            case .string(let text): seconds = GoNumberParser.parseDecimalInt(text) ?? 0
            case .int64(let value): seconds = value
            default: seconds = 0
            }
            return .string(GoDuration.format(seconds &* 1_000_000_000))
        }
        let durationRound: TemplateFunction = { arguments in
            let nanoseconds: Int64
            switch try Arguments(arguments, count: 1)[0] {
            case .string(let text): nanoseconds = (try? GoDuration.parse(text)) ?? 0
            case .int64(let value): nanoseconds = value
            case .object(let object as TimeObject): nanoseconds = current().nanoseconds(since: object.time)
            default: nanoseconds = 0
            }
            return .string(roundedDuration(nanoseconds))
        }
        return ["ago": ago, "duration": duration, "durationRound": durationRound]
    }

    /// Rounds half away from zero to whole seconds, as `Duration.Round(time.Second)`.
    static func roundedToSeconds(_ nanoseconds: Int64) -> Int64 {
        let second: Int64 = 1_000_000_000
        var remainder = nanoseconds % second
        if remainder < 0 { remainder = -remainder }
        let truncated = nanoseconds - (nanoseconds < 0 ? -remainder : remainder)
        guard remainder + remainder >= second else { return truncated }
        return nanoseconds < 0 ? truncated &- second : truncated &+ second
    }

    /// Reduces a duration to its largest whole unit, as Sprig's `durationRound`: years of 365
    /// days and months of 30 days.
    static func roundedDuration(_ nanoseconds: Int64) -> String {
        let magnitude = nanoseconds.magnitude
        let hour: UInt64 = 3_600_000_000_000
        let units: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (60_000_000_000, "m"), (1_000_000_000, "s"),
        ]
        for (size, suffix) in units where magnitude > size {
            return "\(magnitude / size)\(suffix)"
        }
        return "0s"
    }
}
