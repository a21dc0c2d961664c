#if canImport(Glibc)
import Glibc
#endif

/// Thin POSIX file access for reading chart folders: Foundation's FileManager costs several
/// times more per file, and a chart tree has hundreds of files.
enum FileSystem {
    struct Status {
        var isFolder: Bool
        var isRegularFile: Bool
        var size: Int
    }

    /// Returns the names in a folder, sorted, without `.` and `..`.
    static func entries(of path: String) throws -> [String] {
        guard let folder = opendir(path) else {
            throw ChartError("open \(path): \(String(cString: strerror(errno)))")
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Returns what `stat` reports for `path`, following symbolic links; nil when it fails.
    static func status(of path: String) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return Status(isFolder: type == S_IFDIR, isRegularFile: type == S_IFREG, size: Int(info.st_size))
    }

    /// Reads a whole file; nil when it cannot be opened or read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}
