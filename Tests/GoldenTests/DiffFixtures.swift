import Foundation

/// Files for the `helmkit diff` suites, written under the temporary directory.
enum DiffFixtures {
    /// Creates an empty folder with a unique name, which the caller removes.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helmkit-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `old` and `new` to `old.yaml` and `new.yaml` in a new folder, and returns their
    /// paths and the folder.
    static func writeManifests(_ old: String, _ new: String) throws -> (String, String, URL) {
        let folder = try temporaryFolder()
        let oldFile = folder.appendingPathComponent("old.yaml")
        let newFile = folder.appendingPathComponent("new.yaml")
        try old.write(to: oldFile, atomically: true, encoding: .utf8)
        try new.write(to: newFile, atomically: true, encoding: .utf8)
        return (oldFile.path, newFile.path, folder)
    }
}
