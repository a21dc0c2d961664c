import HelmKitValues

/// A program that rewrites the rendered manifests before Helm sorts them, given with
/// `--post-renderer`.
public protocol PostRenderer {
    /// Returns the rewritten stream of YAML documents.
    func run(_ manifests: String) throws -> String
}

/// Helm v4's post-render step with its default "combined" strategy (pkg/action/action.go,
/// `renderResources`):
/// - Every rendered file but partials (`_*`) and blank ones is split into documents, which are
///   read with kyaml, tagged with a `postrenderer.helm.sh/postrender-filename` annotation
///   naming their file, and written out again as one stream, files in name order.
/// - Hooks and plain manifests go through the post-renderer together, but NOTES.txt does not.
/// - The post-renderer's output is read back with kyaml and grouped into files by that
///   annotation, which is removed. A document without it becomes its own file,
///   `generated-by-postrender-N.yaml`, N counting the documents of the output from 0.
/// kyaml writes YAML its own way, so the output shows go-yaml v3's formatting, not the
/// template's, and comments move to the places go-yaml v3 attaches them to.
enum PostRendering {
    static let filenameAnnotation = "postrenderer.helm.sh/postrender-filename"

    /// Runs `postRenderer` over the rendered files and returns the files it produced.
    static func apply(_ postRenderer: PostRenderer, to files: [String: String]) throws -> [String: String] {
        let merged: String
        do {
            merged = try annotateAndMerge(files)
        } catch let error as ValueError {
            throw RenderError(message: "error merging manifests: \(error.message)")
        }

        let output: String
        do {
            output = try postRenderer.run(merged)
        } catch {
            throw RenderError(message: "error while running post render on files: \(error)")
        }

        do {
            return try splitAndDeannotate(output)
        } catch let error as ValueError {
            throw RenderError(message: "error while parsing post rendered output: \(error.message)")
        }
    }

    /// Returns the stream the post-renderer reads: each document tagged with its file.
    static func annotateAndMerge(_ files: [String: String]) throws -> String {
        var documents: [YAMLDocument] = []
        for name in files.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let content = files[name] else { continue }
            let baseName = name.split(separator: "/").last.map(String.init) ?? name
            if baseName.hasPrefix("_") || content.utf8.allSatisfy(isGoSpace) { continue }

            for piece in ManifestSorter.splitDocuments(content) {
                let resources: [YAMLDocument]
                do {
                    resources = try KYAMLResources.read(piece)
                } catch let error as ValueError {
                    throw ValueError("parsing \(name): \(error.message)")
                }
                for var resource in resources {
                    do {
                        try KYAMLResources.setAnnotation(filenameAnnotation, to: name, in: &resource.root)
                    } catch let error as ValueError {
                        throw ValueError("annotating \(name): \(error.message)")
                    }
                    documents.append(resource)
                }
            }
        }
        do {
            return try KYAMLResources.write(documents)
        } catch let error as ValueError {
            throw ValueError("writing merged docs: \(error.message)")
        }
    }

    /// Returns the post-rendered documents grouped into files by their filename annotation.
    static func splitAndDeannotate(_ output: String) throws -> [String: String] {
        let resources: [YAMLDocument]
        do {
            resources = try KYAMLResources.read(output)
        } catch let error as ValueError {
            throw ValueError("error parsing YAML: \(error.message)")
        }

        var documentsByFile: [String: [YAMLDocument]] = [:]
        for (index, var resource) in resources.enumerated() {
            guard let annotations = try KYAMLResources.annotations(of: resource.root) else {
                throw ValueError("getting metadata: missing Resource metadata")
            }
            var name = annotations[filenameAnnotation] ?? ""
            if name.isEmpty {
                name = "generated-by-postrender-\(index).yaml"
            }
            do {
                try KYAMLResources.removeAnnotation(filenameAnnotation, from: &resource.root)
            } catch let error as ValueError {
                throw ValueError("clearing filename annotation: \(error.message)")
            }
            documentsByFile[name, default: []].append(resource)
        }

        var files: [String: String] = [:]
        for (name, documents) in documentsByFile {
            do {
                files[name] = try KYAMLResources.write(documents)
            } catch let error as ValueError {
                throw ValueError("re-writing \(name): \(error.message)")
            }
        }
        return files
    }
}
