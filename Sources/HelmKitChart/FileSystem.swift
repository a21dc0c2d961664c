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
            throw ChartError("open \(path): \(errorText(errno))")
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

    /// Returns what `lstat` reports for `path` and whether it is a symbolic link; nil when it
    /// fails. For anything but a link this equals `status(of:)` with one system call fewer.
    static func linkStatus(of path: String) -> (status: Status, isSymbolicLink: Bool)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        let status = Status(isFolder: type == S_IFDIR, isRegularFile: type == S_IFREG, size: Int(info.st_size))
        return (status, type == S_IFLNK)
    }

    /// Go's maximum number of links `filepath.EvalSymlinks` follows in one path.
    static let maxLinksWalked = 255

    /// Resolves every symbolic link in the absolute `path` as Go's `filepath.EvalSymlinks` does,
    /// one element at a time, with Go's error texts (`lstat PATH: no such file or directory`,
    /// `EvalSymlinks: too many links`).
    static func evaluateSymbolicLinks(_ path: String) throws -> String {
        var remaining = Substring(path)
        var resolved = path.hasPrefix("/") ? "/" : ""
        var linksWalked = 0
        while true {
            remaining = remaining.drop { $0 == "/" }
            guard !remaining.isEmpty else { break }
            let element = remaining.prefix { $0 != "/" }
            remaining = remaining.dropFirst(element.count)

            if element == "." { continue }
            if element == ".." {
                resolved = parentPath(resolved)
                continue
            }
            resolved += (resolved.isEmpty || resolved.hasSuffix("/") ? "" : "/") + element

            var info = stat()
            guard lstat(resolved, &info) == 0 else { throw ChartError("lstat \(resolved): \(errorText(errno))") }
            guard info.st_mode & S_IFMT == S_IFLNK else {
                if info.st_mode & S_IFMT != S_IFDIR && !remaining.isEmpty { throw ChartError(errorText(ENOTDIR)) }
                continue
            }
            linksWalked += 1
            if linksWalked > maxLinksWalked { throw ChartError("EvalSymlinks: too many links") }
            let target = try linkTarget(resolved)
            remaining = Substring(target + remaining)
            resolved = target.hasPrefix("/") ? "/" : parentPath(resolved, droppingLast: true)
        }
        return resolved.isEmpty ? "." : resolved
    }

    /// Drops the last element of a resolved path, keeping a `..` that cannot be resolved.
    private static func parentPath(_ path: String, droppingLast: Bool = false) -> String {
        guard let slash = path.lastIndex(of: "/") else { return droppingLast ? "" : (path.isEmpty ? ".." : path + "/..") }
        let last = path[path.index(after: slash)...]
        if !droppingLast && last == ".." { return path + "/.." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func linkTarget(_ path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { throw ChartError("readlink \(path): \(errorText(errno))") }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Returns the text Go prints for an errno: the C library's text, starting in lower case.
    static func errorText(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Reads a whole file; nil when it cannot be opened or read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expectedSize = fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0
        // One byte more than the size lets the first read reach the end of an unchanged file,
        // so most files take one read into a buffer of the right size.
        var data = [UInt8](repeating: 0, count: expectedSize + 1)
        var filled = 0
        while true {
            if filled == data.count {
                data.append(contentsOf: repeatElement(0, count: max(data.count, 4096)))
            }
            let count = data.withUnsafeMutableBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return read(descriptor, start + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 {
                data.removeSubrange(filled...)
                return data
            }
            filled += count
        }
    }
}
