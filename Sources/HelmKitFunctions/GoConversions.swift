import HelmKitValues

/// The conversions Sprig applies to `interface{}` arguments: spf13/cast v1.7.0's `ToInt64`,
/// `ToFloat64` and `ToInt` with errors ignored, Sprig's `strval` and its `empty`.
enum GoConversions {
    /// Converts as `cast.ToInt64`: floats truncate, strings parse in Go syntax, failures are 0.
    static func toInt64(_ value: Value) -> Int64 {
        switch value {
        case .int(let number), .int64(let number):
            return number
        case .float(let number):
            return truncatingInt64(number)
        case .string(let text):
            return GoNumberParser.parseInt(GoNumberParser.trimmingZeroFraction(text)) ?? 0
        case .bool(let flag):
            return flag ? 1 : 0
        case .null, .list, .map, .bytes, .object:
            return 0
        }
    }

    /// Converts as `cast.ToFloat64`: strings parse as `strconv.ParseFloat`, failures are 0.
    static func toFloat64(_ value: Value) -> Double {
        switch value {
        case .int(let number), .int64(let number):
            return Double(number)
        case .float(let number):
            return number
        case .string(let text):
            guard let number = GoNumberParser.parseFloat(text) else { return 0 }
            // ParseFloat reports an out-of-range value as an error, which makes cast return 0;
            // only a spelled-out infinity is a value.
            if number.isInfinite, !text.lowercased().contains("inf") { return 0 }
            return number
        case .bool(let flag):
            return flag ? 1 : 0
        case .null, .list, .map, .bytes, .object:
            return 0
        }
    }

    /// Converts a float64 to int64 as Go does on amd64: out-of-range values and NaN give the
    /// minimum int64.
    static func truncatingInt64(_ number: Double) -> Int64 {
        guard number.isFinite, number >= -9.223372036854775808e18, number < 9.223372036854775808e18 else {
            return Int64.min
        }
        return Int64(number.rounded(.towardZero))
    }

    /// Formats as Sprig's `strval`: strings and bytes as text, everything else as `%v`.
    static func strval(_ value: Value) -> String {
        switch value {
        case .string(let text):
            return text
        case .bytes(let bytes):
            return GoByteString.string(bytes)
        default:
            return value.goPrinted
        }
    }

    /// Tests emptiness as Sprig's `empty`: nil, false, zero, and empty strings, lists and maps.
    /// Objects of a map or slice type are empty without elements, and other objects (Go
    /// structs) never are.
    static func isEmpty(_ value: Value) -> Bool {
        switch value {
        case .null: return true
        case .bool(let flag): return !flag
        case .int(let number), .int64(let number): return number == 0
        case .float(let number): return number == 0
        case .string(let text): return text.isEmpty
        case .list(let items): return items.isEmpty
        case .map(let map): return map.isEmpty
        case .bytes(let bytes): return bytes.isEmpty
        case .object(let object): return object.collectionValue.map(isEmpty) ?? false
        }
    }

    /// Returns the elements of a Go slice value, or nil when the value is not a slice. Objects of
    /// a slice type, such as a `[]string`, count, because Sprig reads them through reflection.
    static func sliceElements(_ value: Value) -> [Value]? {
        switch value {
        case .list(let items): return items
        case .bytes(let bytes): return bytes.map { .int(Int64($0)) }
        case .object(let object):
            if case .list(let items)? = object.collectionValue { return items }
            return nil
        default: return nil
        }
    }
}
