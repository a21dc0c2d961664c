/// The element types of the Go slices and maps that Sprig and Helm return besides
/// `[]interface{}` and `map[string]interface{}`.
public enum GoElementType: Sendable, Equatable {
    case string
    case int
    /// `interface {}`: a `TypedSlice` or `TypedMap` of it is always nil, because `Value.list` and
    /// `Value.map` are the non-nil forms.
    case interface
    /// `[]interface {}`, the element type of the chunks Sprig's `chunk` returns.
    case interfaceSlice

    /// The type name as Go prints it.
    public var goName: String {
        switch self {
        case .string: return "string"
        case .int: return "int"
        case .interface: return "interface {}"
        case .interfaceSlice: return "[]interface {}"
        }
    }

    /// The zero value, which `index` gives for a missing map key.
    public var zeroValue: Value {
        switch self {
        case .string: return .string("")
        case .int: return .int(0)
        case .interface: return .null
        case .interfaceSlice: return .object(TypedSlice(.interface, elements: nil))
        }
    }
}

/// The backing array of a Go slice. Slices cut from it by Sprig's `slice` share it, so an
/// in-place sort by `sortAlpha` shows through every one of them, as in Go.
///
/// Only templates make such slices, and a thread sorts only the ones no other thread can
/// reach (`SharedDataGuard`), which is what makes the unchecked `Sendable` sound.
final class SliceStorage: @unchecked Sendable {
    var elements: [Value]

    init(_ elements: [Value]) {
        self.elements = elements
    }
}

/// A Go slice that `Value.list` cannot represent: one whose element type is not `interface {}`
/// (`[]string` from `splitList`, `[]int` from `until`), or a nil slice, which prints as `[]`
/// but encodes to JSON as `null`.
///
/// `len`, `index`, `range`, printing and Sprig's list functions see `collectionValue`; `typeOf`,
/// `deepEqual` and the encoders see the type and whether the slice is nil.
public struct TypedSlice: TemplateObject, JSONRepresentable {
    public let elementType: GoElementType
    /// nil for a nil slice.
    private let storage: SliceStorage?
    /// The part of `storage` this slice covers.
    private let bounds: Range<Int>

    /// Makes a slice with a new backing array, or a nil slice when `elements` is nil.
    public init(_ elementType: GoElementType, elements: [Value]?) {
        self.elementType = elementType
        storage = elements.map(SliceStorage.init)
        bounds = 0..<(elements?.count ?? 0)
    }

    private init(_ elementType: GoElementType, storage: SliceStorage?, bounds: Range<Int>) {
        self.elementType = elementType
        self.storage = storage
        self.bounds = bounds
    }

    public var isNil: Bool { storage == nil }

    public var count: Int { bounds.count }

    public var elements: [Value] {
        guard let storage else { return [] }
        // The whole backing array is shared without a copy.
        if bounds.count == storage.elements.count { return storage.elements }
        return Array(storage.elements[bounds])
    }

    /// Returns the slice `self[range]`, which shares this slice's backing array as a Go
    /// slice expression does. `range` must lie within `0..<count`.
    public func slice(_ range: Range<Int>) -> TypedSlice {
        let start = bounds.lowerBound + range.lowerBound
        return TypedSlice(elementType, storage: storage, bounds: start..<(start + range.count))
    }

    /// Sorts the elements in place, so every slice that shares the backing array is sorted
    /// too, as after Go's `sort.Strings`.
    public func sortInPlace(by areInIncreasingOrder: (Value, Value) -> Bool) {
        guard let storage else { return }
        storage.elements[bounds].sort(by: areInIncreasingOrder)
    }

    /// Returns a copy with a backing array of its own, as Sprig's `deepCopy` makes.
    func deepCopy(depth: Int) -> TypedSlice {
        guard !isNil else { return self }
        return TypedSlice(elementType, elements: elements.map { $0.deepCopy(depth: depth + 1) })
    }

    public var goTypeName: String { "[]" + elementType.goName }

    public func field(_ name: String) -> Value? { nil }

    public var goDescription: String { Value.list(elements).goPrinted }

    public var collectionValue: Value? { .list(elements) }

    public var zeroElement: Value { elementType.zeroValue }

    public var jsonValue: Value { isNil ? .null : .list(elements) }
}

/// A Go map that `Value.map` cannot represent: one whose element type is not `interface {}`,
/// such as the `map[string]string` of Sprig's `split` and of Helm's `.Chart.Annotations`, or a
/// nil map, which prints as `map[]` but encodes to JSON as `null`.
///
/// Sprig's dict functions take only `map[string]interface{}`, so they reject the typed maps, as
/// Go does, and take a nil `map[string]interface{}` as a nil map.
public struct TypedMap: TemplateObject, JSONRepresentable {
    public let elementType: GoElementType
    /// nil for a nil map, which prints as `map[]` but encodes to JSON as `null`.
    public let entries: ValueMap?

    public init(_ elementType: GoElementType, entries: ValueMap?) {
        self.elementType = elementType
        self.entries = entries
    }

    public var isNil: Bool { entries == nil }

    public var goTypeName: String { "map[string]" + elementType.goName }

    public func field(_ name: String) -> Value? { nil }

    public var goDescription: String { Value.map(entries ?? ValueMap()).goPrinted }

    public var collectionValue: Value? { .map(entries ?? ValueMap()) }

    public var zeroElement: Value { elementType.zeroValue }

    public var jsonValue: Value { entries.map(Value.map) ?? .null }
}

extension Value {
    /// Wraps elements as a Go slice of `elementType`. A non-nil `[]interface{}` is a plain
    /// `.list`, and every other slice is a `TypedSlice`.
    public static func slice(of elementType: GoElementType, _ elements: [Value]?) -> Value {
        if elementType == .interface, let elements { return .list(elements) }
        return .object(TypedSlice(elementType, elements: elements))
    }

    /// Wraps strings as a Go `[]string`, or a nil slice when `strings` is nil.
    public static func stringSlice(_ strings: [String]?) -> Value {
        .slice(of: .string, strings?.map(Value.string))
    }

    /// A nil `[]interface{}`, as Sprig's `rest` and `concat` return when there are no elements.
    public static let nilList = Value.slice(of: .interface, nil)

    /// A nil `map[string]interface{}`, as Helm's `fromJson` returns for `null`.
    public static let nilMap = Value.object(TypedMap(.interface, entries: nil))

    /// True for Go's nil values: a nil interface, and a nil slice or map.
    public var isGoNil: Bool {
        switch self {
        case .null: return true
        case .object(let slice as TypedSlice): return slice.isNil
        case .object(let map as TypedMap): return map.isNil
        default: return false
        }
    }
}
