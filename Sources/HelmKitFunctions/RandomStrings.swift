import HelmKitTemplate
import HelmKitValues

/// Sprig's random string functions, drawing from the injected generator.
extension FunctionLibrary {
    static func randomStringFunctions(randomBelow: @escaping @Sendable (Int) -> Int) -> [String: TemplateFunction] {
        let digits = Array("0123456789".unicodeScalars)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".unicodeScalars)
        let printable = (32...126).compactMap(Unicode.Scalar.init)

        func random(from alphabet: [Unicode.Scalar]) -> TemplateFunction {
            { arguments in
                let count = try Arguments(arguments, count: 1).int(0)
                // goutils returns an error for a negative count, which Sprig drops.
                guard count > 0 else { return .string("") }
                // goutils first allocates `count` runes of 4 bytes each.
                guard count <= StringLayout.goMaximumAllocation / 4 else { throw StringLayout.makesliceError }
                guard count <= StringLayout.maximumResultBytes else {
                    throw FunctionCallError.failed("random string of \(count) characters exceeds the limit of \(StringLayout.maximumResultBytes)")
                }
                var output = String.UnicodeScalarView()
                for _ in 0..<count {
                    output.append(alphabet[randomBelow(alphabet.count)])
                }
                return .string(String(output))
            }
        }

        let shuffle: TemplateFunction = { arguments in
            var scalars = Array(try Arguments(arguments, count: 1).string(0).unicodeScalars)
            var index = scalars.count - 1
            while index > 0 {
                scalars.swapAt(index, randomBelow(index + 1))
                index -= 1
            }
            var output = String.UnicodeScalarView()
            output.append(contentsOf: scalars)
            return .string(String(output))
        }

        return [
            "randAlphaNum": random(from: letters + digits),
            "randAlpha": random(from: letters),
            "randNumeric": random(from: digits),
            "randAscii": random(from: printable),
            "shuffle": shuffle,
        ]
    }
}
