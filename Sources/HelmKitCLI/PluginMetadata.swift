import Foundation
import HelmKitValues

/// A command of a subprocess plugin, chosen by operating system and architecture.
struct PlatformCommand: Equatable {
    var operatingSystem = ""
    var architecture = ""
    var command = ""
    var args: [String] = []
}

/// A plugin's `plugin.yaml`, reduced to what finding and running a post-renderer needs.
///
/// Helm v4.2.3 reads two formats (internal/plugin/loader.go): `apiVersion: v1` files, decoded
/// strictly, and legacy files without `apiVersion`, which always describe `cli/v1` or
/// `getter/v1` plugins. A file that fails to load is skipped with a warning.
struct PluginMetadata {
    var name: String
    var type: String
    var runtime: String
    var platformCommands: [PlatformCommand]

    /// Plugin names Helm accepts: ASCII letters, digits, `_` and `-`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-")
        }
    }

    /// Parses a `plugin.yaml`, or returns nil where Helm fails to load it.
    // NOTE: type mismatches inside `platformHooks`, `protocolCommands` and the `config` of
    // plugin types other than postrenderer/v1 are not checked, so a few plugins Helm skips
    // load here. They matter only when they share a name with another plugin.
    static func parse(_ text: String) -> PluginMetadata? {
        guard let root = try? YAMLNode.parseFirstDocument(text), root.kind == .mapping else { return nil }
        guard let apiVersion = stringField("apiVersion", of: root) else { return nil }
        switch apiVersion {
        case "": return parseLegacy(root)
        case "v1": return parseVersion1(root)
        default: return nil
        }
    }

    private static let version1Fields: Set<String> = [
        "apiVersion", "name", "type", "runtime", "version", "sourceURL", "config", "runtimeConfig",
    ]
    private static let knownTypes: Set<String> = ["test/v1", "cli/v1", "getter/v1", "postrenderer/v1"]

    private static func parseVersion1(_ root: YAMLNode) -> PluginMetadata? {
        let keys = stride(from: 0, to: root.children.count, by: 2).map { root.children[$0].value }
        guard keys.allSatisfy(version1Fields.contains), Set(keys).count == keys.count else { return nil }
        guard let name = stringField("name", of: root), isValidName(name),
              let version = stringField("version", of: root), !version.isEmpty, StrictSemanticVersion.isValid(version),
              let type = stringField("type", of: root), !type.isEmpty, knownTypes.contains(type),
              let runtime = stringField("runtime", of: root), !runtime.isEmpty,
              stringField("sourceURL", of: root) != nil,
              let config = mappingField("config", of: root),
              let runtimeConfig = mappingField("runtimeConfig", of: root) else { return nil }
        // ConfigPostRendererV1 has no fields, and the config is decoded with unknown fields rejected.
        if type == "postrenderer/v1" && !config.children.isEmpty { return nil }

        switch runtime {
        case "subprocess":
            guard let commands = platformCommands(runtimeConfig.value(forKey: "platformCommand")) else { return nil }
            return PluginMetadata(name: name, type: type, runtime: runtime, platformCommands: commands)
        case "extism/v1":
            return PluginMetadata(name: name, type: type, runtime: runtime, platformCommands: [])
        default:
            return nil
        }
    }

    /// Loads a legacy plugin as Helm's `MetadataLegacy.Validate` accepts it.
    private static func parseLegacy(_ root: YAMLNode) -> PluginMetadata? {
        guard let name = stringField("name", of: root), isValidName(name),
              let version = stringField("version", of: root),
              version.isEmpty || StrictSemanticVersion.isValid(version),
              let command = stringField("command", of: root),
              let commands = platformCommands(root.value(forKey: "platformCommand")) else { return nil }
        if !commands.isEmpty && !command.isEmpty { return nil }
        let hasPlatformHooks = !(root.value(forKey: "platformHooks")?.children.isEmpty ?? true)
        let hasHooks = !(root.value(forKey: "hooks")?.children.isEmpty ?? true)
        if hasPlatformHooks && hasHooks { return nil }

        let downloaders = root.value(forKey: "downloaders")?.children ?? []
        for downloader in downloaders {
            guard let downloadCommand = stringField("command", of: downloader), !downloadCommand.isEmpty,
                  let protocols = downloader.value(forKey: "protocols")?.children, !protocols.isEmpty,
                  protocols.allSatisfy({ $0.kind == .scalar && !$0.isNull && !$0.value.isEmpty }) else { return nil }
        }
        let legacyCommands = commands.isEmpty && !command.isEmpty ? [PlatformCommand(command: command)] : commands
        return PluginMetadata(name: name, type: downloaders.isEmpty ? "cli/v1" : "getter/v1",
                              runtime: "subprocess", platformCommands: legacyCommands)
    }

    /// Reads a list of `{os, arch, command, args}` entries; nil when it does not decode.
    private static func platformCommands(_ node: YAMLNode?) -> [PlatformCommand]? {
        guard let node, !node.isNull else { return [] }
        guard node.kind == .sequence else { return nil }
        var commands: [PlatformCommand] = []
        for entry in node.children {
            if entry.isNull {
                commands.append(PlatformCommand())
                continue
            }
            guard entry.kind == .mapping,
                  let operatingSystem = stringField("os", of: entry),
                  let architecture = stringField("arch", of: entry),
                  let command = stringField("command", of: entry) else { return nil }
            var args: [String] = []
            if let argsNode = entry.value(forKey: "args"), !argsNode.isNull {
                guard argsNode.kind == .sequence, argsNode.children.allSatisfy({ $0.kind == .scalar }) else { return nil }
                args = argsNode.children.map { $0.isNull ? "" : $0.value }
            }
            commands.append(PlatformCommand(operatingSystem: operatingSystem, architecture: architecture,
                                            command: command, args: args))
        }
        return commands
    }

    /// Reads a string field as go-yaml v3 decodes one: any scalar gives its text, null or a
    /// missing key gives "", and a collection fails (nil).
    private static func stringField(_ key: String, of mapping: YAMLNode) -> String? {
        guard let node = mapping.value(forKey: key), !node.isNull else { return "" }
        return node.kind == .scalar ? node.value : nil
    }

    /// Reads a `map[string]any` field: a mapping, or an empty one for null or a missing key.
    private static func mappingField(_ key: String, of mapping: YAMLNode) -> YAMLNode? {
        guard let node = mapping.value(forKey: key), !node.isNull else { return .mapping() }
        return node.kind == .mapping ? node : nil
    }
}

/// Masterminds semver's `StrictNewVersion`: exactly `MAJOR.MINOR.PATCH`, without a `v`
/// prefix or leading zeros, then an optional `-prerelease` and `+metadata`.
enum StrictSemanticVersion {
    static func isValid(_ text: String) -> Bool {
        var rest = Substring(text)
        var metadata: Substring?
        if let plus = rest.firstIndex(of: "+") {
            metadata = rest[rest.index(after: plus)...]
            rest = rest[..<plus]
        }
        var prerelease: Substring?
        if let dash = rest.firstIndex(of: "-") {
            prerelease = rest[rest.index(after: dash)...]
            rest = rest[..<dash]
        }
        let core = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard core.count == 3, core.allSatisfy(isNumericIdentifier) else { return false }
        if let prerelease {
            let parts = prerelease.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ isAlphanumericIdentifier($0) && (!$0.allSatisfy(\.isASCIIDigit) || isNumericIdentifier($0)) })
            else { return false }
        }
        if let metadata {
            guard metadata.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isAlphanumericIdentifier)
            else { return false }
        }
        return true
    }

    private static func isNumericIdentifier(_ part: Substring) -> Bool {
        !part.isEmpty && part.allSatisfy(\.isASCIIDigit) && (part == "0" || part.first != "0")
    }

    private static func isAlphanumericIdentifier(_ part: Substring) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isASCIIDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-" }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
