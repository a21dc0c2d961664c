/// The YAML 1.1 tags go-yaml v2 resolves plain scalars to, in their long form.
enum YAMLTag {
    static let prefix = "tag:yaml.org,2002:"
    static let string = prefix + "str"
    static let bool = prefix + "bool"
    static let int = prefix + "int"
    static let float = prefix + "float"
    static let null = prefix + "null"
    static let timestamp = prefix + "timestamp"
    static let binary = prefix + "binary"
    static let merge = prefix + "merge"

    /// Returns the `!!name` form go-yaml prints in messages.
    static func short(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}

/// A scalar's value as go-yaml v2 types it before sigs.k8s.io/yaml converts it to JSON.
enum ResolvedScalar {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    /// A string, a timestamp (kept as its text) or the merge key `<<`.
    case string(String)
}

/// Resolves scalars by go-yaml v2's rules (its resolve.go): YAML 1.1 booleans such as
/// `yes`/`off`/`y`, `~` and empty as null, Go's base-prefixed integers, and floats.
enum YAMLScalarResolver {
    private static let knownWords: [String: (tag: String, value: ResolvedScalar)] = {
        var words: [String: (tag: String, value: ResolvedScalar)] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] {
            words[word] = (YAMLTag.bool, .bool(true))
        }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
            words[word] = (YAMLTag.bool, .bool(false))
        }
        for word in ["", "~", "null", "Null", "NULL"] {
            words[word] = (YAMLTag.null, .null)
        }
        for word in [".nan", ".NaN", ".NAN"] {
            words[word] = (YAMLTag.float, .float(.nan))
        }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] {
            words[word] = (YAMLTag.float, .float(.infinity))
        }
        for word in ["-.inf", "-.Inf", "-.INF"] {
            words[word] = (YAMLTag.float, .float(-.infinity))
        }
        words["<<"] = (YAMLTag.merge, .string("<<"))
        return words
    }()

    /// Returns the resolved tag and value of `text` carrying the explicit `tag` (empty for none).
    ///
    /// Throws go-yaml's `cannot decode !!str `abc` as a !!int` when an explicit tag does not fit.
    static func resolve(tag: String, text: String) throws -> (tag: String, value: ResolvedScalar) {
        switch tag {
        case "", YAMLTag.string, YAMLTag.bool, YAMLTag.int, YAMLTag.float, YAMLTag.null, YAMLTag.timestamp:
            break
        default:
            return (tag, .string(text))
        }

        let resolved = resolveByText(text, explicitTag: tag)
        switch tag {
        case "", resolved.tag, YAMLTag.string:
            return resolved
        case YAMLTag.float where resolved.tag == YAMLTag.int:
            if case .int(let number) = resolved.value { return (YAMLTag.float, .float(Double(number))) }
            if case .uint(let number) = resolved.value { return (YAMLTag.float, .float(Double(number))) }
        default:
            break
        }
        throw ValueError(
            "yaml: cannot decode \(YAMLTag.short(resolved.tag)) `\(text)` as a \(YAMLTag.short(tag))")
    }

    /// Returns the tag a plain scalar with this text would get: what the encoder checks
    /// to decide whether a string needs quotes.
    static func implicitTag(of text: String) -> String {
        resolveByText(text, explicitTag: "").tag
    }

    private static func resolveByText(_ text: String, explicitTag: String) -> (tag: String, value: ResolvedScalar) {
        if explicitTag == YAMLTag.string {
            return (YAMLTag.string, .string(text))
        }
        let bytes = Array(text.utf8)
        guard let first = bytes.first else {
            return (YAMLTag.null, .null)
        }

        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            if let known = knownWords[text] { return known }
        case UInt8(ascii: "."):
            if let known = knownWords[text] { return known }
            if GoNumberSyntax.isDecimalFloat(bytes[...]), let number = Double(text), number.isFinite {
                return (YAMLTag.float, .float(number))
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let known = knownWords[text] { return known }
            if let number = resolveNumber(bytes, explicitTag: explicitTag) { return number }
        default:
            break
        }
        return (YAMLTag.string, .string(text))
    }

    private static func resolveNumber(_ bytes: [UInt8], explicitTag: String) -> (tag: String, value: ResolvedScalar)? {
        if explicitTag.isEmpty || explicitTag == YAMLTag.timestamp, YAMLTimestamp.isTimestamp(bytes) {
            return (YAMLTag.timestamp, .string(String(decoding: bytes, as: UTF8.self)))
        }

        let plain = bytes.filter { $0 != UInt8(ascii: "_") }
        if let number = GoNumberSyntax.parseInt(plain[...]) {
            return (YAMLTag.int, .int(number))
        }
        if let number = GoNumberSyntax.parseUInt(plain[...]) {
            return (YAMLTag.int, .uint(number))
        }
        if GoNumberSyntax.isDecimalFloat(plain[...]),
           let number = Double(String(decoding: plain, as: UTF8.self)), number.isFinite {
            return (YAMLTag.float, .float(number))
        }
        return nil
    }

    /// Returns true for YAML 1.1 base-60 numbers such as `1:30`, which go-yaml v2 quotes on output.
    static func isBase60Float(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        guard let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || isDigit(first),
              bytes.contains(UInt8(ascii: ":")) else {
            return false
        }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }

        // [0-9][0-9_]* then one or more (:[0-5]?[0-9]) then an optional (\.[0-9_]*).
        guard let lead = bytes.first, isDigit(lead) else { return false }
        bytes = bytes.dropFirst().drop { isDigit($0) || $0 == UInt8(ascii: "_") }
        var groups = 0
        while bytes.first == UInt8(ascii: ":") {
            bytes = bytes.dropFirst()
            let digits = bytes.prefix { isDigit($0) }
            guard digits.count == 1 || (digits.count == 2 && digits.first ?? 9 <= UInt8(ascii: "5")) else {
                return false
            }
            bytes = bytes.dropFirst(digits.count)
            groups += 1
        }
        guard groups > 0 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst().drop { isDigit($0) || $0 == UInt8(ascii: "_") }
        }
        return bytes.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
