/// The flags, width and precision of one fmt directive.
struct FormatFlags {
    var plus = false
    var minus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v`: the plus flag moves here, so numbers print without a sign.
    var plusV = false
    /// `%#v`: Go syntax.
    var sharpV = false
    var width: Int?
    var precision: Int?
}

/// Prints values by fmt's verbs into a byte buffer, as Go's `pp` does for one `Sprintf` call.
struct GoValuePrinter {
    var output: [UInt8] = []
    var flags = FormatFlags()

    /// Writes `%!VERB(DETAIL)`, as for `MISSING` and `BADINDEX`.
    mutating func writeError(verb: Unicode.Scalar, detail: String) {
        output.append(contentsOf: Array("%!".utf8))
        output.append(contentsOf: String(verb).utf8)
        output.append(UInt8(ascii: "("))
        output.append(contentsOf: detail.utf8)
        output.append(UInt8(ascii: ")"))
    }

    /// Prints one operand of the argument list.
    mutating func printArgument(_ value: Value, verb: Unicode.Scalar) {
        if value.isNull {
            if verb == "v" || verb == "T" {
                pad(Array("<nil>".utf8))
            } else {
                writeError(verb: verb, detail: "<nil>")
            }
            return
        }
        if verb == "T" {
            formatString(value.goTypeName, verb: "s")
            return
        }
        printValue(value, verb: verb, depth: 0)
    }

    private mutating func printValue(_ value: Value, verb: Unicode.Scalar, depth: Int) {
        guard depth < SelfReferenceMonitor.maxDepth else {
            SelfReferenceMonitor.report()
            return
        }
        switch value {
        case .null:
            // A nil inside a list or map is a nil interface, which prints as <nil> for every verb.
            output.append(contentsOf: Array((flags.sharpV ? "interface {}(nil)" : "<nil>").utf8))
        case .bool(let flag):
            if verb == "t" || verb == "v" {
                pad(Array((flag ? "true" : "false").utf8))
            } else {
                badVerb(verb, value)
            }
        case .int(let number), .int64(let number):
            formatSignedInteger(number, verb: verb, value: value)
        case .float(let number):
            formatFloat(number, verb: verb, value: value)
        case .string(let text):
            formatString(text, verb: verb)
        case .bytes(let bytes):
            formatBytes(bytes, verb: verb)
        case .list(let items):
            printElements(items, typeName: "[]interface {}", verb: verb, depth: depth)
        case .map(let map):
            printEntries(map, typeName: map.goTypeName ?? "map[string]interface {}", verb: verb, depth: depth)
        case .object(let object):
            if let collection = object.collectionValue {
                // A map or slice type prints as its elements do; `%#v` names the type.
                if flags.sharpV, value.isGoNil {
                    output.append(contentsOf: Array((object.goTypeName + "(nil)").utf8))
                } else if case .list(let items) = collection {
                    printElements(items, typeName: object.goTypeName, verb: verb, depth: depth)
                } else if case .map(let map) = collection {
                    printEntries(map, typeName: object.goTypeName, verb: verb, depth: depth)
                } else {
                    printValue(collection, verb: verb, depth: depth)
                }
            } else if verb == "v", flags.plusV, let described = object.goFieldDescription {
                pad(Array(described.utf8))
            } else if verb == "v" || verb == "s" {
                pad(Array(object.goDescription.utf8))
            } else {
                badVerb(verb, value)
            }
        }
    }

    /// Prints `[a b]`, or `TYPE{a, b}` under `%#v`.
    private mutating func printElements(_ items: [Value], typeName: String, verb: Unicode.Scalar, depth: Int) {
        let goSyntax = flags.sharpV
        output.append(contentsOf: Array((goSyntax ? typeName + "{" : "[").utf8))
        for (index, item) in items.enumerated() {
            if index > 0 { output.append(contentsOf: Array((goSyntax ? ", " : " ").utf8)) }
            printValue(item, verb: verb, depth: depth + 1)
        }
        output.append(goSyntax ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Prints `map[k:v]`, or `TYPE{"k":v}` under `%#v`, with keys in byte order.
    private mutating func printEntries(_ map: ValueMap, typeName: String, verb: Unicode.Scalar, depth: Int) {
        let goSyntax = flags.sharpV
        output.append(contentsOf: Array((goSyntax ? typeName + "{" : "map[").utf8))
        let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            if index > 0 { output.append(contentsOf: Array((goSyntax ? ", " : " ").utf8)) }
            printValue(.string(key), verb: verb, depth: depth + 1)
            output.append(UInt8(ascii: ":"))
            printValue(map[key] ?? .null, verb: verb, depth: depth + 1)
        }
        output.append(goSyntax ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Writes `%!VERB(TYPE=VALUE)` with the value printed by `%v` under the same flags.
    mutating func badVerb(_ verb: Unicode.Scalar, _ value: Value) {
        output.append(contentsOf: Array("%!".utf8))
        output.append(contentsOf: String(verb).utf8)
        output.append(UInt8(ascii: "("))
        output.append(contentsOf: value.goTypeName.utf8)
        output.append(UInt8(ascii: "="))
        printValue(value, verb: "v", depth: 0)
        output.append(UInt8(ascii: ")"))
    }

    private mutating func formatBytes(_ bytes: [UInt8], verb: Unicode.Scalar) {
        switch verb {
        case "s":
            formatString(String(decoding: bytes, as: UTF8.self), verb: "s")
        case "x", "X", "q":
            formatString(String(decoding: bytes, as: UTF8.self), verb: verb)
        default:
            // Other verbs print each byte as a uint8.
            output.append(UInt8(ascii: "["))
            for (index, byte) in bytes.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                if "vdboOxXcqU".unicodeScalars.contains(verb) {
                    formatInteger(UInt64(byte), negative: false, verb: verb == "v" ? "d" : verb)
                } else {
                    output.append(contentsOf: Array("%!\(verb)(uint8=\(byte))".utf8))
                }
            }
            output.append(UInt8(ascii: "]"))
        }
    }
}

extension GoValuePrinter {
    /// Pads `text` to the width, counted in runes. The padding goes on the left (zeros under the
    /// `0` flag, spaces otherwise), or on the right as spaces under the `-` flag.
    mutating func pad(_ text: [UInt8]) {
        guard let width = flags.width, width > 0 else {
            output.append(contentsOf: text)
            return
        }
        let runeCount = text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let padding = width - runeCount
        if padding <= 0 {
            output.append(contentsOf: text)
        } else if flags.minus {
            output.append(contentsOf: text)
            writePadding(padding)
        } else {
            writePadding(padding)
            output.append(contentsOf: text)
        }
    }

    mutating func writePadding(_ count: Int) {
        guard count > 0 else { return }
        let padByte = flags.zero ? UInt8(ascii: "0") : UInt8(ascii: " ")
        output.append(contentsOf: repeatElement(padByte, count: count))
    }

    /// Pads with spaces even under the `0` flag, as fmt does for text that is not a number.
    mutating func padWithoutZeros(_ text: [UInt8]) {
        let zero = flags.zero
        flags.zero = false
        pad(text)
        flags.zero = zero
    }
}
