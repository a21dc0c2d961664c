import Foundation
import HelmKitChart
import HelmKitValues

/// Finds and loads the chart the user named, as `helm template` does for local charts.
enum ChartLocator {
    /// Resolves a chart reference to a local path; repositories are out of reach offline.
    static func locate(_ reference: String) throws -> String {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if FileManager.default.fileExists(atPath: trimmed) {
            return URL(fileURLWithPath: trimmed).standardizedFileURL.path
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix(".") {
            throw CommandError("path \"\(trimmed)\" not found")
        }
        throw CommandError("chart \"\(trimmed)\" not found locally: rendering is offline, so charts in repositories cannot be fetched; give the path of a chart folder")
    }

    /// Loads the chart folder at `path`.
    static func load(path: String) throws -> Chart {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        guard isFolder.boolValue else {
            // TODO: chart archives (.tgz) need the libarchive reader.
            throw CommandError("file '\(path)' is a chart archive; archives are not supported yet, unpack it and give the folder")
        }

        let chartYAML = path + "/Chart.yaml"
        guard let data = FileManager.default.contents(atPath: chartYAML) else {
            throw CommandError("unable to detect chart at \(chartYAML): open \(chartYAML): no such file or directory")
        }
        let head: Value
        do {
            head = try YAMLCodec.decode(String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandError("cannot load Chart.yaml: \(error)")
        }
        let apiVersion = head.mapValue?["apiVersion"]?.stringValue ?? ""
        guard ["v1", "v2", ""].contains(apiVersion) else {
            throw CommandError(apiVersion == "v3" ? "invalid chart apiVersion" : "unsupported chart version")
        }

        do {
            return try ChartLoader.load(files: try ChartDirectoryReader.read(root: path))
        } catch let error as ChartError {
            throw CommandError(error.message)
        }
    }
}
