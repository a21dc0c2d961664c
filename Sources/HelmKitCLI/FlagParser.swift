import HelmKitValues

/// A flag a command accepts, in the forms cobra gives Helm: `--name value`, `--name=value`,
/// `-n value`, `-nvalue`, and for booleans `--name` or `--name=false`.
struct FlagSpec {
    enum Kind {
        case boolean
        case string
        case stringArray
        /// A list flag whose every value is also split on commas, like pflag's StringSlice.
        case stringSlice
    }

    let name: String
    let shorthand: Character?
    let kind: Kind
    let help: String
    /// The value a string flag takes when given without one (pflag's `NoOptDefVal`).
    var valueWhenBare: String? = nil
    /// Hidden flags are accepted but left out of the help text.
    var hidden = false
}

/// The parsed command line: positional arguments and flag values, in the order given.
struct ParsedFlags {
    var positionals: [String] = []
    var strings: [String: String] = [:]
    var arrays: [String: [String]] = [:]
    var booleans: [String: Bool] = [:]

    func string(_ name: String) -> String? { strings[name] }

    func array(_ name: String) -> [String] { arrays[name] ?? [] }

    func flag(_ name: String) -> Bool { booleans[name] ?? false }
}

/// A command-line problem, worded as cobra words it.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

/// Parses arguments against flag specs as cobra/pflag does for Helm's commands.
struct FlagParser {
    let specs: [FlagSpec]

    /// Parses `arguments`, calling `onSet` with each value of a string or list flag as it is
    /// read, as pflag calls a flag value's `Set`. An error from `onSet` stops parsing.
    func parse(_ arguments: [String],
               onSet: (_ flag: FlagSpec, _ value: String) throws -> Void = { _, _ in }) throws -> ParsedFlags {
        var result = ParsedFlags()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1

            if argument == "--" {
                result.positionals.append(contentsOf: arguments[index...])
                break
            }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let spec = specs.first(where: { $0.name == name }) else {
                    throw UsageError(description: "unknown flag: --\(name)")
                }
                try store(spec, inlineValue: inlineValue, arguments: arguments, index: &index,
                          shown: "--\(name)", into: &result, onSet: onSet)
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var characters = argument.dropFirst()
                while let letter = characters.first {
                    characters = characters.dropFirst()
                    guard let spec = specs.first(where: { $0.shorthand == letter }) else {
                        throw UsageError(description: "unknown shorthand flag: '\(letter)' in \(argument)")
                    }
                    if spec.kind == .boolean {
                        result.booleans[spec.name] = true
                        continue
                    }
                    var inline: String? = characters.isEmpty ? nil : String(characters)
                    if inline?.hasPrefix("=") == true { inline = String(inline?.dropFirst() ?? "") }
                    try store(spec, inlineValue: inline, arguments: arguments, index: &index,
                              shown: "-\(letter)", into: &result, onSet: onSet)
                    break
                }
            } else {
                result.positionals.append(argument)
            }
        }
        return result
    }

    private func store(_ spec: FlagSpec, inlineValue: String?, arguments: [String], index: inout Int,
                       shown: String, into result: inout ParsedFlags,
                       onSet: (FlagSpec, String) throws -> Void) throws {
        if spec.kind == .boolean {
            guard let inlineValue else {
                result.booleans[spec.name] = true
                return
            }
            guard let flag = Self.parseBool(inlineValue) else {
                throw UsageError(description: "invalid argument \"\(inlineValue)\" for \"\(shown)\" flag: strconv.ParseBool: parsing \"\(inlineValue)\": invalid syntax")
            }
            result.booleans[spec.name] = flag
            return
        }

        let value: String
        if let inlineValue {
            value = inlineValue
        } else if let bare = spec.valueWhenBare {
            value = bare
        } else if index < arguments.count {
            value = arguments[index]
            index += 1
        } else {
            throw UsageError(description: "flag needs an argument: \(shown)")
        }
        if spec.kind == .stringArray {
            result.arrays[spec.name, default: []].append(value)
        } else if spec.kind == .stringSlice {
            // TODO: pflag reads the value as CSV, so quoted commas survive; this splits on all.
            result.arrays[spec.name, default: []].append(contentsOf: value.split(separator: ",").map(String.init))
        } else {
            result.strings[spec.name] = value
        }
        do {
            try onSet(spec, value)
        } catch {
            // pflag names the flag by both forms when it has a shorthand.
            let flagName = spec.shorthand.map { "-\($0), --\(spec.name)" } ?? "--\(spec.name)"
            throw UsageError(description: "invalid argument \(GoQuoting.quote(value)) for \"\(flagName)\" flag: \(error)")
        }
    }

    /// Go's `strconv.ParseBool`.
    static func parseBool(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "true", "TRUE", "True": return true
        case "0", "f", "F", "false", "FALSE", "False": return false
        default: return nil
        }
    }
}
