import Foundation
import HelmKitRender

/// `--output-dir`: writes each document under the folder by template path, as Helm does:
/// documents of the same template are appended to one file, and each write prints `wrote PATH`.
enum OutputDirectory {
    /// Writes the release and returns what Helm prints meanwhile.
    static func write(_ release: RenderedRelease, to folder: String, options: RenderOptions) throws -> String {
        var printed = ""
        var written = Set<String>()

        for document in release.crds + release.manifests {
            printed += try writeDocument(path: document.path, content: document.content, folder: folder,
                                         append: written.contains(document.path))
            written.insert(document.path)
        }

        // Hooks append to a file of the same path when it exists on disk, even from an earlier run.
        for hook in release.printedHooks(options: options) {
            let target = folder + "/" + hook.path
            let append = written.contains(hook.path) || FileManager.default.fileExists(atPath: target)
            printed += try writeDocument(path: hook.path, content: hook.content, folder: folder, append: append)
            written.insert(hook.path)
        }

        // Helm still prints the (empty) manifest text, which leaves one newline.
        return printed + "\n"
    }

    private static func writeDocument(path: String, content: String, folder: String, append: Bool) throws -> String {
        let target = folder + "/" + path
        let parent = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw CommandError("mkdir \(parent): \(error.localizedDescription)")
        }

        let text = Data("---\n# Source: \(path)\n\(content)\n".utf8)
        if append, let handle = FileHandle(forWritingAtPath: target) {
            defer { try? handle.close() }
            handle.seekToEndOfFile()
            handle.write(text)
        } else if !FileManager.default.createFile(atPath: target, contents: text) {
            throw CommandError("open \(target): permission denied")
        }
        return "wrote \(target)\n"
    }
}

/// A failure after which Helm has already printed output, as `--debug` does for invalid YAML.
struct FailureWithOutput: Error, CustomStringConvertible {
    let output: String
    let message: String

    var description: String { message }
}
