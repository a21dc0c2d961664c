/// A value as Helm's Go code has it at run time, shared by templates, functions and values files.
///
/// Go's dynamic kinds map onto cases one to one, so type names (`typeOf`, `kindOf`) and printing
/// can follow Go exactly. Maps iterate in sorted key order wherever Go's text/template and fmt do.
public enum Value: Sendable {
    case null
    case bool(Bool)
    /// Go `int`: integer literals in templates and the results of `len`, `add`, `int`.
    case int(Int64)
    /// Go `int64`: integers from `--set` and Sprig's `int64`.
    case int64(Int64)
    /// Go `float64`: every number read from YAML or JSON by Helm, and float literals.
    case float(Double)
    case string(String)
    case list([Value])
    /// A Go map: a reference, as in Go, because Sprig's `set`, `unset` and `merge` change a map in
    /// place and charts read the change through other variables that hold the same map.
    case map(ValueMap)
    /// Go `[]byte`, as returned by `.Files.GetBytes`.
    case bytes([UInt8])
    /// A Go object with fields and methods, such as `.Files` or `.Capabilities`.
    case object(any TemplateObject)
}

/// The storage of a Go `map[string]interface{}`, shared by every value that refers to it.
///
/// Several threads read the same maps during a render, but a thread changes only maps no other
/// thread can reach, or waits until the others stop (`SharedDataGuard`). That is what makes
/// the unchecked `Sendable` sound.
public final class ValueMap: @unchecked Sendable {
    public var entries: [String: Value]
    /// The Go type name when it is a named map type, such as Helm's `common.Values`; nil for
    /// `map[string]interface {}`.
    public var goTypeName: String?
    /// For a map a template made with `dict`, one more than the number of `include` outputs
    /// stored when it was made; 0 for any other map. While no output has been stored since,
    /// no stored output can depend on the map, so changing it keeps them (see `IncludeMemo`).
    public var includeMemoStamp: UInt64 = 0

    public init(_ entries: [String: Value] = [:]) {
        self.entries = entries
    }

    public subscript(key: String) -> Value? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    public var count: Int { entries.count }

    public var isEmpty: Bool { entries.isEmpty }

    /// The keys in the order Go's text/template and fmt visit them.
    public var sortedKeys: [String] { entries.keys.sorted() }

    /// Returns a copy in which nested maps are copied too, as Helm's values copying does.
    public func deepCopy() -> ValueMap {
        deepCopy(depth: 0)
    }

    func deepCopy(depth: Int) -> ValueMap {
        guard depth < SelfReferenceMonitor.maxDepth else {
            SelfReferenceMonitor.report()
            return ValueMap()
        }
        let copy = ValueMap(entries.mapValues { $0.deepCopy(depth: depth + 1) })
        copy.goTypeName = goTypeName
        return copy
    }
}

/// A Go value that templates reach through fields and method calls rather than map keys.
public protocol TemplateObject: Sendable {
    /// The Go type name, as `typeOf` prints it (for example `chart.Files`).
    var goTypeName: String { get }

    /// Returns the field `name`, or nil when the type has no such field.
    func field(_ name: String) -> Value?

    /// Returns true when `name` is a method, callable as `.Obj.Name arg…` with any arity.
    func hasMethod(_ name: String) -> Bool

    /// Calls the method `name` with arguments already evaluated.
    func call(_ name: String, arguments: [Value]) throws -> Value

    /// The number of parameters of the method `name` when the type declares it, so that a
    /// wrong count is reported before the arguments are evaluated, as Go's `evalCall` does.
    /// Nil lets the method check its arguments itself.
    func parameterCount(ofMethod name: String) -> Int?

    /// The text Go's fmt prints for the object with `%v`.
    var goDescription: String { get }

    /// The text an action such as `{{ .Obj }}` prints. Go's template printer may take the
    /// address of a field to reach a `String` method with a pointer receiver, which `fmt` cannot
    /// do once the value is passed to a function such as `printf`.
    var templateDescription: String { get }

    /// Go's `reflect.Kind` name, as `kindOf` prints it.
    var goKindName: String { get }

    /// The text `%+v` prints, with field names; nil when it is the same as `goDescription`.
    var goFieldDescription: String? { get }

    /// The object as a map or list for `len`, `index` and `range` when its Go type is a map or
    /// slice type, such as `.Files` or a `TypedSlice`. Struct-like objects return nil.
    var collectionValue: Value? { get }

    /// The zero value of the element type of a map- or slice-typed object, which `index` gives
    /// for a missing key. It is `.null` for `interface {}` elements and for other objects.
    var zeroElement: Value { get }
}

extension TemplateObject {
    public var collectionValue: Value? { nil }

    public var zeroElement: Value { .null }

    public var templateDescription: String { goDescription }

    /// A map or slice type reports its collection's kind, a pointer `ptr`, anything else `struct`.
    public var goKindName: String {
        if let collection = collectionValue { return collection.goKind }
        return goTypeName.hasPrefix("*") ? "ptr" : "struct"
    }

    public var goFieldDescription: String? { nil }

    public func hasMethod(_ name: String) -> Bool { false }

    public func parameterCount(ofMethod name: String) -> Int? { nil }

    public func call(_ name: String, arguments: [Value]) throws -> Value {
        throw ValueError("can't call method/function \"\(name)\" on \(goTypeName)")
    }
}

/// An error raised while converting or inspecting a value; the message is Go's or Helm's text.
public struct ValueError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension Value {
    /// Go's `reflect.Kind` name, as Sprig's `kindOf` prints it.
    public var goKind: String {
        switch self {
        case .null: return "invalid"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .float: return "float64"
        case .string: return "string"
        case .list: return "slice"
        case .map: return "map"
        case .bytes: return "slice"
        case .object(let object):
            return object.goKindName
        }
    }

    /// Go's type name, as Sprig's `typeOf` prints it.
    public var goTypeName: String {
        switch self {
        case .null: return "<nil>"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .float: return "float64"
        case .string: return "string"
        case .list: return "[]interface {}"
        case .map(let map): return map.goTypeName ?? "map[string]interface {}"
        case .bytes: return "[]uint8"
        case .object(let object): return object.goTypeName
        }
    }

    /// Go text/template's truth: false, 0, nil, and empty strings, lists and maps are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number), .int64(let number): return number != 0
        case .float(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .map(let map): return !map.isEmpty
        case .bytes(let bytes): return !bytes.isEmpty
        // A map- or slice-typed object is true when it has elements, as Go's maps and slices are.
        case .object(let object): return object.collectionValue?.isTruthy ?? true
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Wraps `entries` in a new map.
    public static func dictionary(_ entries: [String: Value]) -> Value {
        .map(ValueMap(entries))
    }

    public var mapValue: ValueMap? {
        if case .map(let map) = self { return map }
        return nil
    }

    /// Returns a copy that shares no map with this value.
    public func deepCopy() -> Value {
        deepCopy(depth: 0)
    }

    func deepCopy(depth: Int) -> Value {
        switch self {
        case .map(let map): return .map(map.deepCopy(depth: depth))
        case .list(let items): return .list(items.map { $0.deepCopy(depth: depth + 1) })
        case .object(let slice as TypedSlice): return .object(slice.deepCopy(depth: depth))
        case .object(let map as TypedMap):
            return .object(TypedMap(map.elementType, entries: map.entries?.deepCopy(depth: depth)))
        default: return self
        }
    }

    public var listValue: [Value]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The integer value of any integer kind.
    public var integerValue: Int64? {
        switch self {
        case .int(let number), .int64(let number): return number
        default: return nil
        }
    }

    /// The value `len`, `index` and `range` work on: an object's map or list view, or the value.
    public var asCollection: Value {
        if case .object(let object) = self, let collection = object.collectionValue { return collection }
        return self
    }

    /// Looks up a dotted path of map keys, as `a.b.c`.
    public func value(atPath path: [String]) -> Value? {
        var current = self
        for key in path {
            guard case .map(let map) = current, let next = map[key] else { return nil }
            current = next
        }
        return current
    }
}
