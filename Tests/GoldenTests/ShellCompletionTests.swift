import Foundation
@testable import HelmKitCLI
import Testing

/// Completion scripts and the man page are generated from the parser's flag tables, so each
/// lists every flag that `--help` shows.
struct ShellCompletionTests {
    static let templateFlags = TemplateFlags.all.filter { !$0.hidden }

    func run(_ arguments: [String]) -> HelmKitCommand.Outcome {
        HelmKitCommand.execute(arguments)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptListsEveryTemplateFlag(_ shell: String) {
        let outcome = run(["completion", shell])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("helmkit"))
        for flag in Self.templateFlags {
            let spelled = shell == "fish" ? "-l \(flag.name) " : "--\(flag.name)"
            #expect(outcome.standardOutput.contains(spelled), "\(shell) lacks --\(flag.name)")
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptListsEveryCommand(_ shell: String) {
        let script = run(["completion", shell]).standardOutput
        for command in CommandCatalog.all {
            for word in command.path {
                #expect(script.contains(word), "\(shell) lacks \(command.name)")
            }
        }
    }

    @Test func unknownShellFails() {
        let outcome = run(["completion", "tcsh"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: helmkit completion takes one shell: bash, zsh or fish\n")
    }

    static let bash = ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: bash != nil, "bash is not installed"))
    func bashScriptParses() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.bash ?? "/bin/bash")
        process.arguments = ["-n"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(run(["completion", "bash"]).standardOutput.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func manPageHasSections() {
        let page = run(["man"]).standardOutput
        #expect(page.hasPrefix(".TH HELMKIT 1 "))
        for section in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH EXIT STATUS"] {
            #expect(page.contains("\n\(section)\n"), "missing \(section)")
        }
    }

    @Test func manPageListsEveryFlag() {
        let page = run(["man"]).standardOutput
        for command in CommandCatalog.all {
            #expect(page.contains(".SS helmkit \(command.name)"), "missing \(command.name)")
            for flag in command.visibleFlags {
                let heading = "\\fB" + ManPage.escape("--" + flag.name) + "\\fR"
                #expect(page.contains(heading), "\(command.name) lacks --\(flag.name)")
            }
        }
    }

    @Test func everyCommandHasHelp() {
        for command in CommandCatalog.all {
            let outcome = run(command.path + ["--help"])
            #expect(outcome.status == 0, "\(command.name) --help failed: \(outcome.standardError)")
            #expect(outcome.standardOutput.contains("helmkit \(command.usage)"))
            for flag in command.visibleFlags {
                #expect(outcome.standardOutput.contains("--\(flag.name)"), "\(command.name) --help lacks --\(flag.name)")
            }
        }
    }

    @Test func everyVisibleFlagHasHelpText() {
        for command in CommandCatalog.all {
            for flag in command.visibleFlags {
                #expect(!flag.help.isEmpty, "\(command.name) --\(flag.name) has no help text")
            }
        }
    }
}
