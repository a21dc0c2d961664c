import Foundation
import HelmKitChart
import HelmKitValues

/// The user's value flags, merged in Helm's order of precedence (lowest first): `-f` files,
/// `--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`.
public struct ValueOptions: Sendable {
    /// Paths of YAML values files (`-f`); `-` is standard input.
    public var valueFiles: [String] = []
    /// `--set-json` expressions: `key=JSON` or a whole JSON object.
    public var jsonValues: [String] = []
    /// `--set` expressions such as `a.b=1,c[0]=x`, with typed values.
    public var values: [String] = []
    /// `--set-string` expressions, whose values stay strings.
    public var stringValues: [String] = []
    /// `--set-file` expressions `key=path`, whose values are the files' contents.
    public var fileValues: [String] = []
    /// `--set-literal` expressions `key=value`, where the value is taken as written.
    public var literalValues: [String] = []

    /// Creates value options from the lists each flag collects, in command-line order.
    public init(valueFiles: [String] = [], jsonValues: [String] = [], values: [String] = [],
                stringValues: [String] = [], fileValues: [String] = [], literalValues: [String] = []) {
        self.valueFiles = valueFiles
        self.jsonValues = jsonValues
        self.values = values
        self.stringValues = stringValues
        self.fileValues = fileValues
        self.literalValues = literalValues
    }

    /// Reads and merges the user values; errors carry Helm's wording.
    public func merge() throws -> ValueMap {
        var base = ValueMap()

        for path in valueFiles {
            let data = try Self.readFileBytes(path)
            let parsed: ValueMap
            do {
                parsed = try ValuesFile.parse(data, mapType: "common.Values")
            } catch {
                throw HelmKitError("failed to parse \(path): \(error)")
            }
            base = ValuesFile.merge(base, parsed)
        }

        for expression in jsonValues {
            let trimmed = expression.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("{") {
                guard case .map(let map)? = try? JSONCodec.decode(trimmed) else {
                    throw HelmKitError("failed parsing --set-json data JSON: \(expression)")
                }
                base = ValuesFile.merge(base, map)
            } else {
                do {
                    var parser = SetExpressionParser(expression, reading: .json)
                    try parser.parse(into: base)
                } catch {
                    throw HelmKitError("failed parsing --set-json data \(expression)")
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
                throw HelmKitError("failed parsing --set-literal data: \(error)")
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
                throw HelmKitError("failed parsing \(flag) data: \(error)")
            }
        }
    }

    /// Reads a file the user named as text; `-` is standard input.
    public static func readFile(_ path: String) throws -> String {
        String(decoding: try readFileBytes(path), as: UTF8.self)
    }

    /// Reads a file the user named; `-` is standard input.
    public static func readFileBytes(_ path: String) throws -> [UInt8] {
        if ChartLocator.trimmingSpaces(path) == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw HelmKitError("open \(path): no such file or directory")
        }
        if isFolder.boolValue {
            throw HelmKitError("read \(path): is a directory")
        }
        // A file handle also reads pipes and devices, such as `-f <(sops -d secrets.yaml)`.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HelmKitError("open \(path): permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw HelmKitError("read \(path): \(error.localizedDescription)")
        }
        return [UInt8](data)
    }
}

/// A failure of loading, merging or rendering, worded as Helm words it. The command line prints
/// it as `Error: MESSAGE`.
public struct HelmKitError: Error, CustomStringConvertible, Sendable {
    /// The message, without Helm's `Error: ` prefix.
    public let description: String

    /// Creates an error with the message `description`.
    public init(_ description: String) {
        self.description = description
    }
}
