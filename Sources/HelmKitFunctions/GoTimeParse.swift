import HelmKitValues

/// Go's `time.ParseInLocation` for the layout elements charts use.
enum GoTimeParse {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(layout: String, value: String, location: GoLocation) throws -> GoTime {
        var reader = GoTimeReader(layout: layout, value: value)
        let elements = GoTimeLayoutElement.parse(layout)
        for (index, element) in elements.enumerated() {
            try reader.read(element, next: index + 1 < elements.count ? elements[index + 1] : nil)
        }

        guard reader.rest.isEmpty else {
            throw ParseError(description: "parsing time \(GoQuoting.quote(value)): extra text: \(GoQuoting.quote(String(reader.rest)))")
        }
        var hour = reader.hour
        if reader.sawAMPM {
            if reader.isPM && hour < 12 { hour += 12 }
            if !reader.isPM && hour == 12 { hour = 0 }
        }
        let (year, month, day) = (reader.year, reader.month, reader.day)
        guard day >= 1, day <= daysIn(month: month, year: year) else { throw reader.outOfRange("day") }

        let wallClock = CivilFields.seconds(year: year, month: month, day: day, hour: hour, minute: reader.minute, second: reader.second)
        let nanoseconds = reader.nanoseconds
        if reader.isUTC { return GoTime(seconds: wallClock, nanoseconds: nanoseconds, location: .utc) }
        return resolve(wallClock: wallClock, nanoseconds: nanoseconds, offset: reader.zoneOffset, name: reader.zoneName, location: location)
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
    static func zoneNameLength(_ value: Substring) -> Int? {
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
    static func skip(_ literal: String, in value: Substring) -> Substring? {
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
