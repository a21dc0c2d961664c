internal import CArchive
import Foundation
import HelmKitValues

/// Reads a gzip-compressed tar chart archive into memory, with the checks of Helm's
/// `LoadArchiveFiles`: the first path element is dropped, and absolute paths, paths leaving
/// the chart, and files over Helm's size limits are rejected.
public enum ChartArchiveReader {
    /// Helm's `MaxDecompressedChartSize`: 100 MiB for all files of an archive together.
    public static let maxChartSize = 100 * 1024 * 1024

    /// Returns the files of the archive held in `data`, with paths relative to the chart root.
    public static func read(data: [UInt8]) throws -> [ChartFile] {
        guard data.starts(with: [0x1F, 0x8B]) else { throw ChartError("gzip: invalid header") }
        let archive = try ArchiveHandle(data: data)
        var files: [ChartFile] = []
        var remaining = maxChartSize

        while let entry = try archive.nextEntry() {
            if entry.isFolder || entry.isExtendedHeader { continue }

            let separator: Character = entry.path.contains("\\") ? "\\" : "/"
            let parts = entry.path.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            let inside = parts.dropFirst().joined(separator: "/")
            if inside.hasPrefix("/") { throw ChartError("chart illegally contains absolute paths") }

            let cleaned = cleanPath(inside)
            if cleaned == "." {
                throw ChartError("chart illegally contains content outside the base directory: \(quoted(entry.path))")
            }
            if cleaned.hasPrefix("..") { throw ChartError("chart illegally references parent directory") }
            if isDrivePath(cleaned) { throw ChartError("chart contains illegally named files") }
            if parts.first == "Chart.yaml" { throw ChartError("chart yaml not in base directory") }

            if entry.size > remaining {
                throw ChartError("decompressed chart is larger than the maximum size \(maxChartSize)")
            }
            if entry.size > ChartDirectoryReader.maxFileSize {
                throw ChartError("decompressed chart file \(quoted(entry.path)) is larger than the maximum file size \(ChartDirectoryReader.maxFileSize)")
            }
            let contents = try archive.readData(limit: remaining)
            remaining -= contents.count
            if contents.count < entry.size || remaining <= 0 {
                throw ChartError("decompressed chart is larger than the maximum size \(maxChartSize)")
            }
            files.append(ChartFile(path: cleaned, data: ChartDirectoryReader.dropByteOrderMark(contents)))
        }

        if files.isEmpty { throw ChartError("no files in chart archive") }
        return files
    }

    /// Go's `path.Clean`: removes `.` elements and resolves `..` where it can.
    public static func cleanPath(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var elements: [Substring] = []
        for element in path.split(separator: "/") {
            if element == "." { continue }
            if element == "..", let last = elements.last, last != ".." {
                elements.removeLast()
            } else if element == "..", rooted {
                continue
            } else {
                elements.append(element)
            }
        }
        let joined = elements.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    static func isDrivePath(_ path: String) -> Bool {
        let characters = Array(path.prefix(3))
        return characters.count == 3 && characters[0].isASCIILetter && characters[1] == ":" && characters[2] == "/"
    }

    static func quoted(_ text: String) -> String {
        GoQuoting.quote(text)
    }
}

/// One libarchive reader over an in-memory archive, freed when released.
final class ArchiveHandle {
    struct Entry {
        var path: String
        var size: Int
        var isFolder: Bool
        var isExtendedHeader: Bool
    }

    private let reader: OpaquePointer
    /// The archive bytes, kept alive while libarchive reads from them.
    private let buffer: UnsafeMutableRawBufferPointer

    init(data: [UInt8]) throws {
        guard let reader = archive_read_new() else { throw ChartError("unable to load chart archive") }
        self.reader = reader
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        buffer.copyBytes(from: data)
        archive_read_support_filter_gzip(reader)
        archive_read_support_format_tar(reader)
        archive_read_support_format_gnutar(reader)
        if archive_read_open_memory(reader, buffer.baseAddress, data.count) != ARCHIVE_OK {
            throw ChartError(lastError)
        }
    }

    deinit {
        archive_read_free(reader)
        buffer.deallocate()
    }

    var lastError: String {
        archive_error_string(reader).map { String(cString: $0) } ?? "unexpected EOF"
    }

    func nextEntry() throws -> Entry? {
        var entry: OpaquePointer?
        let status = archive_read_next_header(reader, &entry)
        if status == ARCHIVE_EOF { return nil }
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else { throw ChartError(lastError) }
        let path = archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
        let type = archive_entry_filetype(entry)
        return Entry(path: path, size: Int(archive_entry_size(entry)),
                     isFolder: type == 0o040000, isExtendedHeader: false)
    }

    /// Reads the current entry's contents, at most `limit` bytes.
    func readData(limit: Int) throws -> [UInt8] {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while contents.count < limit {
            let wanted = min(chunk.count, limit - contents.count)
            let count = chunk.withUnsafeMutableBytes { archive_read_data(reader, $0.baseAddress, wanted) }
            if count < 0 { throw ChartError(lastError) }
            if count == 0 { break }
            contents.append(contentsOf: chunk[0..<count])
        }
        return contents
    }
}
