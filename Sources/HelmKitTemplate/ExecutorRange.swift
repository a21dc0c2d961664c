import HelmKitValues

/// `range` over lists, maps (in sorted key order), integers and byte slices.
extension Executor {
    mutating func walkRange(_ dot: RuntimeValue, _ branch: BranchNode, node: Node) throws -> Flow {
        at(.node(node))
        let outerMark = variables.count
        defer { pop(to: outerMark) }
        let collection = try evalPipeline(dot, branch.pipe)
        let mark = variables.count

        // Returns false when the body asked to break.
        func iterate(_ index: RuntimeValue, _ element: RuntimeValue) throws -> Bool {
            try checkCancellation()
            let declarations = branch.pipe.declarations
            if !declarations.isEmpty {
                if branch.pipe.isAssign {
                    try setVariable(declarations[0].names[0], declarations.count > 1 ? index : element)
                } else {
                    setTopVariable(1, element)
                }
            }
            if declarations.count > 1 {
                if branch.pipe.isAssign {
                    try setVariable(declarations[1].names[0], element)
                } else {
                    setTopVariable(2, index)
                }
            }
            defer { pop(to: mark) }
            let flow = try walkList(element, branch.list)
            if case .breakLoop = flow { return false }
            return true
        }

        let isBoxed = collection.value.hasInterfaceElements
        switch collection.value.asCollection {
        case .int(let count), .int64(let count):
            if branch.pipe.declarations.count > 1 {
                throw failure("can't use \(count) to iterate over more than one variable")
            }
            if count > 0 {
                let isInt64: Bool
                if case .int64 = collection.value { isInt64 = true } else { isInt64 = false }
                var number: Int64 = 0
                while number < count {
                    let element = RuntimeValue.concrete(isInt64 ? .int64(number) : .int(number))
                    if try !iterate(.invalid, element) { break }
                    number += 1
                }
                return .normal
            }
        case .list(let items):
            if !items.isEmpty {
                for (position, item) in items.enumerated() {
                    if try !iterate(.concrete(.int(Int64(position))), RuntimeValue(value: item, isBoxed: isBoxed)) { break }
                }
                return .normal
            }
        case .bytes(let bytes):
            if !bytes.isEmpty {
                for (position, byte) in bytes.enumerated() {
                    if try !iterate(.concrete(.int(Int64(position))), .concrete(.int(Int64(byte)))) { break }
                }
                return .normal
            }
        case .map(let map):
            if !map.isEmpty {
                for key in map.sortedKeys {
                    let element = map[key] ?? .null
                    if try !iterate(.concrete(.string(key)), RuntimeValue(value: element, isBoxed: isBoxed)) { break }
                }
                return .normal
            }
        case .null:
            break
        default:
            throw failure("range can't iterate over \(collection.value.goPrinted)")
        }

        guard let elseList = branch.elseList else { return .normal }
        // Go recovers a break anywhere in the range statement, its else list included.
        let flow = try walkList(dot, elseList)
        if case .breakLoop = flow { return .normal }
        return flow
    }
}
