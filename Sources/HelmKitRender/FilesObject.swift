import Foundation
import HelmKitTemplate
import HelmKitValues

/// `.Files`: the chart's files that are not templates, values or subcharts, with Helm's methods.
struct FilesObject: TemplateObject, JSONRepresentable {
    /// File contents by path relative to the chart root.
    let files: [String: [UInt8]]
    /// Go's `files` type is a map of byte slices, so `len`, `index` and `range` see that map.
    let collectionValue: Value?

    init(files: [String: [UInt8]]) {
        self.files = files
        collectionValue = .dictionary(files.mapValues { .bytes($0) })
    }

    /// A missing key gives an empty `[]byte`, the zero value of the map's element type.
    var zeroElement: Value { .bytes([]) }

    var goTypeName: String { "engine.files" }

    func field(_ name: String) -> Value? { nil }

    func hasMethod(_ name: String) -> Bool {
        ["Get", "GetBytes", "Glob", "AsConfig", "AsSecrets", "Lines"].contains(name)
    }

    func parameterCount(ofMethod name: String) -> Int? {
        switch name {
        case "AsConfig", "AsSecrets": return 0
        case "Get", "GetBytes", "Glob", "Lines": return 1
        default: return nil
        }
    }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        switch name {
        case "AsConfig":
            try expectArguments(0, arguments, name)
            return .string(try encodeByBaseName { GoByteString.string($0) })
        case "AsSecrets":
            try expectArguments(0, arguments, name)
            return .string(try encodeByBaseName { Data($0).base64EncodedString() })
        default:
            break
        }

        try expectArguments(1, arguments, name)
        guard case .string(let argument) = arguments[0] else {
            throw FunctionArgumentTypeError(index: 0, expected: "string", actual: arguments[0].goTypeName)
        }
        switch name {
        case "Get":
            return .string(GoByteString.string(files[argument] ?? []))
        case "GetBytes":
            return .bytes(files[argument] ?? [])
        case "Glob":
            // Helm falls back to `**`, every file, when the pattern does not compile.
            let pattern = GlobPattern(argument)
            guard pattern.isValid else { return .object(self) }
            return .object(FilesObject(files: files.filter { pattern.matches($0.key) }))
        default:
            return lines(of: argument)
        }
    }

    /// Splits a file into a `[]string` of lines without the final newline; a missing file gives
    /// an empty, non-nil slice.
    func lines(of path: String) -> Value {
        guard let data = files[path], !data.isEmpty else { return .stringSlice([]) }
        var text = GoByteString.string(data)
        if text.hasSuffix("\n") { text.removeLast() }
        return .stringSlice(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Encodes a map from each file's base name to its transformed contents as YAML, as
    /// `AsConfig` and `AsSecrets` do.
    func encodeByBaseName(_ transform: ([UInt8]) -> String) throws -> String {
        var entries: [String: Value] = [:]
        for (path, data) in files {
            let baseName = path.split(separator: "/").last.map(String.init) ?? path
            entries[baseName] = .string(transform(data))
        }
        guard !entries.isEmpty else { return "{}" }
        var text = try YAMLCodec.encode(.dictionary(entries))
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func expectArguments(_ count: Int, _ arguments: [Value], _ name: String) throws {
        if arguments.count != count {
            throw ValueError("wrong number of args for \(name): want \(count) got \(arguments.count)")
        }
    }

    /// encoding/json writes the map of byte slices with each file's contents in base64.
    var jsonValue: Value {
        .dictionary(files.mapValues { .string(Data($0).base64EncodedString()) })
    }

    var goDescription: String {
        "map[" + files.keys.sorted().map { key in
            key + ":[" + (files[key] ?? []).map { String($0) }.joined(separator: " ") + "]"
        }.joined(separator: " ") + "]"
    }
}

/// A glob with `/` as the separator, as `.Files.Glob` compiles it: `*` and `?` stay within one
/// path element, `**` crosses elements, `[…]` is a class and `{a,b}` an alternation.
struct GlobPattern {
    let pattern: [Character]

    init(_ pattern: String) {
        self.pattern = Array(pattern)
    }

    func matches(_ path: String) -> Bool {
        match(pattern[...], Array(path)[...])
    }

    /// False when a `[` class or `{` alternation is left open, or a pattern ends in a backslash.
    var isValid: Bool {
        var index = pattern.startIndex
        var openAlternations = 0
        while index < pattern.endIndex {
            switch pattern[index] {
            case "\\":
                index += 1
                if index >= pattern.endIndex { return false }
            case "[":
                guard let close = pattern[(index + 1)...].firstIndex(of: "]") else { return false }
                index = close
            case "{":
                openAlternations += 1
            case "}":
                if openAlternations > 0 { openAlternations -= 1 }
            default:
                break
            }
            index += 1
        }
        return openAlternations == 0
    }

    private func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let rest = pattern.dropFirst()
        switch first {
        case "*":
            if rest.first == "*" {
                let afterStars = rest.dropFirst()
                for split in text.indices + [text.endIndex] where match(afterStars, text[split...]) {
                    return true
                }
                return false
            }
            var split = text.startIndex
            while true {
                if match(rest, text[split...]) { return true }
                if split == text.endIndex || text[split] == "/" { return false }
                split += 1
            }
        case "?":
            guard let character = text.first, character != "/" else { return false }
            return match(rest, text.dropFirst())
        case "[":
            guard let close = rest.firstIndex(of: "]"), let character = text.first else { return false }
            var members = rest[rest.startIndex..<close]
            let negated = members.first == "!"
            if negated { members = members.dropFirst() }
            let inClass = classContains(members, character)
            guard inClass != negated else { return false }
            return match(rest[(close + 1)...], text.dropFirst())
        case "{":
            guard let close = rest.firstIndex(of: "}") else { return false }
            let alternatives = rest[rest.startIndex..<close].split(separator: ",", omittingEmptySubsequences: false)
            let tail = rest[(close + 1)...]
            return alternatives.contains { match(ArraySlice(Array($0) + tail), text) }
        case "\\":
            guard let literal = rest.first, text.first == literal else { return false }
            return match(rest.dropFirst(), text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(rest, text.dropFirst())
        }
    }

    private func classContains(_ members: ArraySlice<Character>, _ character: Character) -> Bool {
        var index = members.startIndex
        while index < members.endIndex {
            let low = members[index]
            if index + 2 < members.endIndex, members[index + 1] == "-" {
                if low <= character && character <= members[index + 2] { return true }
                index += 3
            } else {
                if low == character { return true }
                index += 1
            }
        }
        return false
    }
}
