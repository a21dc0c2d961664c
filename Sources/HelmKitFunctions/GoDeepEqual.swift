import HelmKitValues

extension GoConversions {
    /// Compares as Go's `reflect.DeepEqual` on `interface{}` values: the dynamic types must match,
    /// so `1`, `int64 1` and `1.0` all differ, as do a `[]string` and a `list` of the same
    /// strings, and a nil slice or map differs from an empty one.
    static func deepEqual(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.int(let a), .int(let b)), (.int64(let a), .int64(let b)):
            return a == b
        case (.float(let a), .float(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a.utf8.elementsEqual(b.utf8)
        case (.bytes(let a), .bytes(let b)):
            return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { deepEqual($0, $1) }
        case (.map(let a), .map(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            return a.entries.allSatisfy { key, value in
                guard let other = b[key] else { return false }
                return deepEqual(value, other)
            }
        case (.object(let a as TypedSlice), .object(let b as TypedSlice)):
            guard a.elementType == b.elementType, a.isNil == b.isNil, a.count == b.count else { return false }
            return zip(a.elements, b.elements).allSatisfy { deepEqual($0, $1) }
        case (.object(let a as TypedMap), .object(let b as TypedMap)):
            guard a.elementType == b.elementType, a.isNil == b.isNil else { return false }
            return deepEqual(a.collectionValue ?? .null, b.collectionValue ?? .null)
        case (.object(let a), .object(let b)):
            return a.goTypeName == b.goTypeName && a.goDescription == b.goDescription
        default:
            return false
        }
    }
}
