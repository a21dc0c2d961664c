import Foundation
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
    /// returns the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        let outcome = execute(arguments)
        FileHandle.standardOutput.write(Data(GoByteString.bytes(outcome.standardOutput)))
        FileHandle.standardError.write(Data(outcome.standardError.utf8))
        return outcome.status
    }

    /// Runs `helmkit` as `run(_:)` does, then exits with its status without freeing what the
    /// run built (see `ExitKeepAlive`).
    public static func runAndExit(_ arguments: [String]) -> Never {
        ExitKeepAlive.enable()
        exit(run(arguments))
    }

    /// Stack size of the thread that renders: Go grows goroutine stacks up to 1 GB, and deep
    /// `include` and `template` chains need far more than a default 8 MiB thread stack.
    static let renderingStackSize = 512 * 1024 * 1024

    /// Runs `helmkit` and returns its output instead of printing it. `environment` replaces
    /// the process environment, which only plugin lookup and plugin runs read.
    public static func execute(_ arguments: [String],
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Outcome {
        let result = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.outcome = executeOnCurrentThread(arguments, environment: environment)
            done.signal()
        }
        thread.stackSize = renderingStackSize
        thread.start()
        done.wait()
        return result.outcome
    }

    static func executeOnCurrentThread(_ arguments: [String], environment: [String: String]) -> Outcome {
        do {
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
                                environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let command = arguments.first else { return usage }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "template":
            return try TemplateCommand.run(rest, environment: environment)
        case "version":
            return "helmkit \(version) (renders as Helm v4.2.3)\n"
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

    static let usage = """
        HelmKit renders Helm charts offline, byte for byte as `helm template` does.

        Usage:
          helmkit template [NAME] [CHART] [flags]
          helmkit diff upgrade NAME --from CHART --to CHART [flags]
          helmkit diff manifests OLD.yaml NEW.yaml
          helmkit version

        Run `helmkit template --help` for the flags.

        """
}
