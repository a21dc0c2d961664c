import HelmKitCLI

HelmKitCommand.runAndExit(Array(CommandLine.arguments.dropFirst()))
