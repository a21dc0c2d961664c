import Foundation
import HelmKit
import HelmKitRender
import HelmKitValues

/// The `helmkit` command line: dispatches to a subcommand and turns failures into
/// `Error: MESSAGE` on standard error with exit status 1, as Helm does.
public enum HelmKitCommand {
    public static let version = "0.1.0"

    /// The exit status and output of one run of the command.
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// Runs `helmkit` with `arguments` (without the program name), printing its output, and
    /// returns the exit status. `invokedName` is the program name the shell ran; `helm` makes
    /// the binary behave as Helm's command line does.
    public static func run(_ arguments: [String], invokedName: String = "helmkit") -> Int32 {
        let outcome = execute(arguments, invokedName: invokedName)
        writeAll(GoByteString.bytes(outcome.standardOutput), to: STDOUT_FILENO)
        writeAll(Array(outcome.standardError.utf8), to: STDERR_FILENO)
        return outcome.status
    }

    /// Writes `bytes` to a file descriptor with `write(2)`, which is what `FileHandle` does
    /// after about 0.3 ms of setting itself up on first use. Like Helm, it ignores a failed write.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, start + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Runs `helmkit` as `run(_:)` does, then exits with its status without freeing what the
    /// run built (see `ExitKeepAlive`).
    public static func runAndExit(_ arguments: [String], invokedName: String = "helmkit") -> Never {
        ExitKeepAlive.enable()
        exit(run(arguments, invokedName: invokedName))
    }

    /// Stack size of the thread that renders: Go grows goroutine stacks up to 1 GB, and deep
    /// `include` and `template` chains need far more than a default 8 MiB thread stack.
    static let renderingStackSize = 512 * 1024 * 1024

    /// Runs `helmkit` and returns its output instead of printing it. `environment` replaces
    /// the process environment, which only plugin lookup and plugin runs read.
    public static func execute(_ arguments: [String], invokedName: String = "helmkit",
                               environment: [String: String] = ProcessEnvironment.current()) -> Outcome {
        let result = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        NativeThread.run(stackSize: renderingStackSize) {
            result.outcome = executeOnCurrentThread(arguments, invokedName: invokedName, environment: environment)
            done.signal()
        }
        done.wait()
        return result.outcome
    }

    static func executeOnCurrentThread(_ arguments: [String], invokedName: String,
                                       environment: [String: String]) -> Outcome {
        do {
            if invokedName == "helm" {
                return Outcome(status: 0, standardOutput: try HelmDropIn.dispatch(arguments, environment: environment),
                               standardError: "")
            }
            if arguments.first == "diff" {
                let (output, status) = try DiffCommand.run(Array(arguments.dropFirst()), environment: environment)
                return Outcome(status: status, standardOutput: output, standardError: "")
            }
            return Outcome(status: 0, standardOutput: try dispatch(arguments, environment: environment),
                           standardError: "")
        } catch let failure as FailureWithOutput {
            return Outcome(status: 1, standardOutput: failure.output, standardError: "Error: \(failure.message)\n")
        } catch {
            return Outcome(status: 1, standardOutput: "", standardError: "Error: \(error)\n")
        }
    }

    /// Returns what the command prints on success.
    public static func dispatch(_ arguments: [String],
                                environment: [String: String] = ProcessEnvironment.current()) throws -> String {
        guard let command = arguments.first else { return usage }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "template":
            return try TemplateCommand.run(rest, environment: environment)
        case "version":
            if try FlagParser(specs: CommandCatalog.version.flags).parse(rest).flag("help") {
                return CommandCatalog.help(CommandCatalog.version)
            }
            return "helmkit \(version) (renders as Helm \(ReferenceHelm.version))\n"
        case "completion":
            let parsed = try FlagParser(specs: CommandCatalog.completion.flags).parse(rest)
            if parsed.flag("help") { return CommandCatalog.help(CommandCatalog.completion) }
            guard parsed.positionals.count == 1, let script = ShellCompletion.script(for: parsed.positionals[0]) else {
                throw UsageError(description: "helmkit completion takes one shell: bash, zsh or fish")
            }
            return script
        case "man":
            if try FlagParser(specs: CommandCatalog.manual.flags).parse(rest).flag("help") {
                return CommandCatalog.help(CommandCatalog.manual)
            }
            return ManPage.render()
        case "help", "--help", "-h":
            return usage
        default:
            throw UsageError(description: "unknown command \"\(command)\" for \"helmkit\"")
        }
    }

    /// Carries the outcome from the rendering thread back to the caller, which waits for it.
    private final class OutcomeBox: @unchecked Sendable {
        var outcome = Outcome(status: 1, standardOutput: "", standardError: "")
    }

    static var usage: String {
        let commands = CommandCatalog.all.map { "  helmkit \($0.usage)" }.joined(separator: "\n")
        return """
            HelmKit renders Helm charts offline, byte for byte as `helm template` does.

            Usage:
            \(commands)

            Run `helmkit COMMAND --help` for the flags of a command. Invoked through a link named
            helm, the binary answers helm template, helm version and helm dependency build.

            """
    }
}

/// The command line's name for the library's error, which prints as `Error: MESSAGE`.
typealias CommandError = HelmKitError
