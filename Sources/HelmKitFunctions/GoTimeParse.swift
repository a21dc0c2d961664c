import HelmKitValues

/// Go's `time.ParseInLocation` for the layout elements charts use.
enum GoTimeParse {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(layout: String, value: String, location: GoLocation) throws -> GoTime {
        var rest = Substring(value)
        // Omitted fields are zero, or one where zero is impossible: year 0, January 1.
        var year: Int64 = 0, month: Int64 = 1, day: Int64 = 1
        var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0, nanoseconds: Int64 = 0
        var isPM = false, sawAMPM = false
        var zoneOffset: Int? = nil
        var zoneName: String? = nil
        var isUTC = false
        let quotedValue = GoQuoting.quote(value)

        func cannotParse(_ element: String) -> ParseError {
            ParseError(description: "parsing time \(quotedValue) as \(GoQuoting.quote(layout)): cannot parse \(GoQuoting.quote(String(rest))) as \(GoQuoting.quote(element))")
        }
        func outOfRange(_ field: String) -> ParseError {
            ParseError(description: "parsing time \(quotedValue): \(field) out of range")
        }
        func number(minimumDigits: Int, maximumDigits: Int, element: String) throws -> Int64 {
            let digits = rest.prefix(maximumDigits).prefix { $0.isASCII && $0.isNumber }
            guard digits.count >= minimumDigits, let parsed = Int64(digits) else { throw cannotParse(element) }
            rest = rest.dropFirst(digits.count)
            return parsed
        }
        func name(from names: [String], element: String) throws -> Int64 {
            for (index, candidate) in names.enumerated() where rest.lowercased().hasPrefix(candidate.lowercased()) {
                rest = rest.dropFirst(candidate.count)
                return Int64(index)
            }
            throw cannotParse(element)
        }

        let longMonths = GoTimeFormat.monthNames
        let longWeekdays = GoTimeFormat.weekdayNames
        let elements = GoTimeLayoutElement.parse(layout)
        for (elementIndex, element) in elements.enumerated() {
            switch element {
            case .literal(let text):
                rest = try skip(text, in: rest) ?? { throw cannotParse(text) }()
            case .longYear: year = try number(minimumDigits: 4, maximumDigits: 4, element: "2006")
            case .year:
                let twoDigits = try number(minimumDigits: 2, maximumDigits: 2, element: "06")
                year = twoDigits >= 69 ? twoDigits + 1900 : twoDigits + 2000
            case .longMonth: month = try name(from: longMonths, element: "January") + 1
            case .month: month = try name(from: longMonths.map { String($0.prefix(3)) }, element: "Jan") + 1
            case .numberMonth, .zeroMonth:
                month = try number(minimumDigits: element == .zeroMonth ? 2 : 1, maximumDigits: 2, element: element == .zeroMonth ? "01" : "1")
                guard (1...12).contains(month) else { throw outOfRange("month") }
            case .longWeekday: _ = try name(from: longWeekdays, element: "Monday")
            case .weekday: _ = try name(from: longWeekdays.map { String($0.prefix(3)) }, element: "Mon")
            case .day, .underDay, .zeroDay:
                if element == .underDay, rest.first == " " { rest = rest.dropFirst() }
                day = try number(minimumDigits: element == .zeroDay ? 2 : 1, maximumDigits: 2, element: element == .zeroDay ? "02" : "2")
            case .underYearDay, .zeroYearDay:
                _ = try number(minimumDigits: element == .zeroYearDay ? 3 : 1, maximumDigits: 3, element: "002")
            case .hour:
                hour = try number(minimumDigits: 2, maximumDigits: 2, element: "15")
                guard hour < 24 else { throw outOfRange("hour") }
            case .hour12, .zeroHour12:
                hour = try number(minimumDigits: element == .zeroHour12 ? 2 : 1, maximumDigits: 2, element: element == .zeroHour12 ? "03" : "3")
                guard hour <= 12 else { throw outOfRange("hour") }
            case .minute, .zeroMinute:
                minute = try number(minimumDigits: element == .zeroMinute ? 2 : 1, maximumDigits: 2, element: element == .zeroMinute ? "04" : "4")
                guard minute < 60 else { throw outOfRange("minute") }
            case .second, .zeroSecond:
                second = try number(minimumDigits: element == .zeroSecond ? 2 : 1, maximumDigits: 2, element: element == .zeroSecond ? "05" : "5")
                guard second < 60 else { throw outOfRange("second") }
                // Go reads a fraction after the seconds even when the layout has none.
                let layoutHasFraction: Bool
                if elementIndex + 1 < elements.count, case .fraction = elements[elementIndex + 1] {
                    layoutHasFraction = true
                } else {
                    layoutHasFraction = false
                }
                if !layoutHasFraction, let separator = rest.first, separator == "." || separator == ",",
                   let digit = rest.dropFirst().first, digit.isASCII, digit.isNumber {
                    rest = rest.dropFirst()
                    let fraction = rest.prefix { $0.isASCII && $0.isNumber }
                    rest = rest.dropFirst(fraction.count)
                    nanoseconds = Int64((String(fraction) + "000000000").prefix(9)) ?? 0
                }
            case .upperPM, .lowerPM:
                let marker = rest.prefix(2).uppercased()
                guard marker == "AM" || marker == "PM" else { throw cannotParse(element == .upperPM ? "PM" : "pm") }
                isPM = marker == "PM"
                sawAMPM = true
                rest = rest.dropFirst(2)
            case .zoneOffset(let zulu, let minutes, let seconds, let colons):
                if zulu, rest.first == "Z" {
                    rest = rest.dropFirst()
                    zoneOffset = 0
                    zoneName = "UTC"
                    continue
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
            case .zoneName:
                if rest.hasPrefix("UTC") {
                    isUTC = true
                    rest = rest.dropFirst(3)
                    continue
                }
                guard let length = zoneNameLength(rest) else { throw cannotParse("MST") }
                zoneName = String(rest.prefix(length))
                rest = rest.dropFirst(length)
            case .fraction(let separator, let digits, let padded):
                guard rest.first == separator else {
                    if padded { throw cannotParse(String(separator) + String(repeating: "0", count: digits)) }
                    continue
                }
                rest = rest.dropFirst()
                let fraction = rest.prefix { $0.isASCII && $0.isNumber }
                guard !padded || fraction.count == digits else { throw cannotParse(String(separator) + String(repeating: "0", count: digits)) }
                rest = rest.dropFirst(fraction.count)
                nanoseconds = Int64((String(fraction) + "000000000").prefix(9)) ?? 0
            }
        }

        guard rest.isEmpty else {
            throw ParseError(description: "parsing time \(quotedValue): extra text: \(GoQuoting.quote(String(rest)))")
        }
        if sawAMPM {
            if isPM && hour < 12 { hour += 12 }
            if !isPM && hour == 12 { hour = 0 }
        }
        guard day >= 1, day <= daysIn(month: month, year: year) else { throw outOfRange("day") }

        let wallClock = CivilFields.seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        if isUTC { return GoTime(seconds: wallClock, nanoseconds: nanoseconds, location: .utc) }
        return resolve(wallClock: wallClock, nanoseconds: nanoseconds, offset: zoneOffset, name: zoneName, location: location)
    }

    /// Places the wall-clock time in a location as Go does: a parsed offset or zone name that
    /// agrees with `location` keeps it, and otherwise the time gets a fixed zone.
    private static func resolve(wallClock: Int64, nanoseconds: Int64, offset: Int?, name: String?, location: GoLocation) -> GoTime {
        if let offset {
            let instant = wallClock - Int64(offset)
            let local = location.zone(at: instant)
            if local.offset == offset && (name == nil || name == local.name) {
                return GoTime(seconds: instant, nanoseconds: nanoseconds, location: location)
            }
            return GoTime(seconds: instant, nanoseconds: nanoseconds, location: GoLocation(name: name ?? "", kind: .fixed(name: name ?? "", offset: offset)))
        }
        if let name {
            let localZone = location.zone(at: wallClock)
            if localZone.name == name {
                return GoTime(seconds: wallClock - Int64(localZone.offset), nanoseconds: nanoseconds, location: location)
            }
            // Only a GMT name carries an offset, in hours: GMT+3. Go keeps the instant of the
            // wall clock read as UTC and then shows it in that zone.
            let hours = name.hasPrefix("GMT") ? Int(name.dropFirst(3).drop { $0 == "+" }) ?? 0 : 0
            let offset = hours * 3_600
            return GoTime(seconds: wallClock, nanoseconds: nanoseconds,
                          location: GoLocation(name: name, kind: .fixed(name: name, offset: offset)))
        }
        let offsetHere = location.offset(forLocalSeconds: wallClock)
        return GoTime(seconds: wallClock - Int64(offsetHere), nanoseconds: nanoseconds, location: location)
    }

    /// Returns the length of the zone abbreviation at the start of `value`, as Go's
    /// `parseTimeZone` accepts it. That is three capitals, four or five ending in T, `ChST`,
    /// `MeST`, `WITA`, `GMT` with an hour offset, or a signed hour offset such as `+05`.
    private static func zoneNameLength(_ value: Substring) -> Int? {
        let bytes = Array(value.utf8.prefix(8))
        guard bytes.count >= 3 else { return nil }
        if value.hasPrefix("ChST") || value.hasPrefix("MeST") { return 4 }
        if value.hasPrefix("GMT") { return 3 + signedOffsetLength(value.dropFirst(3)) }
        if value.hasPrefix("+") || value.hasPrefix("-") {
            let length = signedOffsetLength(value)
            return length > 0 ? length : nil
        }
        let capitals = bytes.prefix(6).prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }.count
        switch capitals {
        case 3: return 3
        case 4 where bytes[3] == UInt8(ascii: "T") || value.hasPrefix("WITA"): return 4
        case 5 where bytes[4] == UInt8(ascii: "T"): return 5
        default: return nil
        }
    }

    /// Returns the length of a sign and an hour count of at most 23, or 0.
    private static func signedOffsetLength(_ value: Substring) -> Int {
        guard let sign = value.first, sign == "+" || sign == "-" else { return 0 }
        let digits = value.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let hours = Int(digits.prefix(9)), hours <= 23 else { return 0 }
        return 1 + digits.count
    }

    /// Matches a layout literal as Go's `skip`: a space in the layout matches one or more spaces.
    private static func skip(_ literal: String, in value: Substring) -> Substring? {
        var rest = value
        var pattern = Substring(literal)
        while let expected = pattern.first {
            if expected == " " {
                guard rest.first == " " || rest.isEmpty else { return nil }
                pattern = pattern.drop { $0 == " " }
                rest = rest.drop { $0 == " " }
                continue
            }
            guard rest.first == expected else { return nil }
            rest = rest.dropFirst()
            pattern = pattern.dropFirst()
        }
        return rest
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2:
            let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return isLeap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
