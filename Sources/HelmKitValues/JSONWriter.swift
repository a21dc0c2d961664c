import Foundation

/// Writes JSON as Go's `json.Marshal` does: keys sorted by bytes, HTML-safe string escapes and
/// encoding/json's float format.
struct JSONWriter {
    private var output: [UInt8] = []

    static func encode(_ value: Value) throws -> String {
        var writer = JSONWriter()
        try writer.write(value)
        return String(decoding: writer.output, as: UTF8.self)
    }

    private mutating func write(_ value: Value) throws {
        switch value {
        case .null:
            append("null")
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .int(let number), .int64(let number):
            append(String(number))
        case .float(let number):
            guard number.isFinite else {
                throw ValueError("json: unsupported value: \(GoFloat.format(number, verb: "g", precision: -1))")
            }
            append(GoNumberText.json(number))
        case .string(let text):
            writeString(text)
        case .bytes(let bytes):
            writeString(Data(bytes).base64EncodedString())
        case .list(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try write(item)
            }
            output.append(UInt8(ascii: "]"))
        case .map(let map):
            output.append(UInt8(ascii: "{"))
            let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key)
                output.append(UInt8(ascii: ":"))
                try write(map[key] ?? .null)
            }
            output.append(UInt8(ascii: "}"))
        case .object(let object):
            // TODO: objects without a JSON form encode as `{}`; encoding/json would list their
            // exported fields.
            try write((object as? any JSONRepresentable)?.jsonValue ?? .map(ValueMap()))
        }
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ text: String) {
        let hexDigits = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                append("\\u00")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) break JavaScript string literals.
                let second = bytes.next()
                let third = bytes.next()
                if second == 0x80, let third, third == 0xA8 || third == 0xA9 {
                    append(third == 0xA8 ? "\\u2028" : "\\u2029")
                } else {
                    output.append(byte)
                    if let second { output.append(second) }
                    if let third { output.append(third) }
                }
            case 0xF4:
                // encoding/json writes each byte that is not UTF-8 as an escaped U+FFFD.
                let rest = [bytes.next(), bytes.next(), bytes.next()].compactMap { $0 }
                let sequence = [byte] + rest
                if let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first,
                   rest.count == 3, GoByteString.escapedByte(scalar) != nil {
                    append("\\ufffd")
                } else {
                    output.append(contentsOf: sequence)
                }
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
