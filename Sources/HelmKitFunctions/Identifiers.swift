import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's `uuidv4`, `randBytes` and `hello`, drawing from the injected generator.
extension FunctionLibrary {
    static func identifierFunctions(randomBelow: @escaping @Sendable (Int) -> Int) -> [String: TemplateFunction] {
        func randomBytes(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in UInt8(truncatingIfNeeded: randomBelow(256)) }
        }

        let uuidv4: TemplateFunction = { arguments in
            _ = try Arguments(arguments, count: 0)
            var bytes = randomBytes(16)
            bytes[6] = bytes[6] & 0x0F | 0x40
            bytes[8] = bytes[8] & 0x3F | 0x80
            let hex = Digest.hex(bytes)
            let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
                String(hex.dropFirst(range.lowerBound).prefix(range.count))
            }
            return .string(groups.joined(separator: "-"))
        }
        let randBytes: TemplateFunction = { arguments in
            let count = try Arguments(arguments, count: 1).int(0)
            guard count >= 0 else { throw FunctionCallError.failed("runtime error: makeslice: len out of range") }
            guard count <= StringLayout.maximumResultBytes else {
                throw FunctionCallError.failed("randBytes: \(count) bytes exceeds the limit of \(StringLayout.maximumResultBytes)")
            }
            return .string(Data(randomBytes(count)).base64EncodedString())
        }
        let hello: TemplateFunction = { arguments in
            _ = try Arguments(arguments, count: 0)
            return .string("Hello!")
        }
        return ["uuidv4": uuidv4, "randBytes": randBytes, "hello": hello]
    }
}
