/// The expression nodes of actions: pipelines, commands and their operands.

/// A pipeline: optional variable declarations or assignments, then commands joined by `|`.
final class PipeNode {
    let position: Int
    let line: Int
    var isAssign = false
    var declarations: [VariableNode] = []
    var commands: [CommandNode] = []

    init(position: Int, line: Int) {
        self.position = position
        self.line = line
    }

    func write(to output: inout String) {
        if !declarations.isEmpty {
            for (index, variable) in declarations.enumerated() {
                if index > 0 { output += ", " }
                variable.write(to: &output)
            }
            output += " := "
        }
        for (index, command) in commands.enumerated() {
            if index > 0 { output += " | " }
            command.write(to: &output)
        }
    }

    var text: String {
        var output = ""
        write(to: &output)
        return output
    }
}

final class CommandNode {
    let position: Int
    var arguments: [ArgumentNode] = []

    init(position: Int) {
        self.position = position
    }

    func write(to output: inout String) {
        for (index, argument) in arguments.enumerated() {
            if index > 0 { output += " " }
            if case .pipe(let pipe) = argument {
                output += "("
                pipe.write(to: &output)
                output += ")"
            } else {
                argument.write(to: &output)
            }
        }
    }

    var text: String {
        var output = ""
        write(to: &output)
        return output
    }
}

/// An operand of a command.
indirect enum ArgumentNode {
    case field(FieldNode)
    case chain(ChainNode)
    case identifier(IdentifierNode)
    case pipe(PipeNode)
    case variable(VariableNode)
    case dot(position: Int)
    case nilValue(position: Int)
    case bool(position: Int, value: Bool)
    case number(NumberNode)
    case string(StringNode)

    var position: Int {
        switch self {
        case .field(let node): return node.position
        case .chain(let node): return node.position
        case .identifier(let node): return node.position
        case .pipe(let node): return node.position
        case .variable(let node): return node.position
        case .dot(let position), .nilValue(let position), .bool(let position, _): return position
        case .number(let node): return node.position
        case .string(let node): return node.position
        }
    }

    /// True for literal constants, which Go converts to a parameter's type from their syntax.
    var isConstant: Bool {
        switch self {
        case .bool, .number, .string, .nilValue: return true
        default: return false
        }
    }

    func write(to output: inout String) {
        switch self {
        case .field(let node): node.write(to: &output)
        case .chain(let node): node.write(to: &output)
        case .identifier(let node): output += node.name
        case .pipe(let node): node.write(to: &output)
        case .variable(let node): node.write(to: &output)
        case .dot: output += "."
        case .nilValue: output += "nil"
        case .bool(_, let value): output += value ? "true" : "false"
        case .number(let node): output += node.text
        case .string(let node): output += node.quoted
        }
    }

    var text: String {
        var output = ""
        write(to: &output)
        return output
    }
}

final class FieldNode {
    let position: Int
    let names: [String]

    init(position: Int, names: [String]) {
        self.position = position
        self.names = names
    }

    func write(to output: inout String) {
        for name in names {
            output += "."
            output += name
        }
    }
}

final class ChainNode {
    let position: Int
    let base: ArgumentNode
    var fields: [String] = []

    init(position: Int, base: ArgumentNode) {
        self.position = position
        self.base = base
    }

    func write(to output: inout String) {
        if case .pipe(let pipe) = base {
            output += "("
            pipe.write(to: &output)
            output += ")"
        } else {
            base.write(to: &output)
        }
        for field in fields {
            output += "."
            output += field
        }
    }
}

final class IdentifierNode {
    let position: Int
    let name: String

    init(position: Int, name: String) {
        self.position = position
        self.name = name
    }
}

/// A variable with optional field accesses: `$x.a.b` has names `["$x", "a", "b"]`.
final class VariableNode {
    let position: Int
    let names: [String]

    init(position: Int, names: [String]) {
        self.position = position
        self.names = names
    }

    func write(to output: inout String) {
        for (index, name) in names.enumerated() {
            if index > 0 { output += "." }
            output += name
        }
    }
}

final class StringNode {
    let position: Int
    let quoted: String
    let value: String

    init(position: Int, quoted: String, value: String) {
        self.position = position
        self.quoted = quoted
        self.value = value
    }
}

/// A numeric constant, stored as every numeric type that can represent its value exactly, as
/// Go's ideal constants are.
final class NumberNode {
    let position: Int
    let text: String
    var isInt = false
    var isUint = false
    var isFloat = false
    var isComplex = false
    var intValue: Int64 = 0
    var uintValue: UInt64 = 0
    var floatValue: Double = 0
    var complexValue: (real: Double, imaginary: Double) = (0, 0)

    init(position: Int, text: String) {
        self.position = position
        self.text = text
    }
}
