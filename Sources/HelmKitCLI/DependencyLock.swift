import Foundation
import HelmKitFunctions
import HelmKitValues

/// A chart's lock file (`Chart.lock`), as Helm v4.2.3's `chart.Lock` reads and writes it.
struct DependencyLock {
    typealias Dependency = DependencyBuildCommand.Dependency

    var dependencies: [Dependency]
    var digest: String

    init(dependencies: [Dependency], digest: String) {
        self.dependencies = dependencies
        self.digest = digest
    }

    /// Reads a lock file; `name` appears in errors.
    init(parsing data: [UInt8], name: String) throws {
        let document: Value
        do {
            document = try YAMLCodec.decode(bytes: data)
        } catch {
            throw CommandError("cannot load \(name): \(error)")
        }
        let map = document.mapValue ?? ValueMap()
        digest = map["digest"]?.stringValue ?? ""
        dependencies = (map["dependencies"]?.listValue ?? []).compactMap { entry in
            guard let fields = entry.mapValue else { return nil }
            return Dependency(name: fields["name"]?.stringValue ?? "", version: fields["version"]?.stringValue ?? "",
                              repository: fields["repository"]?.stringValue ?? "")
        }
    }

    /// Helm's `resolver.HashReq`: the SHA-256 of the JSON array `[requested, locked]`, with each
    /// dependency's fields in the order and `omitempty` rules of Go's `chart.Dependency`.
    static func digest(_ requested: [Dependency], _ locked: [Dependency]) throws -> String {
        let json = "[" + (try list(requested)) + "," + (try list(locked)) + "]"
        return "sha256:" + DigestAccess.sha256Hex(Array(json.utf8))
    }

    /// Helm's `resolver.HashV2Req`, which Helm 2 wrote into `requirements.lock`.
    static func legacyDigest(_ requested: [Dependency]) throws -> String {
        let json = "{\"dependencies\":" + (try list(requested)) + "}"
        return "sha256:" + DigestAccess.sha256Hex(Array(json.utf8))
    }

    static func list(_ dependencies: [Dependency]) throws -> String {
        "[" + (try dependencies.map(object).joined(separator: ",")) + "]"
    }

    /// Encodes one dependency as Go's `json.Marshal` encodes `chart.Dependency`.
    static func object(_ dependency: Dependency) throws -> String {
        var fields = ["\"name\":" + (try JSONCodec.encode(.string(dependency.name)))]
        if !dependency.version.isEmpty { fields.append("\"version\":" + (try JSONCodec.encode(.string(dependency.version)))) }
        fields.append("\"repository\":" + (try JSONCodec.encode(.string(dependency.repository))))
        if !dependency.condition.isEmpty {
            fields.append("\"condition\":" + (try JSONCodec.encode(.string(dependency.condition))))
        }
        if !dependency.tags.isEmpty {
            fields.append("\"tags\":" + (try JSONCodec.encode(.list(dependency.tags.map(Value.string)))))
        }
        if dependency.enabled { fields.append("\"enabled\":true") }
        if !dependency.importValues.isEmpty {
            fields.append("\"import-values\":" + (try JSONCodec.encode(.list(dependency.importValues))))
        }
        if !dependency.alias.isEmpty { fields.append("\"alias\":" + (try JSONCodec.encode(.string(dependency.alias)))) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// Writes the lock file as Helm's `writeLock` does: keys sorted, `generated` the time of
    /// writing, and never through a symbolic link.
    static func write(_ lock: DependencyLock, to path: String) throws {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            throw CommandError("the \(name) file is a symlink to \(GoQuoting.quote(target))")
        }
        let entries: [Value] = lock.dependencies.map { dependency in
            var fields: [String: Value] = ["name": .string(dependency.name), "repository": .string(dependency.repository)]
            if !dependency.version.isEmpty { fields["version"] = .string(dependency.version) }
            return .map(ValueMap(fields))
        }
        let document = ValueMap([
            "dependencies": .list(entries),
            "digest": .string(lock.digest),
            "generated": .string(generatedTime(Date())),
        ])
        let text = try YAMLCodec.encode(.map(document))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Go's RFC 3339 form of a `time.Time` with trailing zeros of the fraction dropped.
    /// NOTE: this writes UTC (`Z`), where Helm writes the machine's local offset.
    static func generatedTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var text = formatter.string(from: date)
        if let dot = text.firstIndex(of: "."), let zone = text.lastIndex(of: "Z") {
            var fraction = String(text[text.index(after: dot)..<zone])
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text = String(text[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + "Z"
        }
        return text
    }
}
