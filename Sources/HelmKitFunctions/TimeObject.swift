import HelmKitTemplate
import HelmKitValues

/// A Go `time.Time` in a template, with the methods charts call on it.
struct TimeObject: TemplateObject {
    let time: GoTime

    var goTypeName: String { "time.Time" }

    var goDescription: String { time.description }

    func field(_ name: String) -> Value? { nil }

    func hasMethod(_ name: String) -> Bool {
        Self.methods.contains(name)
    }

    private static let methods: Set<String> = [
        "Unix", "UnixMilli", "UnixNano", "Format", "Year", "Month", "Day", "Hour", "Minute", "Second",
        "Nanosecond", "YearDay", "Weekday", "UTC", "Local", "String", "IsZero", "Add", "AddDate",
        "Before", "After", "Equal",
    ]

    func call(_ name: String, arguments: [Value]) throws -> Value {
        let fields = time.fields
        switch name {
        case "Format":
            return .string(GoTimeFormat.format(time, layout: try Arguments(arguments, count: 1).string(0)))
        case "Add":
            let duration = try Arguments(arguments, count: 1)
            guard let nanoseconds = duration[0].integerValue else {
                throw duration.mismatch(0, expected: "time.Duration")
            }
            return .object(TimeObject(time: time.adding(nanoseconds: nanoseconds)))
        case "AddDate":
            let checked = try Arguments(arguments, count: 3)
            let years = try checked.int(0), months = try checked.int(1), days = try checked.int(2)
            return .object(TimeObject(time: time.addingDate(years: Int64(years), months: Int64(months), days: Int64(days))))
        case "Before", "After", "Equal":
            let other = try Arguments(arguments, count: 1)[0]
            guard case .object(let object) = other, let otherTime = object as? TimeObject else {
                throw Arguments.mismatch(0, expected: "time.Time", actual: other)
            }
            let order = time.compare(otherTime.time)
            switch name {
            case "Before": return .bool(order < 0)
            case "After": return .bool(order > 0)
            default: return .bool(order == 0)
            }
        default:
            _ = try Arguments(arguments, count: 0)
        }

        switch name {
        case "Unix": return .int64(time.seconds)
        case "UnixMilli": return .int64(time.seconds &* 1_000 &+ time.nanoseconds / 1_000_000)
        case "UnixNano": return .int64(time.seconds &* 1_000_000_000 &+ time.nanoseconds)
        case "Year": return .int(fields.year)
        // NOTE: Go returns time.Month and time.Weekday, which print as names; these are strings.
        case "Month": return .string(GoTimeFormat.monthNames[Int(fields.month - 1)])
        case "Weekday": return .string(GoTimeFormat.weekdayNames[Int(fields.weekday)])
        case "Day": return .int(fields.day)
        case "Hour": return .int(fields.hour)
        case "Minute": return .int(fields.minute)
        case "Second": return .int(fields.second)
        case "Nanosecond": return .int(time.nanoseconds)
        case "YearDay": return .int(fields.yearDay)
        case "UTC": return .object(TimeObject(time: GoTime(seconds: time.seconds, nanoseconds: time.nanoseconds, location: .utc)))
        case "Local": return .object(TimeObject(time: GoTime(seconds: time.seconds, nanoseconds: time.nanoseconds, location: .local)))
        case "IsZero": return .bool(time.isZero)
        default: return .string(time.description)
        }
    }
}
