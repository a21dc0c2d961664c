/// The elements of a Go time layout such as `2006-01-02T15:04:05Z07:00`, split as the `time`
/// package's `nextStdChunk` splits them.
enum GoTimeLayoutElement: Equatable {
    case literal(String)
    case longYear, year, longMonth, month, numberMonth, zeroMonth
    case longWeekday, weekday, day, underDay, zeroDay, underYearDay, zeroYearDay
    case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
    case upperPM, lowerPM, zoneName
    /// A numeric zone: `Z` when `zuluForZero`, with minutes and seconds as given.
    case zoneOffset(zuluForZero: Bool, minutes: Bool, seconds: Bool, colons: Bool)
    /// `.000` (`padded`) or `.999`: `digits` digits after `separator`.
    case fraction(separator: Character, digits: Int, padded: Bool)

    /// Splits `layout` into elements.
    static func parse(_ layout: String) -> [GoTimeLayoutElement] {
        let characters = Array(layout)
        var elements: [GoTimeLayoutElement] = []
        var literal = ""
        var index = 0
        while index < characters.count {
            if let (element, length) = element(in: characters, at: index) {
                if !literal.isEmpty { elements.append(.literal(literal)) }
                literal = ""
                elements.append(element)
                index += length
            } else {
                literal.append(characters[index])
                index += 1
            }
        }
        if !literal.isEmpty { elements.append(.literal(literal)) }
        return elements
    }

    private static func element(in characters: [Character], at index: Int) -> (GoTimeLayoutElement, Int)? {
        func has(_ text: String) -> Bool {
            let expected = Array(text)
            return index + expected.count <= characters.count && Array(characters[index..<(index + expected.count)]) == expected
        }
        func nextIsLowercase(after length: Int) -> Bool {
            index + length < characters.count && characters[index + length].isLowercase && characters[index + length].isASCII
        }

        switch characters[index] {
        case "J" where has("January"): return (.longMonth, 7)
        case "J" where has("Jan") && !nextIsLowercase(after: 3): return (.month, 3)
        case "M" where has("Monday"): return (.longWeekday, 6)
        case "M" where has("Mon") && !nextIsLowercase(after: 3): return (.weekday, 3)
        case "M" where has("MST"): return (.zoneName, 3)
        case "0" where has("002"): return (.zeroYearDay, 3)
        case "0" where index + 1 < characters.count && ("1"..."6").contains(characters[index + 1]):
            let kinds: [GoTimeLayoutElement] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
            return (kinds[Int(String(characters[index + 1])).map { $0 - 1 } ?? 0], 2)
        case "1" where has("15"): return (.hour, 2)
        case "1": return (.numberMonth, 1)
        case "2" where has("2006"): return (.longYear, 4)
        case "2": return (.day, 1)
        case "_" where has("_2006"): return nil
        case "_" where has("_2"): return (.underDay, 2)
        case "_" where has("__2"): return (.underYearDay, 3)
        case "3": return (.hour12, 1)
        case "4": return (.minute, 1)
        case "5": return (.second, 1)
        case "P" where has("PM"): return (.upperPM, 2)
        case "p" where has("pm"): return (.lowerPM, 2)
        case "-", "Z":
            let zulu = characters[index] == "Z"
            let forms: [(String, Bool, Bool, Bool)] = [
                ("070000", true, true, false), ("07:00:00", true, true, true),
                ("0700", true, false, false), ("07:00", true, false, true), ("07", false, false, false),
            ]
            for (suffix, minutes, seconds, colons) in forms where has(String(characters[index]) + suffix) {
                return (.zoneOffset(zuluForZero: zulu, minutes: minutes, seconds: seconds, colons: colons), suffix.count + 1)
            }
            return nil
        case ".", ",":
            guard index + 1 < characters.count, characters[index + 1] == "0" || characters[index + 1] == "9" else { return nil }
            let digit = characters[index + 1]
            var end = index + 1
            while end < characters.count && characters[end] == digit { end += 1 }
            if end < characters.count && characters[end].isASCII && characters[end].isNumber { return nil }
            return (.fraction(separator: characters[index], digits: end - index - 1, padded: digit == "0"), end - index)
        default:
            return nil
        }
    }
}
