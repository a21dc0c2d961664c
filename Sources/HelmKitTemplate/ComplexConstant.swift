import HelmKitValues

/// A `complex128` value, which a template gets only from a constant such as `1i` or `1+2i`.
/// `Value` has no case for complex numbers, so it travels as an object.
struct ComplexConstant: TemplateObject {
    let real: Double
    let imaginary: Double

    var goTypeName: String { "complex128" }

    var goKindName: String { "complex128" }

    func field(_ name: String) -> Value? { nil }

    func hasMethod(_ name: String) -> Bool { false }

    func call(_ name: String, arguments: [Value]) throws -> Value {
        throw FunctionCallError.failed("complex128 has no method \(name)")
    }

    /// The text of fmt's `%v`: both parts as `%v` prints a float64, the imaginary one always
    /// signed, as in `(0+1i)` and `(1.5-2i)`.
    var goDescription: String {
        let imaginaryText = Value.float(imaginary).goPrinted
        let signed = imaginaryText.hasPrefix("-") || imaginaryText.hasPrefix("+") ? imaginaryText : "+" + imaginaryText
        return "(" + Value.float(real).goPrinted + signed + "i)"
    }
}

extension GoLiterals {
    /// Parses an imaginary constant (`2i`) or a complex one (`1+2i`, `1e3-0x1p4i`) into its two
    /// parts, as Go's parser does with `strconv.ParseFloat` and `fmt.Sscan`. Returns nil when
    /// either part is invalid.
    static func parseComplex(_ text: String) -> (real: Double, imaginary: Double)? {
        guard text.hasSuffix("i") else { return nil }
        let body = Array(text.dropLast())
        // The sign that starts the imaginary part is the last one not opening an exponent.
        let lowered = String(body).lowercased()
        let isHex = lowered.hasPrefix("0x") || lowered.hasPrefix("-0x") || lowered.hasPrefix("+0x")
        var split: Int? = nil
        for index in stride(from: body.count - 1, to: 0, by: -1) where body[index] == "+" || body[index] == "-" {
            let previous = body[index - 1].lowercased()
            let opensExponent = previous == "p" || (previous == "e" && !isHex)
            if !opensExponent {
                split = index
                break
            }
        }
        guard let split else {
            guard let imaginary = parseFloat(String(body)) else { return nil }
            return (0, imaginary)
        }
        guard let real = parseFloat(String(body[..<split])),
              let imaginary = parseFloat(String(body[split...])) else { return nil }
        return (real, imaginary)
    }
}
