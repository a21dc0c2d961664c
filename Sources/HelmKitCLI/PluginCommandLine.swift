import Foundation
import HelmKitValues

/// Builds and runs a subprocess plugin's command as Helm v4.2.3 does
/// (internal/plugin/subprocess_commands.go and runtime_subprocess.go).
enum PluginCommandLine {
    /// Go's `runtime.GOOS` and `runtime.GOARCH` for this build, which `platformCommand`
    /// entries are matched against, ignoring case.
    #if os(macOS)
    static let operatingSystem = "darwin"
    #else
    static let operatingSystem = "linux"
    #endif
    #if arch(arm64)
    static let architecture = "arm64"
    #else
    static let architecture = "amd64"
    #endif

    /// Returns the program and its arguments:
    /// - The command is the first entry whose `os` and `arch` both match. Without one, it is
    ///   the first with a matching `os` and no `arch`, and then the first with neither.
    /// - `command` is split at single spaces. Its first part is the program, and the rest are
    ///   arguments, followed by `args` and then the `--post-renderer-args` values.
    /// - `$NAME` and `${NAME}` in the program, the parts and `args` are replaced from
    ///   `environment`, as Go's `os.Expand` does.
    static func prepare(_ commands: [PlatformCommand], extraArgs: [String],
                        environment: [String: String]) throws -> (String, [String]) {
        guard let chosen = choose(commands) else {
            throw PluginError("failed to prepare plugin command: no plugin command is applicable")
        }
        let parts = chosen.command.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let program = parts.first, !program.isEmpty else {
            throw PluginError("failed to prepare plugin command: no plugin command is applicable")
        }
        let lookup = { (name: String) in environment[name] ?? "" }
        let arguments = (parts.dropFirst() + chosen.args).map { GoEnvironmentExpansion.expand($0, lookup: lookup) }
        return (GoEnvironmentExpansion.expand(program, lookup: lookup), arguments + extraArgs)
    }

    private static func choose(_ commands: [PlatformCommand]) -> PlatformCommand? {
        func matches(_ value: String, _ current: String) -> Bool {
            value.lowercased() == current.lowercased()
        }
        var chosen: PlatformCommand?
        var chosenByOperatingSystem = false
        for command in commands {
            if matches(command.operatingSystem, operatingSystem) && matches(command.architecture, architecture) {
                return command
            }
            let otherSystem = !command.operatingSystem.isEmpty && !matches(command.operatingSystem, operatingSystem)
            if otherSystem || !command.architecture.isEmpty { continue }
            if !chosenByOperatingSystem && !command.operatingSystem.isEmpty {
                chosen = command
                chosenByOperatingSystem = true
            } else if chosen == nil {
                chosen = command
            }
        }
        return chosen
    }

    /// Returns the path to run, as Go's `exec.Command` finds it: a name with a `/` is used as
    /// written, and any other is searched in `path` (the `PATH` variable).
    static func resolveExecutable(_ program: String, path: String) throws -> String {
        if program.contains("/") { return program }
        for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + program
            guard isExecutableFile(candidate) else { continue }
            if !candidate.hasPrefix("/") {
                throw PluginError("exec: \(GoQuoting.quote(program)): cannot run executable found relative to current directory")
            }
            return candidate
        }
        throw PluginError("exec: \(GoQuoting.quote(program)): executable file not found in $PATH")
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return false
        }
        return FileManager.default.isExecutableFile(atPath: path)
    }

    /// Runs `executable` with `input` on standard input and returns its exit status and
    /// standard output. Standard error is read and dropped, as Helm keeps it only for a debug log.
    static func run(_ executable: String, arguments: [String], environment: [String: String],
                    input: [UInt8]) throws -> (Int32, [UInt8]) {
        try checkStartable(executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError

        // A plugin may exit without reading all of its input; the write must then fail with
        // EPIPE instead of the signal ending helmkit.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw PluginError("fork/exec \(executable): \(error.localizedDescription)")
        }

        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? standardInput.fileHandleForWriting.write(contentsOf: input)
            try? standardInput.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            _ = try? standardError.fileHandleForReading.readToEnd()
        }
        let output = (try? standardOutput.fileHandleForReading.readToEnd()) ?? Data()
        group.wait()
        process.waitUntilExit()
        let succeeded = process.terminationReason == .exit && process.terminationStatus == 0
        return (succeeded ? 0 : 1, Array(output))
    }

    /// Fails with Go's `fork/exec` text when the program cannot start: Foundation reports a
    /// missing file in its own words.
    private static func checkStartable(_ executable: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: executable, isDirectory: &isDirectory) else {
            throw PluginError("fork/exec \(executable): no such file or directory")
        }
        if isDirectory.boolValue || !FileManager.default.isExecutableFile(atPath: executable) {
            throw PluginError("fork/exec \(executable): permission denied")
        }
    }
}

/// Go's `os.Expand`: replaces `$NAME`, `${NAME}` and the one-character shell names (`$1`,
/// `$*`, …) with `lookup`'s value. A `$` before anything else stays, and a bad `${…}` is
/// dropped.
enum GoEnvironmentExpansion {
    static func expand(_ text: String, lookup: (String) -> String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        var changed = false
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            changed = true
            result += bytes[copiedUpTo..<index]
            let (name, width) = shellName(bytes[(index + 1)...])
            if name.isEmpty && width > 0 {
                // Invalid syntax such as `${}`: Go drops it.
            } else if name.isEmpty {
                result.append(UInt8(ascii: "$"))
            } else {
                result += Array(lookup(name).utf8)
            }
            index += width + 1
            copiedUpTo = index
        }
        guard changed else { return text }
        result += bytes[min(copiedUpTo, bytes.count)...]
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        Array("*#$@!?-0123456789".utf8).contains(byte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Returns the variable name after a `$` and how many bytes it takes.
    private static func shellName(_ bytes: ArraySlice<UInt8>) -> (String, Int) {
        let start = bytes.startIndex
        if bytes[start] == UInt8(ascii: "{") {
            if bytes.count > 2, isSpecial(bytes[start + 1]), bytes[start + 2] == UInt8(ascii: "}") {
                return (String(decoding: bytes[(start + 1)...(start + 1)], as: UTF8.self), 3)
            }
            var offset = 1
            while start + offset < bytes.endIndex {
                if bytes[start + offset] == UInt8(ascii: "}") {
                    if offset == 1 { return ("", 2) }
                    return (String(decoding: bytes[(start + 1)..<(start + offset)], as: UTF8.self), offset + 1)
                }
                offset += 1
            }
            return ("", 1)
        }
        if isSpecial(bytes[start]) {
            return (String(decoding: bytes[start...start], as: UTF8.self), 1)
        }
        var end = start
        while end < bytes.endIndex, isNameByte(bytes[end]) { end += 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self), end - start)
    }
}
