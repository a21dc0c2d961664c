import HelmKitCLI

// The program name selects the command set. Through a link named `helm` the binary behaves as
// Helm's command line, for tools that run `helm template` themselves.
let invokedName = String(CommandLine.arguments.first?.split(separator: "/").last ?? "helmkit")
HelmKitCommand.runAndExit(Array(CommandLine.arguments.dropFirst()), invokedName: invokedName)
