/// go-yaml v2's timestamp test: `time.Parse` with the layouts `2006-1-2T15:4:5.999999999Z07:00`
/// (also with a lower-case `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`.
///
/// Decoding keeps a timestamp's text, so the test only decides whether the encoder quotes a string.
enum YAMLTimestamp {
    static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        var reader = ByteReader(bytes: bytes[...])

        guard let year = reader.number(minDigits: 4, maxDigits: 4), reader.take(UInt8(ascii: "-")),
              let month = reader.number(minDigits: 1, maxDigits: 2), reader.take(UInt8(ascii: "-")),
              let day = reader.number(minDigits: 1, maxDigits: 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return false
        }
        if reader.isAtEnd {
            return true
        }

        let separator = reader.next()
        let needsZone = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        guard needsZone || separator == UInt8(ascii: " ") else { return false }
        guard let hour = reader.number(minDigits: 1, maxDigits: 2), hour < 24, reader.take(UInt8(ascii: ":")),
              let minute = reader.number(minDigits: 1, maxDigits: 2), minute < 60, reader.take(UInt8(ascii: ":")),
              let second = reader.number(minDigits: 1, maxDigits: 2), second < 60 else {
            return false
        }

        // time.Parse accepts a fraction after the seconds, with a period or a comma.
        if reader.peek == UInt8(ascii: ".") || reader.peek == UInt8(ascii: ",") {
            let mark = reader
            _ = reader.next()
            if reader.number(minDigits: 1, maxDigits: Int.max) == nil {
                reader = mark
            }
        }

        guard needsZone else { return reader.isAtEnd }
        if reader.take(UInt8(ascii: "Z")) {
            return reader.isAtEnd
        }
        guard reader.take(UInt8(ascii: "+")) || reader.take(UInt8(ascii: "-")),
              let zoneHour = reader.number(minDigits: 2, maxDigits: 2), zoneHour < 24, reader.take(UInt8(ascii: ":")),
              let zoneMinute = reader.number(minDigits: 2, maxDigits: 2), zoneMinute < 60 else {
            return false
        }
        return reader.isAtEnd
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    private struct ByteReader {
        var bytes: ArraySlice<UInt8>

        var isAtEnd: Bool { bytes.isEmpty }
        var peek: UInt8? { bytes.first }

        mutating func next() -> UInt8? { bytes.popFirst() }

        mutating func take(_ byte: UInt8) -> Bool {
            guard bytes.first == byte else { return false }
            bytes = bytes.dropFirst()
            return true
        }

        /// Reads between `minDigits` and `maxDigits` decimal digits, greedily.
        mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maxDigits, let byte = bytes.first, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = count < 18 ? value * 10 + Int(byte - UInt8(ascii: "0")) : value
                count += 1
                bytes = bytes.dropFirst()
            }
            return count >= minDigits ? value : nil
        }
    }
}
