import HelmKitValues

/// The parts of a Go `url.URL` that Sprig reads and writes, parsed and printed as `net/url` does
/// for ordinary URLs.
///
/// TODO: Go's host validation, IPv6 zones and `RawPath` are not modelled; such URLs may parse
/// where Go rejects them, or print with different escaping.
struct GoURL {
    var scheme = ""
    var opaque = ""
    /// The escaped `user[:password]` text, or nil when the URL has no user information.
    var userinfo: String? = nil
    var host = ""
    var path = ""
    var rawQuery = ""
    var fragment = ""

    init() {}

    struct ParseError: Error, CustomStringConvertible {
        let url: String
        let reason: String
        var description: String { "parse \(GoQuoting.quote(url)): \(reason)" }
    }

    /// Parses as `url.Parse`.
    init(parsing text: String) throws {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw ParseError(url: text, reason: "net/url: invalid control character in URL")
        }
        let (beforeFragment, fragmentText) = Self.cut(text, at: "#")
        if let fragmentText { fragment = try Self.unescape(fragmentText, url: text) }
        var rest = beforeFragment
        if rest.isEmpty || rest == "*" {
            path = rest
            return
        }

        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = rest[..<colon].lowercased()
            rest = String(rest[rest.index(after: colon)...])
        } else if rest.hasPrefix(":") {
            throw ParseError(url: text, reason: "missing protocol scheme")
        }

        let (beforeQuery, query) = Self.cut(rest, at: "?")
        rest = beforeQuery
        rawQuery = query ?? ""

        if !rest.hasPrefix("/") {
            if !scheme.isEmpty {
                opaque = rest
                return
            }
            let firstSegment = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if firstSegment.contains(":") {
                throw ParseError(url: text, reason: "first path segment in URL cannot contain colon")
            }
        }

        if (!scheme.isEmpty || !rest.hasPrefix("///")) && rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let authorityEnd = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            let authority = String(afterSlashes[..<authorityEnd])
            rest = String(afterSlashes[authorityEnd...])
            if let at = authority.lastIndex(of: "@") {
                userinfo = String(authority[..<at])
                host = String(authority[authority.index(after: at)...])
            } else {
                host = authority
            }
            host = try Self.unescape(host, url: text)
        }
        path = try Self.unescape(rest, url: text)
    }

    /// The host without its port, and without the brackets of an IPv6 address.
    var hostname: String {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<close])
        }
        if let colon = host.lastIndex(of: ":") { return String(host[..<colon]) }
        return host
    }

    /// Prints as `URL.String`.
    var description: String {
        var output = ""
        if !scheme.isEmpty { output += scheme + ":" }
        if !opaque.isEmpty {
            output += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || userinfo != nil {
                if !host.isEmpty || !path.isEmpty || userinfo != nil { output += "//" }
                if let userinfo { output += userinfo + "@" }
                output += Self.escape(host, allowing: "!$&'()*+,;=:[]<>\"")
            }
            let escapedPath = Self.escape(path, allowing: "$&+,/:;=@")
            if !escapedPath.isEmpty && !escapedPath.hasPrefix("/") && !host.isEmpty { output += "/" }
            if output.isEmpty, let segment = escapedPath.split(separator: "/", omittingEmptySubsequences: false).first,
               segment.contains(":") {
                output += "./"
            }
            output += escapedPath
        }
        if !rawQuery.isEmpty { output += "?" + rawQuery }
        if !fragment.isEmpty { output += "#" + Self.escape(fragment, allowing: "$&+,/:;=?@!()*") }
        return output
    }

    private static func cut(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// Percent-encodes every byte except unreserved characters and `allowed`.
    static func escape(_ text: String, allowing allowed: String) -> String {
        let allowedBytes = Set(allowed.utf8)
        var output = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            let isUnreserved = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.~".unicodeScalars.contains(scalar))
            if isUnreserved || allowedBytes.contains(byte) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return output
    }

    /// Decodes `%XX` escapes, failing as Go does on a malformed one.
    static func unescape(_ text: String, url: String) throws -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count,
                      let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) else {
                    let escape = String(decoding: bytes[index..<min(index + 3, bytes.count)], as: UTF8.self)
                    throw ParseError(url: url, reason: "invalid URL escape \(GoQuoting.quote(escape))")
                }
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(width - count, 0)) + self
    }
}
