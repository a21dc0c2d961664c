import Foundation

/// A Go `time.Time`: an instant with nanosecond precision and the location it is shown in.
///
/// Calendar fields use the proleptic Gregorian calendar, as Go does (Foundation's Gregorian
/// calendar switches to Julian dates before 1582).
struct GoTime: Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    var seconds: Int64
    /// Nanoseconds within the second, 0 up to 999,999,999.
    var nanoseconds: Int64
    var location: GoLocation
    /// The monotonic clock reading in nanoseconds, which only `time.Now` sets and `String` prints.
    var monotonic: Int64? = nil

    /// Go's zero time, `0001-01-01 00:00:00 +0000 UTC`.
    static let zero = GoTime(seconds: -62_135_596_800, nanoseconds: 0, location: .utc)

    init(seconds: Int64, nanoseconds: Int64, location: GoLocation) {
        let carry = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
        self.seconds = seconds &+ carry
        self.nanoseconds = nanoseconds - carry * 1_000_000_000
        self.location = location
    }

    init(date: Date, location: GoLocation) {
        let interval = date.timeIntervalSince1970
        let whole = interval.rounded(.down)
        self.init(seconds: Int64(whole), nanoseconds: Int64(((interval - whole) * 1e9).rounded()), location: location)
    }

    var isZero: Bool { seconds == GoTime.zero.seconds && nanoseconds == 0 }

    /// The zone in effect at this instant: its abbreviation and offset east of UTC in seconds.
    var zone: (name: String, offset: Int) { location.zone(at: seconds) }

    /// The calendar fields in this time's location.
    var fields: CivilFields {
        CivilFields(localSeconds: seconds &+ Int64(zone.offset))
    }

    func adding(nanoseconds duration: Int64) -> GoTime {
        let (wholeSeconds, remainder) = duration.quotientAndRemainder(dividingBy: 1_000_000_000)
        var result = GoTime(seconds: seconds &+ wholeSeconds, nanoseconds: nanoseconds + remainder, location: location)
        result.monotonic = monotonic.map { $0 &+ duration }
        return result
    }

    /// Adds years, months and days as `Time.AddDate`, normalizing overflowing fields.
    func addingDate(years: Int64, months: Int64, days: Int64) -> GoTime {
        let current = fields
        let local = CivilFields.seconds(
            year: current.year &+ years, month: current.month &+ months, day: current.day &+ days,
            hour: current.hour, minute: current.minute, second: current.second)
        return GoTime(seconds: local &- Int64(location.offset(forLocalSeconds: local)), nanoseconds: nanoseconds, location: location)
    }

    func compare(_ other: GoTime) -> Int {
        if seconds != other.seconds { return seconds < other.seconds ? -1 : 1 }
        if nanoseconds != other.nanoseconds { return nanoseconds < other.nanoseconds ? -1 : 1 }
        return 0
    }

    /// Nanoseconds from `other` to this time, saturating as `Time.Sub` does.
    func nanoseconds(since other: GoTime) -> Int64 {
        let (secondsPart, overflow) = (seconds &- other.seconds).multipliedReportingOverflow(by: 1_000_000_000)
        let (total, overflowAgain) = secondsPart.addingReportingOverflow(nanoseconds - other.nanoseconds)
        if overflow || overflowAgain { return seconds > other.seconds ? Int64.max : Int64.min }
        return total
    }

    /// Prints as `Time.String`, with the monotonic clock reading Go appends to `now`.
    var description: String {
        let text = GoTimeFormat.format(self, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
        guard let monotonic else { return text }
        let sign = monotonic < 0 ? "-" : "+"
        let (whole, fraction) = monotonic.magnitude.quotientAndRemainder(dividingBy: 1_000_000_000)
        return text + " m=" + sign + String(whole) + "." + GoTimeFormat.padded(Int64(fraction), 9)
    }
}

/// A Go `*time.Location`: UTC, a fixed offset, or a zone of the system's time zone database.
struct GoLocation: Sendable {
    enum Kind: Sendable {
        case utc
        case fixed(name: String, offset: Int)
        case database(TimeZone)
    }

    let name: String
    let kind: Kind

    static let utc = GoLocation(name: "UTC", kind: .utc)

    /// Go's `time.Local`: the zone of `TZ` or /etc/localtime, named "Local".
    static var local: GoLocation {
        let zone = TimeZone.current
        if ["UTC", "Etc/UTC", "GMT", "Etc/GMT", "Universal", "Zulu"].contains(zone.identifier) {
            return GoLocation(name: "Local", kind: .fixed(name: "UTC", offset: 0))
        }
        return GoLocation(name: "Local", kind: .database(zone))
    }

    /// Loads as `time.LoadLocation`: "" and "UTC" are UTC, "Local" is the local zone, anything
    /// else a database zone; returns nil for an unknown name.
    static func load(_ name: String) -> GoLocation? {
        switch name {
        case "", "UTC": return .utc
        case "Local": return .local
        default:
            guard let zone = TimeZone(identifier: name) else { return nil }
            return GoLocation(name: name, kind: .database(zone))
        }
    }

    func zone(at seconds: Int64) -> (name: String, offset: Int) {
        switch kind {
        case .utc:
            return ("UTC", 0)
        case .fixed(let name, let offset):
            return (name, offset)
        case .database(let zone):
            if let data = TZifCache.shared.data(for: zone.identifier) {
                if let type = data.localType(at: seconds) { return (type.abbreviation, type.offset) }
                if let names = data.footerNames {
                    let date = Date(timeIntervalSince1970: TimeInterval(seconds))
                    let name = zone.isDaylightSavingTime(for: date) ? names.daylight ?? names.standard : names.standard
                    return (name, zone.secondsFromGMT(for: date))
                }
            }
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let offset = zone.secondsFromGMT(for: date)
            // Without zone data, name the zone by its offset, as tzdata does for many zones.
            return (GoTimeFormat.numericZoneName(offset), offset)
        }
    }

    /// Returns the offset that applies to a wall-clock time, as Go resolves one in `Date`.
    func offset(forLocalSeconds local: Int64) -> Int {
        let guess = zone(at: local).offset
        return zone(at: local &- Int64(guess)).offset
    }
}

/// Calendar fields of a time in its location, in the proleptic Gregorian calendar.
struct CivilFields {
    var year: Int64
    var month: Int64
    var day: Int64
    var hour: Int64
    var minute: Int64
    var second: Int64
    /// 0 is Sunday, as Go's `time.Weekday`.
    var weekday: Int64
    /// 1 up to 366.
    var yearDay: Int64

    init(localSeconds: Int64) {
        let (days, secondOfDay) = Self.floorDivide(localSeconds, 86_400)
        (year, month, day) = Self.civil(fromDays: days)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        weekday = Self.floorDivide(days &+ 4, 7).1
        yearDay = days &- Self.days(year: year, month: 1, day: 1) &+ 1
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value &- (divisor - 1)) / divisor
        return (quotient, value &- quotient &* divisor)
    }

    /// Days since 1970-01-01 of a date; months and days out of range roll over.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let (yearCarry, monthIndex) = floorDivide(month &- 1, 12)
        let normalizedYear = year &+ yearCarry
        let normalizedMonth = monthIndex + 1
        let adjustedYear = normalizedMonth <= 2 ? normalizedYear &- 1 : normalizedYear
        let era = floorDivide(adjustedYear, 400).0
        let yearOfEra = adjustedYear &- era &* 400
        let shiftedMonth = normalizedMonth > 2 ? normalizedMonth - 3 : normalizedMonth + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era &* 146_097 &+ dayOfEra &- 719_468 &+ (day &- 1)
    }

    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days &+ 719_468
        let era = floorDivide(shifted, 146_097).0
        let dayOfEra = shifted &- era &* 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra &+ era &* 400 &+ (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func seconds(year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64) -> Int64 {
        days(year: year, month: month, day: day) &* 86_400 &+ hour &* 3_600 &+ minute &* 60 &+ second
    }
}
