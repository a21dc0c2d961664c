import HelmKitCLI

