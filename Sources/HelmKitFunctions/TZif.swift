import Foundation

/// The zone data of a TZif file in the system's zoneinfo directory, which Go's `time` package
/// reads too: it gives the abbreviations Go prints (`EST`, `IST`), where Foundation on Linux
/// prints `GMT-5`.
struct TZif {
    struct LocalType {
        let offset: Int
        let isDaylightSaving: Bool
        let abbreviation: String
    }

    let transitions: [Int64]
    let transitionTypes: [Int]
    let types: [LocalType]
    /// The standard and daylight-saving names of the POSIX rule for times after the last transition.
    let footerNames: (standard: String, daylight: String?)?

    /// Reads `/usr/share/zoneinfo/IDENTIFIER`; returns nil when it is missing or malformed.
    init?(identifier: String) {
        guard !identifier.contains(".."),
              let data = FileManager.default.contents(atPath: "/usr/share/zoneinfo/" + identifier) else { return nil }
        var reader = ByteReader(bytes: [UInt8](data))
        guard reader.readString(4) == "TZif", let version = reader.readByte() else { return nil }
        reader.skip(15)

        // Version 2 and later repeat the data with 64-bit times after the 32-bit block.
        var counts = reader.readCounts()
        var timeSize = 4
        if version >= UInt8(ascii: "2"), let v1 = counts {
            reader.skip(v1.time * 5 + v1.type * 6 + v1.character + v1.leap * 8 + v1.standard + v1.universal)
            guard reader.readString(4) == "TZif" else { return nil }
            reader.skip(16)
            counts = reader.readCounts()
            timeSize = 8
        }
        guard let counts else { return nil }

        transitions = (0..<counts.time).compactMap { _ in reader.readInteger(size: timeSize) }
        transitionTypes = (0..<counts.time).compactMap { _ in reader.readByte().map(Int.init) }
        let rawTypes = (0..<counts.type).compactMap { _ -> (Int, Bool, Int)? in
            guard let offset = reader.readInteger(size: 4), let flag = reader.readByte(), let index = reader.readByte() else { return nil }
            return (Int(offset), flag != 0, Int(index))
        }
        let characters = reader.readBytes(counts.character)
        types = rawTypes.map { offset, isDaylightSaving, index in
            let tail = characters.dropFirst(index)
            let name = String(decoding: tail.prefix { $0 != 0 }, as: UTF8.self)
            return LocalType(offset: offset, isDaylightSaving: isDaylightSaving, abbreviation: name)
        }
        guard transitions.count == counts.time, transitionTypes.count == counts.time, types.count == counts.type,
              !types.isEmpty else { return nil }

        reader.skip(counts.leap * (timeSize + 4) + counts.standard + counts.universal)
        footerNames = timeSize == 8 ? Self.footerNames(reader.remainingText()) : nil
    }

    /// Returns the zone in effect at `seconds`, or nil after the last transition when the POSIX
    /// rule decides (the caller then asks Foundation for the offset).
    func localType(at seconds: Int64) -> LocalType? {
        guard let last = transitions.last, seconds < last || footerNames == nil else { return nil }
        guard let first = transitions.first, seconds >= first else {
            return types.first { !$0.isDaylightSaving } ?? types[0]
        }
        var low = 0
        var high = transitions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle - 1 }
        }
        let index = transitionTypes[low]
        return index < types.count ? types[index] : nil
    }

    /// Reads the zone names of a POSIX TZ string such as `EST5EDT,M3.2.0,M11.1.0` or `<+0530>-5:30`.
    private static func footerNames(_ footer: String) -> (String, String?)? {
        var rest = Substring(footer.trimmingCharacters(in: .whitespacesAndNewlines))
        func name() -> String? {
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                let text = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                return text
            }
            let letters = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(letters.count)
            return letters.isEmpty ? nil : String(letters)
        }
        guard let standard = name() else { return nil }
        rest = rest.drop { "+-0123456789:".contains($0) }
        return (standard, name())
    }
}

/// Zone files already read, so formatting many dates reads each file once.
final class TZifCache: @unchecked Sendable {
    static let shared = TZifCache()

    private let lock = NSLock()
    private var entries: [String: TZif?] = [:]

    func data(for identifier: String) -> TZif? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = entries[identifier] { return cached }
        let loaded = TZif(identifier: identifier)
        entries[identifier] = .some(loaded)
        return loaded
    }
}

private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    struct Counts {
        let universal, standard, leap, time, type, character: Int
    }

    mutating func skip(_ count: Int) { position += count }

    mutating func readByte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func readBytes(_ count: Int) -> ArraySlice<UInt8> {
        let end = min(position + count, bytes.count)
        defer { position = end }
        return bytes[min(position, end)..<end]
    }

    mutating func readString(_ count: Int) -> String {
        String(decoding: readBytes(count), as: UTF8.self)
    }

    /// Reads a big-endian signed integer of 4 or 8 bytes.
    mutating func readInteger(size: Int) -> Int64? {
        let slice = readBytes(size)
        guard slice.count == size else { return nil }
        let unsigned = slice.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return size == 4 ? Int64(Int32(truncatingIfNeeded: unsigned)) : Int64(bitPattern: unsigned)
    }

    mutating func readCounts() -> Counts? {
        let values = (0..<6).compactMap { _ in readInteger(size: 4).map(Int.init) }
        guard values.count == 6, values.allSatisfy({ $0 >= 0 && $0 < 1 << 20 }) else { return nil }
        return Counts(universal: values[0], standard: values[1], leap: values[2], time: values[3], type: values[4], character: values[5])
    }

    func remainingText() -> String {
        String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self)
    }
}
