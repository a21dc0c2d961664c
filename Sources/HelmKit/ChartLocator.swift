import Foundation
import HelmKitChart
import HelmKitFunctions
import HelmKitValues

/// Finds and loads the chart the user named, as `helm template` does for local charts.
public enum ChartLocator {
    /// Resolves a chart reference to a local path; repositories are out of reach offline.
    public static func locate(_ reference: String) throws -> String {
        let trimmed = trimmingSpaces(reference)
        var status = stat()
        if stat(trimmed, &status) == 0 {
            return standardizedPath(trimmed)
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix(".") {
            throw HelmKitError("path \"\(trimmed)\" not found")
        }
        throw HelmKitError("chart \"\(trimmed)\" not found locally: rendering is offline, so charts in repositories cannot be fetched; give the path of a chart folder")
    }

    /// Removes leading and trailing tabs, Unicode space separators and U+200B, the characters
    /// of `CharacterSet.whitespaces`. Foundation's trimming costs a few tenths of a
    /// millisecond on first use, on every run's critical path.
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Returns `path` made absolute against the current folder and cleaned by its text, as
    /// `URL(fileURLWithPath:).standardizedFileURL.path` gives it. Symbolic links are not resolved.
    static func standardizedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return GoPath.clean(absolute)
    }

    /// Loads a chart archive file, with the checks and messages of Helm's `LoadFile`.
    static func loadArchive(path: String) throws -> Chart {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw HelmKitError("open \(path): permission denied")
        }
        let data = [UInt8](contents)
        guard data.starts(with: [0x1F, 0x8B, 0x08]) else {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
                throw HelmKitError("file '\(path)' seems to be a YAML file, but expected a gzipped archive")
            }
            let kind = isText(data.prefix(512)) ? "text/plain; charset=utf-8" : "application/octet-stream"
            throw HelmKitError("file '\(path)' does not appear to be a gzipped archive; got '\(kind)'")
        }

        let files: [ChartFile]
        do {
            files = try ChartArchiveReader.read(data: data)
        } catch let error as ChartError {
            if error.message == "gzip: invalid header" {
                throw HelmKitError("file '\(path)' does not appear to be a valid chart file (details: gzip: invalid header)")
            }
            throw HelmKitError("unable to load chart archive")
        }
        guard let chartYAML = files.first(where: { $0.path == "Chart.yaml" }) else {
            throw HelmKitError("unable to detect chart version, no Chart.yaml found")
        }
        try checkAPIVersion(chartYAML.data)
        do {
            return try ChartLoader.load(files: files)
        } catch let error as ChartError {
            throw HelmKitError(error.message)
        }
    }

    /// Guesses as Go's `http.DetectContentType` does between text and binary data.
    static func isText(_ head: ArraySlice<UInt8>) -> Bool {
        guard String(validating: Array(head), as: UTF8.self) != nil else { return false }
        return !head.contains { $0 < 0x09 || (0x0D < $0 && $0 < 0x20 && $0 != 0x1B) }
    }

    /// Rejects the chart API versions this loader cannot read, with Helm's messages.
    static func checkAPIVersion(_ chartYAML: [UInt8]) throws {
        let head: Value
        do {
            head = try YAMLCodec.decode(bytes: chartYAML)
        } catch {
            throw HelmKitError("cannot load Chart.yaml: \(error)")
        }
        let apiVersion = head.mapValue?["apiVersion"]?.stringValue ?? ""
        guard ["v1", "v2", ""].contains(apiVersion) else {
            throw HelmKitError(apiVersion == "v3" ? "invalid chart apiVersion" : "unsupported chart version")
        }
    }

    /// Loads the chart folder at `path`.
    public static func load(path: String) throws -> Chart {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        guard isFolder.boolValue else { return try loadArchive(path: path) }

        let chartYAML = path + "/Chart.yaml"
        guard let data = FileManager.default.contents(atPath: chartYAML) else {
            throw HelmKitError("unable to detect chart at \(chartYAML): open \(chartYAML): no such file or directory")
        }
        try checkAPIVersion([UInt8](data))

        do {
            return try ChartLoader.load(files: try ChartDirectoryReader.read(root: path))
        } catch let error as ChartError {
            throw HelmKitError(error.message)
        }
    }
}
