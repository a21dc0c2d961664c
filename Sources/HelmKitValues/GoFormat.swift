/// Go's `fmt.Sprintf`, `fmt.Sprint` and `fmt.Sprintln`, as `printf`, `print`, `println` and
/// Sprig's formatting functions use them.
public enum GoFormat {
    /// Formats `arguments` by the verbs in `format`, with Go's text for errors such as
    /// `%!d(string=x)`, `%!v(MISSING)`, `%!(NOVERB)` and `%!(EXTRA string=x)`.
    public static func sprintf(_ format: String, _ arguments: [Value]) -> String {
        var parser = FormatStringParser(format: Array(format.utf8), arguments: arguments)
        parser.run()
        return String(decoding: parser.printer.output, as: UTF8.self)
    }

    /// Formats like `fmt.Sprint`: each operand as `%v`, with a space between two operands
    /// when neither is a string.
    public static func sprint(_ arguments: [Value]) -> String {
        var printer = GoValuePrinter()
        var previousIsString = false
        for (index, argument) in arguments.enumerated() {
            let isString = argument.stringValue != nil
            if index > 0 && !isString && !previousIsString {
                printer.output.append(UInt8(ascii: " "))
            }
            printer.printArgument(argument, verb: "v")
            previousIsString = isString
        }
        return String(decoding: printer.output, as: UTF8.self)
    }

    /// Formats like `fmt.Sprintln`: operands as `%v` separated by spaces, ending in a line break.
    public static func sprintln(_ arguments: [Value]) -> String {
        var printer = GoValuePrinter()
        for (index, argument) in arguments.enumerated() {
            if index > 0 {
                printer.output.append(UInt8(ascii: " "))
            }
            printer.printArgument(argument, verb: "v")
        }
        printer.output.append(UInt8(ascii: "\n"))
        return String(decoding: printer.output, as: UTF8.self)
    }
}

/// Walks a format string as fmt's `doPrintf` does: flags, `[n]` argument indexes, width and
/// precision (each possibly `*`), then the verb.
private struct FormatStringParser {
    let format: [UInt8]
    let arguments: [Value]
    var printer = GoValuePrinter()
    private var argumentIndex = 0
    private var reordered = false
    private var goodArgumentIndex = true

    init(format: [UInt8], arguments: [Value]) {
        self.format = format
        self.arguments = arguments
    }

    mutating func run() {
        var index = 0
        let end = format.count
        while index < end {
            goodArgumentIndex = true
            let literalStart = index
            while index < end && format[index] != UInt8(ascii: "%") {
                index += 1
            }
            printer.output.append(contentsOf: format[literalStart..<index])
            if index >= end { break }
            index += 1

            printer.flags = FormatFlags()
            index = parseFlags(from: index)
            guard let verbEnd = parseDirective(from: index) else { break }
            index = verbEnd
        }
        writeExtraArguments()
    }

    private mutating func parseFlags(from start: Int) -> Int {
        var index = start
        while index < format.count {
            switch format[index] {
            case UInt8(ascii: "#"): printer.flags.sharp = true
            case UInt8(ascii: "0"): printer.flags.zero = !printer.flags.minus
            case UInt8(ascii: "+"): printer.flags.plus = true
            case UInt8(ascii: "-"):
                printer.flags.minus = true
                printer.flags.zero = false
            case UInt8(ascii: " "): printer.flags.space = true
            default: return index
            }
            index += 1
        }
        return index
    }

    /// Parses the width, precision and verb from `start`, then prints the directive. Returns the
    /// index after the verb, or nil when the format ends without one.
    private mutating func parseDirective(from start: Int) -> Int? {
        var index = start
        let end = format.count
        var afterIndex = false
        (index, afterIndex) = parseArgumentIndex(at: index)

        if index < end && format[index] == UInt8(ascii: "*") {
            index += 1
            if let width = integerArgument() {
                printer.flags.width = abs(width)
                if width < 0 {
                    printer.flags.minus = true
                    printer.flags.zero = false
                }
            } else {
                printer.output.append(contentsOf: Array("%!(BADWIDTH)".utf8))
            }
            afterIndex = false
        } else {
            let (width, next) = parseNumber(at: index)
            printer.flags.width = width
            index = next
            if afterIndex && width != nil { goodArgumentIndex = false }
        }

        if index + 1 < end && format[index] == UInt8(ascii: ".") {
            index += 1
            if afterIndex { goodArgumentIndex = false }
            (index, afterIndex) = parseArgumentIndex(at: index)
            if index < end && format[index] == UInt8(ascii: "*") {
                index += 1
                // fmt reports a negative precision as bad too.
                if let precision = integerArgument(), precision >= 0 {
                    printer.flags.precision = precision
                } else {
                    printer.flags.precision = nil
                    printer.output.append(contentsOf: Array("%!(BADPREC)".utf8))
                }
                afterIndex = false
            } else {
                let (precision, next) = parseNumber(at: index)
                printer.flags.precision = precision ?? 0
                index = next
            }
        }

        if !afterIndex {
            (index, afterIndex) = parseArgumentIndex(at: index)
        }
        guard index < end else {
            printer.output.append(contentsOf: Array("%!(NOVERB)".utf8))
            return nil
        }

        let (verb, verbLength) = decodeVerb(at: index)
        printVerb(verb)
        return index + verbLength
    }

    private mutating func printVerb(_ verb: Unicode.Scalar) {
        if verb == "%" {
            printer.output.append(UInt8(ascii: "%"))
        } else if !goodArgumentIndex {
            printer.writeError(verb: verb, detail: "BADINDEX")
        } else if argumentIndex >= arguments.count {
            printer.writeError(verb: verb, detail: "MISSING")
        } else {
            if verb == "v" {
                printer.flags.sharpV = printer.flags.sharp
                printer.flags.sharp = false
                printer.flags.plusV = printer.flags.plus
                printer.flags.plus = false
            }
            printer.printArgument(arguments[argumentIndex], verb: verb)
            argumentIndex += 1
        }
    }

    private func decodeVerb(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = format[index]
        guard lead >= 0x80 else { return (Unicode.Scalar(lead), 1) }
        var length = 1
        while index + length < format.count && format[index + length] & 0xC0 == 0x80 && length < 4 {
            length += 1
        }
        let text = String(decoding: format[index..<(index + length)], as: UTF8.self)
        return (text.unicodeScalars.first ?? "\u{FFFD}", length)
    }

    /// Reads an `[n]` argument index; returns the index after it and whether one was found.
    private mutating func parseArgumentIndex(at index: Int) -> (Int, Bool) {
        guard index < format.count, format[index] == UInt8(ascii: "[") else { return (index, false) }
        reordered = true
        guard format.count - index >= 3 else {
            goodArgumentIndex = false
            return (index + 1, false)
        }
        var close = index + 1
        while close < format.count && format[close] != UInt8(ascii: "]") {
            close += 1
        }
        guard close < format.count else {
            goodArgumentIndex = false
            return (index + 1, false)
        }
        let (number, next) = parseNumber(at: index + 1)
        guard let number, next == close else {
            goodArgumentIndex = false
            return (close + 1, false)
        }
        if number >= 1 && number <= arguments.count {
            argumentIndex = number - 1
            return (close + 1, true)
        }
        goodArgumentIndex = false
        return (close + 1, true)
    }

    /// Reads decimal digits as fmt's `parsenum`; a number over 10⁶ counts as absent.
    private func parseNumber(at start: Int) -> (Int?, Int) {
        var index = start
        var number = 0
        var tooLarge = false
        while index < format.count, format[index] >= UInt8(ascii: "0"), format[index] <= UInt8(ascii: "9") {
            if number > 1_000_000 {
                tooLarge = true
            } else {
                number = number * 10 + Int(format[index] - UInt8(ascii: "0"))
            }
            index += 1
        }
        if tooLarge || number > 1_000_000 {
            return (nil, format.count)
        }
        return (index > start ? number : nil, index)
    }

    /// Takes the next argument as a `*` width or precision: only Go integers qualify.
    private mutating func integerArgument() -> Int? {
        guard argumentIndex < arguments.count else { return nil }
        let argument = arguments[argumentIndex]
        argumentIndex += 1
        guard let number = argument.integerValue, abs(number) <= 1_000_000 else { return nil }
        return Int(number)
    }

    private mutating func writeExtraArguments() {
        guard !reordered, argumentIndex < arguments.count else { return }
        printer.flags = FormatFlags()
        printer.output.append(contentsOf: Array("%!(EXTRA ".utf8))
        for (position, argument) in arguments[argumentIndex...].enumerated() {
            if position > 0 {
                printer.output.append(contentsOf: Array(", ".utf8))
            }
            if argument.isNull {
                printer.output.append(contentsOf: Array("<nil>".utf8))
            } else {
                printer.output.append(contentsOf: Array(argument.goTypeName.utf8))
                printer.output.append(UInt8(ascii: "="))
                printer.printArgument(argument, verb: "v")
            }
        }
        printer.output.append(UInt8(ascii: ")"))
    }
}
