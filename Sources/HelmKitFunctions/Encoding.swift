import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's encodings and checksums. Decoding errors come back as the result text, as in Sprig.
extension FunctionLibrary {
    static func encodingFunctions() -> [String: TemplateFunction] {
        func unary(_ transform: @escaping (String) -> String) -> TemplateFunction {
            { arguments in .string(transform(try Arguments(arguments, count: 1).string(0))) }
        }

        return [
            "b64enc": unary { Data(GoByteString.bytes($0)).base64EncodedString() },
            "b64dec": unary(Base64.decode),
            "b32enc": unary { Base32.encode(GoByteString.bytes($0)) },
            "b32dec": unary(Base32.decode),
            "sha1sum": unary { Digest.hex(SHA1.hash(GoByteString.bytes($0))) },
            "sha256sum": unary { Digest.hex(SHA256.hash(GoByteString.bytes($0))) },
            "sha512sum": unary { Digest.hex(SHA512.hash(GoByteString.bytes($0))) },
            "adler32sum": unary { String(Adler32.checksum(GoByteString.bytes($0))) },
        ]
    }
}
