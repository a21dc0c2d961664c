import Foundation
import HelmKitCLI

// The program name selects the command set. Through a link named `helm` the binary behaves as
// Helm's command line, for tools that run `helm template` themselves.
let invokedName = URL(fileURLWithPath: CommandLine.arguments.first ?? "helmkit").lastPathComponent
exit(HelmKitCommand.run(Array(CommandLine.arguments.dropFirst()), invokedName: invokedName))
