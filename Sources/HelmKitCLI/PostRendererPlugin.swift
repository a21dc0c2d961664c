import Foundation
import HelmKitFunctions
import HelmKitRender
import HelmKitValues

/// A failure worded as Helm words it, printed after `Error: `.
struct PluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// A `postrenderer/v1` plugin that `--post-renderer` names, as Helm v4.2.3 finds and runs it
/// (pkg/postrenderer/postrenderer.go, internal/plugin/runtime_subprocess.go).
struct PostRendererPlugin: PostRenderer {
    let metadata: PluginMetadata
    /// The plugin's folder, as Helm joins it: the cleaned plugins directory, `/`, the folder name.
    let directory: String
    let extraArgs: [String]
    /// Helm's own environment, which the plugin inherits.
    let environment: [String: String]

    /// Finds the first plugin named `name` of type `postrenderer/v1` in the plugins
    /// directories, searched in order, each folder's subfolders by name.
    ///
    /// Helm loads every plugin of a directory and fails when two share a name. A plugin that
    /// does not load is skipped.
    // NOTE: Helm logs a warning for each skipped plugin; helmkit skips them silently.
    static func find(name: String, extraArgs: [String], environment: [String: String]) throws -> PostRendererPlugin {
        var found: [PostRendererPlugin] = []
        for directory in pluginDirectories(environment: environment) {
            var namesSeen: [String: String] = [:]
            for (folder, metadata) in loadPlugins(in: directory) {
                if let earlier = namesSeen[metadata.name] {
                    throw PluginError("two plugins claim the name \(GoQuoting.quote(metadata.name)) at \(GoQuoting.quote(earlier)) and \(GoQuoting.quote(folder))")
                }
                namesSeen[metadata.name] = folder
                if metadata.name == name && metadata.type == "postrenderer/v1" {
                    found.append(PostRendererPlugin(metadata: metadata, directory: folder,
                                                    extraArgs: extraArgs, environment: environment))
                }
            }
        }
        guard let plugin = found.first else {
            throw PluginError("plugin: {Name:\(name) Type:postrenderer/v1} not found")
        }
        return plugin
    }

    /// Helm's plugins path: `HELM_PLUGINS` when set (even empty), split at `:`, else the
    /// `plugins` folder of Helm's data directory (`HELM_DATA_HOME`, else `XDG_DATA_HOME/helm`,
    /// else `~/.local/share/helm` on Linux and `~/Library/helm` on macOS).
    static func pluginDirectories(environment: [String: String]) -> [String] {
        if let list = environment["HELM_PLUGINS"] {
            return list.isEmpty ? [] : list.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        }
        if let dataHome = environment["HELM_DATA_HOME"], !dataHome.isEmpty {
            return [GoPath.clean(dataHome + "/plugins")]
        }
        var base = environment["XDG_DATA_HOME"] ?? ""
        if base.isEmpty {
            #if os(macOS)
            base = (environment["HOME"] ?? "") + "/Library"
            #else
            base = (environment["HOME"] ?? "") + "/.local/share"
            #endif
        }
        return [GoPath.clean(base + "/helm/plugins")]
    }

    /// Loads the plugins of `directory/*/plugin.yaml`, in Go's glob order (byte order of the
    /// folder names, hidden ones included), skipping those that fail to load.
    // NOTE: Go's glob also reads `*`, `?` and `[` in the directory path as patterns, but here
    // the path is taken literally.
    static func loadPlugins(in directory: String) -> [(folder: String, metadata: PluginMetadata)] {
        let cleaned = GoPath.clean(directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cleaned) else { return [] }
        var plugins: [(folder: String, metadata: PluginMetadata)] = []
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let folder: String
            switch cleaned {
            case ".": folder = name
            case "/": folder = "/" + name
            default: folder = cleaned + "/" + name
            }
            guard let data = FileManager.default.contents(atPath: folder + "/plugin.yaml"),
                  let metadata = PluginMetadata.parse(String(decoding: data, as: UTF8.self)) else { continue }
            plugins.append((folder, metadata))
        }
        return plugins
    }

    /// Runs the plugin with the manifests on standard input and returns its standard output.
    func run(_ manifests: String) throws -> String {
        let output: [UInt8]
        do {
            output = try invoke(input: Array(manifests.utf8))
        } catch {
            throw PluginError("failed to invoke post-renderer plugin \(GoQuoting.quote(metadata.name)): \(error)")
        }
        // Helm takes output that is only white space for a post-renderer that failed quietly.
        if output.allSatisfy({ [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) }) {
            throw PluginError("post-renderer \(GoQuoting.quote(metadata.name)) produced empty output")
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func invoke(input: [UInt8]) throws -> [UInt8] {
        guard metadata.runtime == "subprocess" else {
            throw PluginError("helmkit cannot run \(metadata.runtime) plugins, only subprocess ones")
        }
        var childEnvironment = environment
        childEnvironment["HELM_PLUGIN_NAME"] = metadata.name
        childEnvironment["HELM_PLUGIN_DIR"] = directory

        let (command, arguments) = try PluginCommandLine.prepare(metadata.platformCommands, extraArgs: extraArgs,
                                                                environment: childEnvironment)
        let executable = try PluginCommandLine.resolveExecutable(command, path: environment["PATH"] ?? "")
        let (status, output) = try PluginCommandLine.run(executable, arguments: arguments,
                                                         environment: childEnvironment, input: input)
        guard status == 0 else {
            throw PluginError("plugin \(GoQuoting.quote(metadata.name)) exited with error")
        }
        return output
    }
}

/// The `--post-renderer` and `--post-renderer-args` values, handled in command-line order as
/// Helm's flag values handle them (pkg/cmd/flags.go): the plugin is looked up as soon as it
/// is named, and again with each later argument.
struct PostRendererFlags {
    let environment: [String: String]
    private var pluginName = ""
    private var extraArgs: [String] = []
    private(set) var plugin: PostRendererPlugin?

    init(environment: [String: String]) {
        self.environment = environment
    }

    /// Takes one flag value; other flags are ignored.
    mutating func set(_ flag: String, value: String) throws {
        switch flag {
        case "post-renderer":
            // Helm ignores an empty name, so `--post-renderer=` names no plugin.
            guard !value.isEmpty else { return }
            guard pluginName.isEmpty else {
                throw PluginError("cannot specify --post-renderer flag more than once")
            }
            pluginName = value
        case "post-renderer-args":
            // An empty argument is passed on, since a plugin may accept one.
            extraArgs.append(value)
            guard !pluginName.isEmpty else { return }
        default:
            return
        }
        plugin = try PostRendererPlugin.find(name: pluginName, extraArgs: extraArgs, environment: environment)
    }
}
