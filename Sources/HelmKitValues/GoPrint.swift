/// Go's `fmt` printing of values with the `%v` verb, which is what `{{ . }}`, `print` and
/// `toString` produce.
extension Value {
    /// The text `fmt.Sprint` produces for the value.
    public var goPrinted: String {
        var output = ""
        appendGoPrinted(to: &output, depth: 0)
        return output
    }

    /// Appends the printed value. A map that contains itself stops at the monitor's depth, as
    /// `SelfReferenceMonitor` describes.
    func appendGoPrinted(to output: inout String, depth: Int) {
        guard depth < SelfReferenceMonitor.maxDepth else {
            SelfReferenceMonitor.report()
            return
        }
        switch self {
        case .null:
            output += "<nil>"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .int(let number), .int64(let number):
            output += String(number)
        case .float(let number):
            output += GoFloat.format(number, verb: "g", precision: -1)
        case .string(let text):
            output += text
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += " " }
                item.appendGoPrinted(to: &output, depth: depth + 1)
            }
            output += "]"
        case .map(let map):
            // fmt prints maps with their keys sorted as Go compares strings, byte by byte.
            output += "map["
            let keys = map.entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output += " " }
                output += key
                output += ":"
                map[key]?.appendGoPrinted(to: &output, depth: depth + 1)
            }
            output += "]"
        case .bytes(let bytes):
            output += "["
            output += bytes.map { String($0) }.joined(separator: " ")
            output += "]"
        case .object(let object):
            output += object.goDescription
        }
    }
}
