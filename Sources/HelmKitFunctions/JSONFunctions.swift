import HelmKitTemplate
import HelmKitValues

/// Helm's `toJson`/`fromJson` family and Sprig's `toPrettyJson`, `toRawJson` and `mustFromJson`.
extension FunctionLibrary {
    static func jsonFunctions() -> [String: TemplateFunction] {
        func encoder(_ transform: @escaping (String) -> String, swallowingErrors: Bool) -> TemplateFunction {
            { arguments in
                let value = try Arguments(arguments, count: 1)[0]
                do {
                    return .string(transform(try JSONCodec.encode(try ObjectEncoding.jsonReady(value))))
                } catch {
                    if swallowingErrors { return .string("") }
                    throw FunctionCallError.failed(String(describing: error))
                }
            }
        }

        let fromJson: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            let (value, error) = JSONCodec.decodeMap(text)
            // encoding/json decodes `null` into a map as a nil map.
            guard let error else { return value.isNull ? .nilMap : value }
            // Helm keeps what was decoded before the error and adds the message under `Error`.
            let map = value.mapValue ?? ValueMap()
            map["Error"] = .string(error.message)
            return .map(map)
        }
        let fromJsonArray: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            let (value, error) = JSONCodec.decodeList(text)
            if let error { return .list([.string(error.message)]) }
            // encoding/json decodes `null` into a slice as a nil slice.
            return value.isNull ? .nilList : value
        }
        let mustFromJson: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            do {
                return try JSONCodec.decode(text)
            } catch {
                throw FunctionCallError.failed(String(describing: error))
            }
        }

        let identity: (String) -> String = { $0 }
        return [
            "toJson": encoder(identity, swallowingErrors: true),
            "mustToJson": encoder(identity, swallowingErrors: false),
            "toPrettyJson": encoder(JSONText.indented, swallowingErrors: true),
            "mustToPrettyJson": encoder(JSONText.indented, swallowingErrors: false),
            "toRawJson": encoder(JSONText.unescapingHTML, swallowingErrors: false),
            "mustToRawJson": encoder(JSONText.unescapingHTML, swallowingErrors: false),
            "fromJson": fromJson, "fromJsonArray": fromJsonArray, "mustFromJson": mustFromJson,
        ]
    }
}

/// Rewrites of compact JSON text as Go's encoding/json produces them.
enum JSONText {
    /// Indents as `json.MarshalIndent(value, "", "  ")`: empty objects and arrays stay `{}`/`[]`.
    static func indented(_ compact: String) -> String {
        let bytes = Array(compact.utf8)
        var output: [UInt8] = []
        var depth = 0
        var inString = false
        var index = 0
        func newline() {
            output.append(0x0A)
            output += Array(repeating: UInt8(ascii: " "), count: depth * 2)
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                output.append(byte)
                if byte == UInt8(ascii: "\\"), index < bytes.count {
                    output.append(bytes[index])
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                output.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                output.append(byte)
                let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index < bytes.count, bytes[index] == closing {
                    output.append(closing)
                    index += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                output.append(byte)
            case UInt8(ascii: ","):
                output.append(byte)
                newline()
            case UInt8(ascii: ":"):
                output += [byte, UInt8(ascii: " ")]
            default:
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Undoes the HTML-safe escapes of `<`, `>` and `&`, as an encoder with `SetEscapeHTML(false)`.
    static func unescapingHTML(_ compact: String) -> String {
        let escapes: [String: String] = ["u003c": "<", "u003e": ">", "u0026": "&"]
        var output = ""
        var characters = compact[...]
        while let character = characters.popFirst() {
            guard character == "\\", let next = characters.first else {
                output.append(character)
                continue
            }
            let code = String(characters.prefix(5))
            if next == "u", let replacement = escapes[code] {
                output += replacement
                characters = characters.dropFirst(5)
            } else {
                output.append(character)
                output.append(next)
                characters = characters.dropFirst()
            }
        }
        return output
    }
}
