import Foundation
import HelmKitFunctions
import HelmKitValues

/// Replaces the values of a Secret's `data` and `stringData` so a diff never prints them.
///
/// Each value becomes a note of its size and a short salted digest, so a reviewer can still
/// tell which keys changed without reading their contents. `data` values are base64, so their decoded
/// size is reported.
public enum SecretMasking {
    /// Returns the resource's text with secret values replaced, or the text itself for other kinds.
    public static func maskedText(of resource: Resource) throws -> String {
        guard resource.identity.kind == "Secret", resource.identity.group.isEmpty,
              case .map(let object) = resource.decoded.deepCopy() else { return resource.text }
        for field in ["data", "stringData"] {
            guard case .map(let entries)? = object[field] else { continue }
            for key in entries.sortedKeys {
                guard let value = entries[key] else { continue }
                var bytes = Array((value.stringValue ?? value.goPrinted).utf8)
                if field == "data", let decoded = Data(base64Encoded: value.stringValue ?? "") {
                    bytes = [UInt8](decoded)
                }
                entries[key] = .string("(\(bytes.count) bytes, sha256 \(shortDigest(bytes)))")
            }
        }
        return try YAMLCodec.encode(.map(object))
    }

    /// A random salt for this process, so the digests show which values changed within one
    /// diff without letting anyone who reads the report test guesses of a secret against them.
    static let salt: [UInt8] = (0..<16).map { _ in UInt8.random(in: 0...255) }

    /// Returns the first 12 hexadecimal digits of the salted SHA-256 of `bytes`.
    static func shortDigest(_ bytes: [UInt8]) -> String {
        String(DigestAccess.sha256Hex(salt + bytes).prefix(12))
    }
}
