import Foundation
import HelmKitCLI

exit(HelmKitCommand.run(Array(CommandLine.arguments.dropFirst())))
