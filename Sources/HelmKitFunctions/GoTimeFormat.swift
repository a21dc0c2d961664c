/// Go's `Time.Format`.
enum GoTimeFormat {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func format(_ time: GoTime, layout: String) -> String {
        let fields = time.fields
        let zone = time.zone
        var output = ""
        for element in GoTimeLayoutElement.parse(layout) {
            output += text(of: element, fields: fields, zone: zone, nanoseconds: time.nanoseconds)
        }
        return output
    }

    private static func text(of element: GoTimeLayoutElement, fields: CivilFields,
                             zone: (name: String, offset: Int), nanoseconds: Int64) -> String {
        let monthName = monthNames[Int(fields.month - 1)]
        let weekdayName = weekdayNames[Int(fields.weekday)]
        switch element {
        case .literal(let text): return text
        case .longYear: return padded(fields.year, 4)
        case .year: return padded(CivilFields.floorDivide(fields.year, 100).1, 2)
        case .longMonth: return monthName
        case .month: return String(monthName.prefix(3))
        case .numberMonth: return String(fields.month)
        case .zeroMonth: return padded(fields.month, 2)
        case .longWeekday: return weekdayName
        case .weekday: return String(weekdayName.prefix(3))
        case .day: return String(fields.day)
        case .underDay: return fields.day < 10 ? " \(fields.day)" : String(fields.day)
        case .zeroDay: return padded(fields.day, 2)
        case .underYearDay: return String(repeating: " ", count: max(0, 3 - String(fields.yearDay).count)) + String(fields.yearDay)
        case .zeroYearDay: return padded(fields.yearDay, 3)
        case .hour: return padded(fields.hour, 2)
        case .hour12: return String(fields.hour % 12 == 0 ? 12 : fields.hour % 12)
        case .zeroHour12: return padded(fields.hour % 12 == 0 ? 12 : fields.hour % 12, 2)
        case .minute: return String(fields.minute)
        case .zeroMinute: return padded(fields.minute, 2)
        case .second: return String(fields.second)
        case .zeroSecond: return padded(fields.second, 2)
        case .upperPM: return fields.hour >= 12 ? "PM" : "AM"
        case .lowerPM: return fields.hour >= 12 ? "pm" : "am"
        case .zoneName: return zone.name.isEmpty ? numericZoneName(zone.offset) : zone.name
        case .zoneOffset(let zulu, let minutes, let seconds, let colons):
            return offsetText(zone.offset, zulu: zulu, minutes: minutes, seconds: seconds, colons: colons)
        case .fraction(let separator, let digits, let isPadded):
            return fraction(nanoseconds, separator: separator, digits: digits, padded: isPadded)
        }
    }

    /// Returns `-0700`-style text, which Go prints for a zone without a name.
    static func numericZoneName(_ offset: Int) -> String {
        let minutes = offset / 60
        return (minutes < 0 ? "-" : "+") + padded(Int64(abs(minutes) / 60), 2) + padded(Int64(abs(minutes) % 60), 2)
    }

    private static func offsetText(_ offset: Int, zulu: Bool, minutes: Bool, seconds: Bool, colons: Bool) -> String {
        if zulu && offset == 0 { return "Z" }
        let magnitude = abs(offset)
        var text = (offset < 0 ? "-" : "+") + padded(Int64(magnitude / 3_600), 2)
        if minutes { text += (colons ? ":" : "") + padded(Int64(magnitude / 60 % 60), 2) }
        if seconds { text += (colons ? ":" : "") + padded(Int64(magnitude % 60), 2) }
        return text
    }

    private static func fraction(_ nanoseconds: Int64, separator: Character, digits: Int, padded isPadded: Bool) -> String {
        var text = padded(nanoseconds, 9)
        text = String(text.prefix(digits))
        if !isPadded {
            while text.hasSuffix("0") { text.removeLast() }
            if text.isEmpty { return "" }
        }
        return String(separator) + text
    }

    static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
