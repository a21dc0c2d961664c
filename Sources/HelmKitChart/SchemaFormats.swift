import HelmKitFunctions
import HelmKitValues

/// The `format` checks Helm's validator asserts for draft-04, -06 and -07 schemas.
///
/// Each check returns why a value is invalid, worded as the validator words the common cases.
// NOTE: the less common reasons (IPv6 and date parse details) are worded approximately.
enum SchemaFormats {
    /// Returns the reason `text` is not valid `format`, or nil when it is valid or the format
    /// is not one the validator checks.
    static func problem(_ text: String, format: String) -> String? {
        switch format {
        case "email": return emailProblem(text)
        case "hostname": return hostnameProblem(text)
        case "ipv4": return ipv4Problem(text)
        case "ipv6": return ipv6Problem(text)
        case "date-time": return dateTimeProblem(text)
        case "date": return dateProblem(text)
        case "time": return timeProblem(text)
        case "uri": return uriProblem(text)
        case "uuid": return uuidProblem(text)
        case "regex":
            do {
                _ = try GoRegularExpression(text)
                return nil
            } catch {
                return "\(error)"
            }
        default: return nil
        }
    }

    static func emailProblem(_ text: String) -> String? {
        guard let at = text.lastIndex(of: "@") else { return "missing @" }
        let local = text[..<at]
        let domain = String(text[text.index(after: at)...])
        if local.count > 64 { return "local part can have maximum 64 characters" }
        for character in local where character == " " || character == "\"" || character == "(" || character == ")"
            || character == "," || character == ":" || character == ";" || character == "<" || character == ">"
            || character == "[" || character == "]" || character == "\\" {
            return "invalid character '\(character)'"
        }
        if let problem = hostnameProblem(domain) { return "invalid domain: " + problem }
        return nil
    }

    static func hostnameProblem(_ text: String) -> String? {
        var name = Substring(text)
        if name.hasSuffix(".") { name = name.dropLast() }
        if name.utf8.count > 253 { return "more than 253 characters long" }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            if label.isEmpty || label.utf8.count > 63 { return "label must be 1 to 63 characters long" }
            if label.hasPrefix("-") { return "label starts with hyphen" }
            if label.hasSuffix("-") { return "label ends with hyphen" }
            if let bad = label.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
                return "invalid character '\(bad)'"
            }
        }
        return nil
    }

    static func ipv4Problem(_ text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return "expected four decimals" }
        for part in parts {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(part) else {
                return "invalid character"
            }
            if part.count > 1, part.hasPrefix("0") { return "leading zeros" }
            if number > 255 { return "decimal must be between 0 and 255" }
        }
        return nil
    }

    static func ipv6Problem(_ text: String) -> String? {
        let quoted = "ParseAddr(\(GoFormat.sprintf("%q", [.string(text)])))"
        if text.components(separatedBy: "::").count > 2 { return quoted + ": multiple :: in address" }
        let fields = text.split(separator: ":", omittingEmptySubsequences: true)
        let compressed = text.contains("::")
        if fields.count > 8 || (!compressed && fields.count != 8) { return quoted + ": address string too short" }
        for field in fields {
            if field.contains(".") {
                if ipv4Problem(String(field)) != nil { return quoted + ": invalid embedded IPv4 address" }
                continue
            }
            if field.count > 4 || !field.allSatisfy(\.isHexDigit) {
                return quoted + ": each colon-separated field must have at least one digit"
            }
        }
        return nil
    }

    static func dateTimeProblem(_ text: String) -> String? {
        if text.utf8.count < 20 { return "less than 20 characters long" }
        let characters = Array(text)
        guard characters[10] == "T" || characters[10] == "t" else { return "10th character must be t or T" }
        if let problem = dateProblem(String(characters[..<10])) { return "invalid date element: " + problem }
        if let problem = timeProblem(String(characters[11...])) { return "invalid time element: " + problem }
        return nil
    }

    static func dateProblem(_ text: String) -> String? {
        let quoted = GoFormat.sprintf("%q", [.string(text)])
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return "parsing time \(quoted) as \"2006-01-02\": cannot parse \(quoted) as \"2006\""
        }
        guard (1...12).contains(month) else { return "parsing time \(quoted): month out of range" }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return "parsing time \(quoted): day out of range" }
        return nil
    }

    static func timeProblem(_ text: String) -> String? {
        if text.utf8.count < 9 { return "less than 9 characters long" }
        let characters = Array(text)
        guard characters[2] == ":", characters[5] == ":",
              let hour = Int(String(characters[0..<2])), let minute = Int(String(characters[3..<5])),
              let second = Int(String(characters[6..<8])) else { return "invalid time" }
        if hour > 23 || minute > 59 || second > 60 { return "hour/min/sec out of range" }
        var rest = characters[8...]
        if rest.first == "." {
            rest = rest.dropFirst()
            let digits = rest.prefix { $0.isNumber }
            if digits.isEmpty { return "no digits in second fraction" }
            rest = rest.dropFirst(digits.count)
        }
        guard let zone = rest.first else { return "no time offset" }
        if zone == "Z" || zone == "z" { return rest.count == 1 ? nil : "invalid time offset" }
        guard zone == "+" || zone == "-", rest.count == 6 else { return "invalid time offset" }
        return nil
    }

    static func uriProblem(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return "relative url" }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return "relative url"
        }
        return nil
    }

    static func uuidProblem(_ text: String) -> String? {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 5 else { return "must have 5 elements" }
        for (group, length) in zip(groups, [8, 4, 4, 4, 12]) {
            if group.count != length { return "element \(group) must be \(length) characters long" }
            if !group.allSatisfy(\.isHexDigit) { return "non-hex character in \(group)" }
        }
        return nil
    }
}
