import HelmKitValues

/// The fields of a time read element by element from text, as Go's `time.Parse` reads them.
struct GoTimeReader {
    let layout: String
    let value: String
    var rest: Substring

    // Omitted fields are zero, or one where zero is impossible: year 0, January 1.
    var year: Int64 = 0
    var month: Int64 = 1
    var day: Int64 = 1
    var hour: Int64 = 0
    var minute: Int64 = 0
    var second: Int64 = 0
    var nanoseconds: Int64 = 0
    var isPM = false
    var sawAMPM = false
    var zoneOffset: Int? = nil
    var zoneName: String? = nil
    var isUTC = false

    init(layout: String, value: String) {
        self.layout = layout
        self.value = value
        rest = Substring(value)
    }

    /// Reads the text for one layout element; `next` is the element after it, if any.
    mutating func read(_ element: GoTimeLayoutElement, next: GoTimeLayoutElement?) throws {
        switch element {
        case .literal(let text):
            guard let remainder = GoTimeParse.skip(text, in: rest) else { throw cannotParse(text) }
            rest = remainder
        case .longYear, .year, .longMonth, .month, .numberMonth, .zeroMonth,
             .longWeekday, .weekday, .day, .underDay, .zeroDay, .underYearDay, .zeroYearDay:
            try readDate(element)
        case .hour, .hour12, .zeroHour12, .minute, .zeroMinute, .second, .zeroSecond, .upperPM, .lowerPM:
            try readClock(element, next: next)
        case .zoneOffset(let zulu, let minutes, let seconds, let colons):
            try readZoneOffset(zulu: zulu, minutes: minutes, seconds: seconds, colons: colons)
        case .zoneName:
            try readZoneName()
        case .fraction(let separator, let digits, let padded):
            try readFraction(separator: separator, digits: digits, padded: padded)
        }
    }

    private mutating func readDate(_ element: GoTimeLayoutElement) throws {
        let months = GoTimeFormat.monthNames
        let weekdays = GoTimeFormat.weekdayNames
        switch element {
        case .longYear:
            year = try number(minimumDigits: 4, maximumDigits: 4, element: "2006")
        case .year:
            let twoDigits = try number(minimumDigits: 2, maximumDigits: 2, element: "06")
            year = twoDigits >= 69 ? twoDigits + 1900 : twoDigits + 2000
        case .longMonth:
            month = try name(from: months, element: "January") + 1
        case .month:
            month = try name(from: months.map { String($0.prefix(3)) }, element: "Jan") + 1
        case .numberMonth, .zeroMonth:
            let padded = element == .zeroMonth
            month = try number(minimumDigits: padded ? 2 : 1, maximumDigits: 2, element: padded ? "01" : "1")
            guard (1...12).contains(month) else { throw outOfRange("month") }
        case .longWeekday:
            _ = try name(from: weekdays, element: "Monday")
        case .weekday:
            _ = try name(from: weekdays.map { String($0.prefix(3)) }, element: "Mon")
        case .day, .underDay, .zeroDay:
            if element == .underDay, rest.first == " " { rest = rest.dropFirst() }
            let padded = element == .zeroDay
            day = try number(minimumDigits: padded ? 2 : 1, maximumDigits: 2, element: padded ? "02" : "2")
        default:
            _ = try number(minimumDigits: element == .zeroYearDay ? 3 : 1, maximumDigits: 3, element: "002")
        }
    }

    private mutating func readClock(_ element: GoTimeLayoutElement, next: GoTimeLayoutElement?) throws {
        switch element {
        case .hour:
            hour = try number(minimumDigits: 2, maximumDigits: 2, element: "15")
            guard hour < 24 else { throw outOfRange("hour") }
        case .hour12, .zeroHour12:
            let padded = element == .zeroHour12
            hour = try number(minimumDigits: padded ? 2 : 1, maximumDigits: 2, element: padded ? "03" : "3")
            guard hour <= 12 else { throw outOfRange("hour") }
        case .minute, .zeroMinute:
            let padded = element == .zeroMinute
            minute = try number(minimumDigits: padded ? 2 : 1, maximumDigits: 2, element: padded ? "04" : "4")
            guard minute < 60 else { throw outOfRange("minute") }
        case .second, .zeroSecond:
            let padded = element == .zeroSecond
            second = try number(minimumDigits: padded ? 2 : 1, maximumDigits: 2, element: padded ? "05" : "5")
            guard second < 60 else { throw outOfRange("second") }
            readFractionAfterSeconds(unlessLayoutHasOne: next)
        default:
            let marker = rest.prefix(2).uppercased()
            guard marker == "AM" || marker == "PM" else { throw cannotParse(element == .upperPM ? "PM" : "pm") }
            isPM = marker == "PM"
            sawAMPM = true
            rest = rest.dropFirst(2)
        }
    }

    /// Reads a fraction after the seconds even when the layout has none, as Go does.
    private mutating func readFractionAfterSeconds(unlessLayoutHasOne next: GoTimeLayoutElement?) {
        if case .fraction? = next { return }
        guard let separator = rest.first, separator == "." || separator == ",",
              let digit = rest.dropFirst().first, digit.isASCII, digit.isNumber else { return }
        rest = rest.dropFirst()
        let fraction = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(fraction.count)
        nanoseconds = Int64((String(fraction) + "000000000").prefix(9)) ?? 0
    }

    private mutating func readZoneOffset(zulu: Bool, minutes: Bool, seconds: Bool, colons: Bool) throws {
        if zulu, rest.first == "Z" {
            rest = rest.dropFirst()
            zoneOffset = 0
            zoneName = "UTC"
            return
        }
        guard let sign = rest.first, sign == "+" || sign == "-" else { throw cannotParse("-07:00") }
        rest = rest.dropFirst()
        var offset = try number(minimumDigits: 2, maximumDigits: 2, element: "-07") * 3_600
        for (enabled, scale) in [(minutes, Int64(60)), (seconds, Int64(1))] where enabled {
            if colons {
                guard rest.first == ":" else { throw cannotParse(":") }
                rest = rest.dropFirst()
            }
            offset += try number(minimumDigits: 2, maximumDigits: 2, element: "00") * scale
        }
        zoneOffset = Int(sign == "-" ? -offset : offset)
    }

    private mutating func readZoneName() throws {
        if rest.hasPrefix("UTC") {
            isUTC = true
            rest = rest.dropFirst(3)
            return
        }
        guard let length = GoTimeParse.zoneNameLength(rest) else { throw cannotParse("MST") }
        zoneName = String(rest.prefix(length))
        rest = rest.dropFirst(length)
    }

    private mutating func readFraction(separator: Character, digits: Int, padded: Bool) throws {
        let element = String(separator) + String(repeating: "0", count: digits)
        guard rest.first == separator else {
            if padded { throw cannotParse(element) }
            return
        }
        rest = rest.dropFirst()
        let fraction = rest.prefix { $0.isASCII && $0.isNumber }
        guard !padded || fraction.count == digits else { throw cannotParse(element) }
        rest = rest.dropFirst(fraction.count)
        nanoseconds = Int64((String(fraction) + "000000000").prefix(9)) ?? 0
    }

    private mutating func number(minimumDigits: Int, maximumDigits: Int, element: String) throws -> Int64 {
        let digits = rest.prefix(maximumDigits).prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= minimumDigits, let parsed = Int64(digits) else { throw cannotParse(element) }
        rest = rest.dropFirst(digits.count)
        return parsed
    }

    private mutating func name(from names: [String], element: String) throws -> Int64 {
        for (index, candidate) in names.enumerated() where rest.lowercased().hasPrefix(candidate.lowercased()) {
            rest = rest.dropFirst(candidate.count)
            return Int64(index)
        }
        throw cannotParse(element)
    }

    func cannotParse(_ element: String) -> GoTimeParse.ParseError {
        let text = "parsing time \(GoQuoting.quote(value)) as \(GoQuoting.quote(layout)): "
            + "cannot parse \(GoQuoting.quote(String(rest))) as \(GoQuoting.quote(element))"
        return GoTimeParse.ParseError(description: text)
    }

    func outOfRange(_ field: String) -> GoTimeParse.ParseError {
        GoTimeParse.ParseError(description: "parsing time \(GoQuoting.quote(value)): \(field) out of range")
    }
}
