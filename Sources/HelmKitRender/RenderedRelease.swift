/// A rendered document and the template file it came from.
public struct RenderedDocument: Sendable {
    /// The template's full name, as `airbyte/charts/minio/templates/service.yaml`.
    public var path: String
    public var content: String
}

/// A rendered document carrying a `helm.sh/hook` annotation.
public struct RenderedHook: Sendable {
    public var path: String
    public var content: String
    /// True for `test` hooks, which `--skip-tests` leaves out.
    public var isTest: Bool
}

/// The documents of a rendered release, in the order `helm template` prints them.
public struct RenderedRelease: Sendable {
    /// CRD files, present only when requested.
    public var crds: [RenderedDocument]
    /// Plain manifests, sorted by kind in Helm's install order.
    public var manifests: [RenderedDocument]
    /// Hooks, sorted by kind.
    public var hooks: [RenderedHook]

    /// Returns the hooks that `helm template` prints with these options.
    public func printedHooks(options: RenderOptions) -> [RenderedHook] {
        guard !options.disableHooks else { return [] }
        return hooks.filter { !(options.skipTests && $0.isTest) }
    }

    /// Returns the text `helm template` prints: CRDs and manifests, then hooks.
    public func templateOutput(options: RenderOptions) -> String {
        var body = ""
        for document in crds + manifests {
            body += "---\n# Source: \(document.path)\n\(document.content)\n"
        }
        var output = trimmingGoSpace(body) + "\n"
        for hook in printedHooks(options: options) {
            output += "---\n# Source: \(hook.path)\n\(hook.content)\n"
        }
        return output
    }
}

/// A failure after Helm has created the release: a template error, an incompatible
/// `kubeVersion`, or a rendered document that is not valid YAML. `helm template` then adds a
/// hint about `--debug`, which prints what was rendered.
public struct ReleaseRenderFailure: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// The rendered files by template name, when rendering got as far as sorting them.
    public let renderedFiles: [String: String]

    public var description: String { message }

    /// Returns what `helm template --debug` prints before the error: the rendered files, blank
    /// ones skipped, as one trimmed stream.
    // NOTE: Helm writes the files in Go's random map order; these are sorted by name.
    public var debugOutput: String {
        let stream = renderedFiles.keys.sorted().compactMap { name -> String? in
            guard let content = renderedFiles[name], !content.utf8.allSatisfy(isGoSpace) else { return nil }
            return "---\n# Source: \(name)\n\(content)\n"
        }.joined()
        return trimmingGoSpace(stream) + "\n"
    }
}
