import Foundation
import HelmKitChart
import HelmKitValues

/// The user's value flags, merged in Helm's order of precedence (lowest first): `-f` files,
/// `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`.
struct ValueOptions {
    var valueFiles: [String] = []
    var jsonValues: [String] = []
    var values: [String] = []
    var stringValues: [String] = []
    var fileValues: [String] = []
    var literalValues: [String] = []

    /// Returns the merged user values; errors carry Helm's wording.
    func merge() throws -> ValueMap {
        var base = ValueMap()

        for path in valueFiles {
            let data = try Self.readFileBytes(path)
            let parsed: ValueMap
            do {
                parsed = try ValuesFile.parse(data, mapType: "common.Values")
            } catch {
                throw CommandError("failed to parse \(path): \(error)")
            }
            base = ValuesFile.merge(base, parsed)
        }

        for expression in jsonValues {
            let trimmed = expression.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("{") {
                guard case .map(let map)? = try? JSONCodec.decode(trimmed) else {
                    throw CommandError("failed parsing --set-json data JSON: \(expression)")
                }
                base = ValuesFile.merge(base, map)
            } else {
                do {
                    var parser = SetExpressionParser(expression, reading: .json)
                    try parser.parse(into: base)
                } catch {
                    throw CommandError("failed parsing --set-json data \(expression)")
                }
            }
        }

        try parse(values, reading: .typed, flag: "--set", into: base)
        try parse(stringValues, reading: .string, flag: "--set-string", into: base)
        try parse(fileValues, reading: .file(read: Self.readFile), flag: "--set-file", into: base)
        for expression in literalValues {
            do {
                var parser = LiteralSetParser(expression)
                try parser.parse(into: base)
            } catch {
                throw CommandError("failed parsing --set-literal data: \(error)")
            }
        }
        return base
    }

    private func parse(_ expressions: [String], reading: SetExpressionParser.ValueReading, flag: String,
                       into base: ValueMap) throws {
        for expression in expressions {
            do {
                var parser = SetExpressionParser(expression, reading: reading)
                try parser.parse(into: base)
            } catch {
                throw CommandError("failed parsing \(flag) data: \(error)")
            }
        }
    }

    /// Reads a file the user named as text; `-` is standard input.
    static func readFile(_ path: String) throws -> String {
        String(decoding: try readFileBytes(path), as: UTF8.self)
    }

    /// Reads a file the user named; `-` is standard input.
    static func readFileBytes(_ path: String) throws -> [UInt8] {
        if path.trimmingCharacters(in: .whitespaces) == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandError("open \(path): no such file or directory")
        }
        if isFolder.boolValue {
            throw CommandError("read \(path): is a directory")
        }
        // A file handle also reads pipes and devices, such as `-f <(sops -d secrets.yaml)`.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandError("open \(path): permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw CommandError("read \(path): \(error.localizedDescription)")
        }
        return [UInt8](data)
    }
}

/// A failure of the command, printed as `Error: MESSAGE`.
struct CommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
