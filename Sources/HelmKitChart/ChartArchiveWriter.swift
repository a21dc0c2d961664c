internal import CArchive
import Foundation

/// Writes a chart as a gzip-compressed tar archive laid out as `helm package` lays it out: every
/// file under one top folder named after the chart, so `ChartArchiveReader` reads it back.
public enum ChartArchiveWriter {
    /// Writes `files` (paths relative to the chart root) under the folder `chartName` into a new
    /// archive at `path`, replacing any file there.
    public static func write(files: [ChartFile], chartName: String, to path: String) throws {
        let archive = try ArchiveWriterHandle(path: path)
        // Helm stamps entries with the time of packaging, as this does.
        let now = time(nil)
        for file in files {
            try archive.add(path: chartName + "/" + file.path, data: file.data, modified: now)
        }
        try archive.close()
    }
}

/// Owns a libarchive writer that compresses with gzip into a file; frees it in `deinit`.
final class ArchiveWriterHandle {
    private let handle: OpaquePointer
    private let path: String

    /// A regular file, in the `S_IFREG` bits libarchive's `AE_IFREG` names.
    private static let regularFileType: UInt32 = 0o100000

    init(path: String) throws {
        guard let handle = archive_write_new() else { throw ChartError("cannot create an archive writer") }
        self.handle = handle
        self.path = path
        guard archive_write_add_filter_gzip(handle) == ARCHIVE_OK,
              archive_write_set_format_pax_restricted(handle) == ARCHIVE_OK,
              archive_write_open_filename(handle, path) == ARCHIVE_OK else {
            throw failure("cannot create")
        }
    }

    deinit {
        archive_write_free(handle)
    }

    func add(path entryPath: String, data: [UInt8], modified: time_t) throws {
        guard let entry = archive_entry_new() else { throw ChartError("cannot create an archive entry") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, entryPath)
        archive_entry_set_size(entry, la_int64_t(data.count))
        archive_entry_set_filetype(entry, Self.regularFileType)
        archive_entry_set_perm(entry, 0o644)
        archive_entry_set_mtime(entry, modified, 0)
        guard archive_write_header(handle, entry) == ARCHIVE_OK else { throw failure("cannot add \(entryPath) to") }
        if data.isEmpty { return }
        let written = data.withUnsafeBytes { buffer in
            archive_write_data(handle, buffer.baseAddress, buffer.count)
        }
        guard written == data.count else { throw failure("cannot write \(entryPath) into") }
    }

    func close() throws {
        guard archive_write_close(handle) == ARCHIVE_OK else { throw failure("cannot finish") }
    }

    private func failure(_ action: String) -> ChartError {
        let reason = archive_error_string(handle).map { String(cString: $0) } ?? "unknown libarchive error"
        return ChartError("\(action) the chart archive \(path): \(reason)")
    }
}
