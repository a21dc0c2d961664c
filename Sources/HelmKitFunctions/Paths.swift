import HelmKitTemplate
import HelmKitValues

/// Sprig's path functions: Go's `path` package, and `filepath`, which on Linux behaves the same.
extension FunctionLibrary {
    static func pathFunctions() -> [String: TemplateFunction] {
        func unary(_ body: @escaping (String) -> Value) -> TemplateFunction {
            { arguments in body(try Arguments(arguments, count: 1).string(0)) }
        }
        let base = unary { .string(GoPath.base($0)) }
        let dir = unary { .string(GoPath.dir($0)) }
        let clean = unary { .string(GoPath.clean($0)) }
        let ext = unary { .string(GoPath.ext($0)) }
        let isAbs = unary { .bool($0.hasPrefix("/")) }
        return [
            "base": base, "dir": dir, "clean": clean, "ext": ext, "isAbs": isAbs,
            "osBase": base, "osDir": dir, "osClean": clean, "osExt": ext, "osIsAbs": isAbs,
        ]
    }
}

/// Go's `path` functions on slash-separated paths.
public enum GoPath {
    /// Simplifies as `path.Clean`: repeated slashes, `.` and `..` elements go, "" becomes ".".
    public static func clean(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        let isRooted = path.hasPrefix("/")
        var elements: [Substring] = []
        for element in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = elements.last, last != ".." {
                    elements.removeLast()
                } else if !isRooted {
                    elements.append(element)
                }
            default:
                elements.append(element)
            }
        }
        let joined = elements.joined(separator: "/")
        if isRooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Returns the last element as `path.Base`: trailing slashes are ignored, "" gives ".", and a
    /// path of slashes gives "/".
    static func base(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty else { return "/" }
        if let slash = trimmed.lastIndex(of: "/") {
            return String(trimmed[trimmed.index(after: slash)...])
        }
        return String(trimmed)
    }

    /// Returns everything but the last element, cleaned, as `path.Dir`.
    static func dir(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return clean(String(path[...slash]))
    }

    /// Returns the extension of the last element, from its last dot, as `path.Ext`.
    static func ext(_ path: String) -> String {
        for index in path.indices.reversed() {
            switch path[index] {
            case "/": return ""
            case ".": return String(path[index...])
            default: continue
            }
        }
        return ""
    }
}
