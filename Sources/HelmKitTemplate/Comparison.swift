import HelmKitValues

/// Go's comparison builtins (`eq`, `lt` and the ones built on them), which compare only values
/// of the same basic kind and report Go's errors otherwise.
enum Comparison {
    private enum BasicKind {
        case invalid
        case bool
        case integer
        case float
        case string
    }

    private static func basicKind(_ value: Value) -> BasicKind {
        switch value {
        case .bool: return .bool
        case .int, .int64: return .integer
        case .float: return .float
        case .string: return .string
        default: return .invalid
        }
    }

    /// Evaluates `first == a || first == b || …`.
    static func equal(_ first: RuntimeValue, _ others: ArraySlice<RuntimeValue>) throws -> Bool {
        if others.isEmpty {
            throw BuiltinError(message: "missing argument for comparison")
        }
        let left = first.value
        let leftKind = basicKind(left)
        for other in others {
            let right = other.value
            let rightKind = basicKind(right)
            var truth = false
            if leftKind != rightKind {
                if !left.isNull && !right.isNull {
                    throw BuiltinError(message: "incompatible types for comparison: \(left.goTypeName) and \(right.goTypeName)")
                }
            } else {
                switch (left, right) {
                case (.bool(let a), .bool(let b)): truth = a == b
                case (.float(let a), .float(let b)): truth = a == b
                case (.string(let a), .string(let b)): truth = a == b
                default:
                    if let a = left.integerValue, let b = right.integerValue {
                        truth = a == b
                    } else {
                        truth = try compareOthers(left, right)
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    /// Compares values outside the basic kinds: nil against anything, and objects. Go compares
    /// nil slices and maps by nil-ness alone, so two nil slices of different types are equal.
    private static func compareOthers(_ left: Value, _ right: Value) throws -> Bool {
        let leftKind = left.goKind
        let rightKind = right.goKind
        if leftKind != rightKind && !left.isNull && !right.isNull {
            // Go formats the first value with %s and the second with %v.
            let leftText = GoFormat.sprintf("%s", [left])
            throw BuiltinError(message: "non-comparable types \(leftText): \(left.goTypeName), \(right.goTypeName): \(right.goPrinted)")
        }
        if left.isGoNil || right.isGoNil {
            return left.isGoNil == right.isGoNil
        }
        switch right {
        case .list, .map, .bytes:
            // Go formats the value with %s, so a number inside reads as `%!s(int=1)`.
            throw BuiltinError(message: "non-comparable type \(GoFormat.sprintf("%s", [right])): \(right.goTypeName)")
        case .object(let rightObject) where rightObject.collectionValue != nil:
            // A map- or slice-typed object such as `.Files` is not comparable in Go either.
            let collection = rightObject.collectionValue ?? .null
            throw BuiltinError(message: "non-comparable type \(GoFormat.sprintf("%s", [collection])): \(rightObject.goTypeName)")
        case .object(let rightObject):
            // TODO: Go compares struct fields; objects of one type compare by printed form here.
            guard case .object(let leftObject) = left else { return false }
            if leftObject.goTypeName != rightObject.goTypeName {
                // Go formats the first value with %s and the second with %v.
                let leftText = GoFormat.sprintf("%s", [left])
                throw BuiltinError(message: "non-comparable types \(leftText): \(leftObject.goTypeName), \(rightObject.goTypeName): \(right.goPrinted)")
            }
            return leftObject.goDescription == rightObject.goDescription
        default:
            return false
        }
    }

    /// Evaluates `left < right` for two values of one basic kind other than bool.
    static func less(_ left: RuntimeValue, _ right: RuntimeValue) throws -> Bool {
        let leftKind = basicKind(left.value)
        if leftKind == .invalid { throw BuiltinError(message: "invalid type for comparison") }
        let rightKind = basicKind(right.value)
        if rightKind == .invalid { throw BuiltinError(message: "invalid type for comparison") }
        if leftKind != rightKind {
            throw BuiltinError(message: "incompatible types for comparison: \(left.value.goTypeName) and \(right.value.goTypeName)")
        }
        switch (left.value, right.value) {
        case (.float(let a), .float(let b)): return a < b
        case (.string(let a), .string(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
        case (.bool, .bool): throw BuiltinError(message: "invalid type for comparison")
        default:
            guard let a = left.value.integerValue, let b = right.value.integerValue else {
                throw BuiltinError(message: "invalid type for comparison")
            }
            return a < b
        }
    }

    static func lessOrEqual(_ left: RuntimeValue, _ right: RuntimeValue) throws -> Bool {
        if try less(left, right) { return true }
        return try equal(left, [right])
    }
}
