import Foundation
import HelmKit
import HelmKitChart
import HelmKitFunctions

/// `helm dependency build [CHART]` for dependencies that need no network, following Helm
/// v4.2.3's `downloader.Manager`:
///
/// - With a lock file (`Chart.lock`, or `requirements.lock` for apiVersion v1), its digest must
///   match the dependencies, and each locked dependency is built.
/// - Without one, versions are resolved from the local charts and the lock file is written, as
///   `dependency update` does.
/// - A `file://` dependency is packed from its folder into `charts/NAME-VERSION.tgz`.
/// - A dependency without a repository must already be a folder `charts/NAME`.
/// - A dependency from a chart repository or an OCI registry cannot be downloaded offline.
///   With a lock file, an archive `charts/NAME-VERSION.tgz` of the locked version that is
///   already present is kept (Helm downloads it again); otherwise the command fails.
/// - Archives in `charts/` that no dependency produced are deleted, as Helm deletes them.
enum DependencyBuildCommand {
    static let flags: [FlagSpec] = [
        FlagSpec(name: "keyring", shorthand: nil, kind: .string, help: "keyring containing public keys"),
        FlagSpec(name: "skip-refresh", shorthand: nil, kind: .boolean, help: "do not refresh the local repository cache"),
        FlagSpec(name: "verify", shorthand: nil, kind: .boolean, help: "verify the packages against signatures"),
        FlagSpec(name: "help", shorthand: "h", kind: .boolean, help: "help for build"),
    ] + ["ca-file", "cert-file", "key-file", "username", "password"].map {
        FlagSpec(name: $0, shorthand: nil, kind: .string, help: "", hidden: true)
    } + ["insecure-skip-tls-verify", "plain-http"].map {
        FlagSpec(name: $0, shorthand: nil, kind: .boolean, help: "", hidden: true)
    } + HelmDropIn.globalFlags

    /// One dependency as Helm's `chart.Dependency` holds it, for resolving, hashing and locking.
    struct Dependency {
        var name: String
        var version: String
        var repository: String
        var condition = ""
        var tags: [String] = []
        var enabled = false
        var importValues: [Value] = []
        var alias = ""

        var isLocalFolder: Bool { repository.hasPrefix("file://") }
        var isInChartsFolder: Bool { repository.isEmpty }
    }

    static func run(_ arguments: [String]) throws -> String {
        let parsed = try FlagParser(specs: flags).parse(arguments)
        if parsed.flag("help") {
            return "rebuild the charts/ directory based on the Chart.lock file\n\nUsage:\n  helm dependency build CHART [flags]\n\nFlags:\n"
                + CommandCatalog.flagTable(flags.filter { !$0.hidden }) + "\n"
        }
        guard parsed.positionals.count <= 1 else {
            throw UsageError(description: "\"helm dependency build\" accepts at most 1 argument\n\nUsage:  helm dependency build CHART [flags]")
        }
        let chartPath = ChartArchiveReader.cleanPath(parsed.positionals.first ?? ".")
        var builder = try DependencyBuilder(chartPath: chartPath, debug: parsed.flag("debug"))
        do {
            try builder.build()
        } catch {
            throw FailureWithOutput(output: builder.output, message: "\(error)")
        }
        return builder.output
    }
}

/// One run of `dependency build` on a chart folder, collecting what Helm prints on the way.
struct DependencyBuilder {
    typealias Dependency = DependencyBuildCommand.Dependency

    let chartPath: String
    let debug: Bool
    let chart: Chart
    let requested: [Dependency]
    var output = ""

    init(chartPath: String, debug: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: chartPath, isDirectory: &isFolder) else {
            throw CommandError("could not find \(chartPath): stat \(chartPath): no such file or directory")
        }
        guard isFolder.boolValue else { throw CommandError("only unpacked charts can be updated") }
        self.chartPath = chartPath
        self.debug = debug
        chart = try ChartLocator.load(path: chartPath)
        let entries = chart.metadata.document["dependencies"]?.listValue ?? []
        requested = chart.metadata.dependencies.enumerated().map { index, dependency in
            var enabled = false
            if index < entries.count, case .bool(let flag)? = entries[index].mapValue?["enabled"] { enabled = flag }
            return Dependency(name: dependency.name, version: dependency.version, repository: dependency.repository,
                              condition: dependency.condition, tags: dependency.tags, enabled: enabled,
                              importValues: dependency.importValues, alias: dependency.alias)
        }
    }

    var isLegacy: Bool { chart.metadata.apiVersion == "v1" }
    var lockFileName: String { isLegacy ? "requirements.lock" : "Chart.lock" }

    /// Helm's `Manager.Build`: builds from the lock file, or resolves and locks without one.
    mutating func build() throws {
        guard let lock = try readLock() else { return try update() }
        let digest = try DependencyLock.digest(requested, lock.dependencies)
        if digest != lock.digest {
            let legacyMatches = isLegacy && (try? DependencyLock.legacyDigest(requested)) == lock.digest
            if !legacyMatches {
                throw CommandError(isLegacy
                    ? "the lock file (requirements.lock) is out of sync with the dependencies file (requirements.yaml). Please update the dependencies"
                    : "the lock file (Chart.lock) is out of sync with the dependencies file (Chart.yaml). Please update the dependencies with 'helm dependency update'")
            }
        }
        _ = try saveAll(lock.dependencies, locked: true)
    }

    /// Helm's `Manager.Update` for local dependencies: resolve versions, save, write the lock.
    mutating func update() throws {
        guard chart.metadata.document["dependencies"] != nil || !requested.isEmpty else { return }
        var locked = try resolve()
        locked = try saveAll(locked, locked: false)
        let digest = try DependencyLock.digest(requested, locked)
        if let old = try readLock(), old.digest == digest { return }
        try DependencyLock.write(DependencyLock(dependencies: locked, digest: digest),
                                 to: chartPath + "/" + lockFileName)
    }

    /// Helm's `resolver.GetLocalPath`: a `file://` path, relative to the chart unless absolute.
    func localPath(_ repository: String) throws -> String {
        let path = String(repository.dropFirst(repository.hasPrefix("file://") ? "file://".count : 0))
        let full = ChartArchiveReader.cleanPath(path.hasPrefix("/") ? path : chartPath + "/" + path)
        guard FileManager.default.fileExists(atPath: full) else { throw CommandError("directory \(full) not found") }
        return full
    }

    /// Helm's `Resolver.Resolve` for dependencies that need no repository.
    func resolve() throws -> [Dependency] {
        var locked: [Dependency] = []
        var missing: [String] = []
        for dependency in requested {
            if let problem = SemanticVersionCheck.constraintProblem(dependency.version) {
                throw CommandError("dependency \(GoQuoting.quote(dependency.name)) has an invalid version/constraint format: \(problem)")
            }
            if dependency.isInChartsFolder {
                _ = try localPath("charts/" + dependency.name)
                locked.append(Dependency(name: dependency.name, version: dependency.version, repository: ""))
            } else if dependency.isLocalFolder {
                let subchart = try ChartLocator.load(path: try localPath(dependency.repository))
                guard SemanticVersionCheck.isCompatible(constraint: dependency.version, version: subchart.metadata.version) == true else {
                    missing.append("\(GoQuoting.quote(dependency.name)) (repository \(GoQuoting.quote(dependency.repository)), version \(GoQuoting.quote(dependency.version)))")
                    continue
                }
                locked.append(Dependency(name: dependency.name, version: subchart.metadata.version,
                                         repository: dependency.repository))
            } else {
                throw CommandError("dependency \(GoQuoting.quote(dependency.name)) comes from \(dependency.repository), which helmkit cannot reach offline: run helm dependency update on a connected machine and bring Chart.lock and charts/\(dependency.name)-VERSION.tgz along")
            }
        }
        if !missing.isEmpty {
            throw CommandError("can't get a valid version for \(missing.count) subchart(s): \(missing.joined(separator: ", ")). Make sure a matching chart version exists in the repo, or change the version constraint in Chart.yaml")
        }
        return locked
    }

    /// Helm's `downloadAll` and `safeMoveDeps`, offline: returns the dependencies with the
    /// versions actually packed.
    mutating func saveAll(_ dependencies: [Dependency], locked: Bool) throws -> [Dependency] {
        let destination = chartPath + "/charts"
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw CommandError("\(GoQuoting.quote(destination)) is not a directory") }
        } else {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        }
        let staging = chartPath + "/tmpcharts-\(getpid())"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }

        output += "Saving \(dependencies.count) charts\n"
        var saved = dependencies
        var kept: Set<String> = []
        for (index, dependency) in dependencies.enumerated() {
            do {
                if dependency.isInChartsFolder {
                    output += "Dependency \(dependency.name) did not declare a repository. Assuming it exists in the charts directory\n"
                    try checkChartsFolder(dependency, destination: destination)
                } else if dependency.isLocalFolder {
                    if debug { output += "Archiving \(dependency.name) from repo \(dependency.repository)\n" }
                    saved[index].version = try pack(dependency, into: staging)
                } else {
                    let archive = try keepPresentArchive(dependency, locked: locked, destination: destination)
                    output += "Keeping charts/\(archive), the locked version of \(dependency.name): helmkit does not download charts\n"
                    kept.insert(archive)
                }
            } catch {
                output += "Save error occurred:  \(error)\n"
                throw error
            }
        }
        try moveStaged(from: staging, to: destination, dependencies: dependencies, kept: kept)
        return saved
    }

    func checkChartsFolder(_ dependency: Dependency, destination: String) throws {
        let path = destination + "/" + dependency.name
        let subchart: Chart
        do {
            subchart = try ChartLocator.load(path: path)
        } catch {
            throw CommandError("unable to load chart '\(path)': \(error)")
        }
        if let problem = SemanticVersionCheck.constraintProblem(dependency.version) {
            throw CommandError("dependency \(dependency.name) has an invalid version/constraint format: \(problem)")
        }
        if let problem = SemanticVersionCheck.versionProblem(subchart.metadata.version) {
            throw CommandError("invalid version \(dependency.version) for dependency \(dependency.name): \(problem)")
        }
        guard SemanticVersionCheck.isCompatible(constraint: dependency.version, version: subchart.metadata.version) == true else {
            throw CommandError("dependency \(dependency.name) at version \(subchart.metadata.version) does not satisfy the constraint \(dependency.version)")
        }
    }

    /// Helm's `tarFromLocalDir`: packs the chart folder into `NAME-VERSION.tgz`.
    func pack(_ dependency: Dependency, into staging: String) throws -> String {
        let folder = try localPath(dependency.repository)
        let subchart = try ChartLocator.load(path: folder)
        if let problem = SemanticVersionCheck.constraintProblem(dependency.version) {
            throw CommandError("dependency \(dependency.name) has an invalid version/constraint format: \(problem)")
        }
        if let problem = SemanticVersionCheck.versionProblem(subchart.metadata.version) {
            throw CommandError(problem)
        }
        guard SemanticVersionCheck.isCompatible(constraint: dependency.version, version: subchart.metadata.version) == true else {
            throw CommandError("can't get a valid version for dependency \(dependency.name)")
        }
        // NOTE: Helm re-encodes Chart.yaml from the loaded metadata when it packs. This packs the
        // files as they are on disk (after .helmignore), so the bytes differ but load the same.
        let files = try ChartDirectoryReader.read(root: folder)
        let archive = staging + "/\(subchart.name)-\(subchart.metadata.version).tgz"
        try ChartArchiveWriter.write(files: files, chartName: subchart.name, to: archive)
        return subchart.metadata.version
    }

    /// Returns the file name of the archive of a repository dependency that is already in
    /// `charts/`, or fails, because downloading it needs the network.
    func keepPresentArchive(_ dependency: Dependency, locked: Bool, destination: String) throws -> String {
        let fileName = "\(dependency.name)-\(dependency.version).tgz"
        let unreachable = CommandError("dependency \(dependency.name) \(dependency.version) comes from \(dependency.repository), which helmkit cannot reach offline: download \(fileName) into \(destination) on a connected machine (helm dependency build there does it)")
        guard locked, let present = try? ChartLocator.load(path: destination + "/" + fileName),
              present.name == dependency.name, present.metadata.version == dependency.version else {
            throw unreachable
        }
        return fileName
    }

    /// Moves the packed archives into `charts/` and deletes archives of charts that no
    /// dependency names, except those of dependencies kept in place.
    mutating func moveStaged(from staging: String, to destination: String, dependencies: [Dependency],
                             kept: Set<String>) throws {
        let manager = FileManager.default
        let stagedFiles = try manager.contentsOfDirectory(atPath: staging).sorted()
        let existingFiles = try manager.contentsOfDirectory(atPath: destination).sorted()
        for name in stagedFiles {
            let source = staging + "/" + name
            do {
                _ = try ChartLocator.load(path: source)
            } catch {
                output += "Could not verify \(source) for moving: \(error) (Skipping)"
                continue
            }
            let target = destination + "/" + name
            try? manager.removeItem(atPath: target)
            do {
                try manager.moveItem(atPath: source, toPath: target)
            } catch {
                output += "Unable to move \(source) to charts dir \(error) (Skipping)"
            }
        }

        output += "Deleting outdated charts\n"
        let inChartsFolder = Set(dependencies.filter(\.isInChartsFolder).map(\.name))
        for name in existingFiles where !stagedFiles.contains(name) && !kept.contains(name) {
            let path = destination + "/" + name
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let archived: Chart
            do {
                archived = try ChartLocator.load(path: path)
            } catch {
                output += "Could not verify \(path) for deletion: \(error) (Skipping)\n"
                continue
            }
            if inChartsFolder.contains(archived.name) { continue }
            do {
                try manager.removeItem(atPath: path)
            } catch {
                output += "Could not delete \(path): \(error) (Skipping)"
            }
        }
    }

    func readLock() throws -> DependencyLock? {
        let path = chartPath + "/" + lockFileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try DependencyLock(parsing: [UInt8](data), name: lockFileName)
    }
}
