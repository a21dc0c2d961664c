// swift-tools-version:6.0
import Foundation
import PackageDescription

// One module per concern, each depending only on the ones below it:
// values and codecs <- template language <- functions <- charts <- rendering <- the HelmKit
// library facade <- CLI.
let package = Package(
    name: "HelmKit",
    products: [
        .library(
            name: "HelmKit",
            targets: [
                "HelmKit", "HelmKitValues", "HelmKitTemplate", "HelmKitFunctions", "HelmKitChart", "HelmKitRender",
                "HelmKitDiff",
            ]
        ),
        .executable(name: "helmkit", targets: ["helmkit"]),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "HelmKitValues", dependencies: ["CYAML"]),
        .target(name: "CThreadStack"),
        .target(name: "HelmKitTemplate", dependencies: ["HelmKitValues", "CThreadStack"]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CXCrypt", pkgConfig: "libxcrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(
            name: "HelmKitFunctions",
            dependencies: ["HelmKitValues", "HelmKitTemplate", "CPCRE2", "COpenSSL", "CXCrypt"]
        ),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .target(name: "HelmKitChart", dependencies: ["HelmKitValues", "HelmKitFunctions", "CArchive"]),
        .target(
            name: "HelmKitRender",
            dependencies: ["HelmKitValues", "HelmKitTemplate", "HelmKitFunctions", "HelmKitChart", "CThreadStack"]
        ),
        .target(name: "HelmKitDiff", dependencies: ["HelmKitValues", "HelmKitFunctions"]),
        .target(
            name: "HelmKit",
            dependencies: ["HelmKitValues", "HelmKitFunctions", "HelmKitChart", "HelmKitRender", "HelmKitDiff"]
        ),
        .target(
            name: "HelmKitCLI",
            dependencies: ["HelmKit", "HelmKitRender", "HelmKitChart", "HelmKitValues", "HelmKitDiff", "HelmKitTemplate"]
        ),
        .executableTarget(name: "helmkit", dependencies: ["HelmKitCLI"]),
        .testTarget(
            name: "HelmKitTests",
            dependencies: ["HelmKitValues", "HelmKitTemplate", "HelmKitFunctions", "HelmKitChart", "HelmKitRender", "HelmKitDiff"]
        ),
        .testTarget(name: "GoldenTests", dependencies: ["HelmKitCLI", "HelmKit"]),
    ]
)

// libFuzzer targets, declared only for `make fuzz`: they need `-sanitize=fuzzer`, so a plain
// `swift build` or `swift test` must not see them.
if ProcessInfo.processInfo.environment["HELMKIT_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "helmkit-fuzz",
            dependencies: ["HelmKitValues", "HelmKitTemplate", "HelmKitFunctions", "HelmKitChart"],
            path: "Fuzz"
        )
    )
}
