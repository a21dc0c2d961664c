internal import COpenSSL
import HelmKitTemplate

/// Sprig's `derivePassword`: the Master Password algorithm (scrypt over the master password,
/// then HMAC-SHA256 over the site, picking characters from the algorithm's templates).
enum MasterPassword {
    private static let seed = Array("com.lyndir.masterpassword".utf8)

    /// The templates of each password type, from the algorithm's specification.
    private static let templates: [String: [String]] = [
        "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long": [
            "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
            "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
            "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
            "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
            "CvccCvcvCvccno",
        ],
        "medium": ["CvcnoCvc", "CvcCvcno"],
        "short": ["Cvcn"],
        "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
        "pin": ["nnnn"],
    ]

    private static let characters: [Character: [UInt8]] = [
        "V": Array("AEIOU".utf8),
        "C": Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
        "v": Array("aeiou".utf8),
        "c": Array("bcdfghjklmnpqrstvwxyz".utf8),
        "A": Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
        "a": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
        "n": Array("0123456789".utf8),
        "o": Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
        "x": Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
    ]

    /// Derives the password, returning Sprig's error texts as the result as Sprig does.
    static func derive(counter: UInt32, type: String, password: String, user: String, site: String) throws -> String {
        guard let choices = templates[type] else { return "cannot find password template \(type)" }

        let salt = seed + bigEndian(UInt32(truncatingIfNeeded: user.utf8.count)) + Array(user.utf8)
        let key = try scrypt(Array(password.utf8), salt: salt)
        let message = seed + bigEndian(UInt32(truncatingIfNeeded: site.utf8.count)) + Array(site.utf8) + bigEndian(counter)
        let digest = hmacSHA256(key: key, message: message)

        let template = Array(choices[Int(digest[0]) % choices.count])
        var output: [UInt8] = []
        for (index, element) in template.enumerated() {
            guard let set = characters[element] else { continue }
            output.append(set[Int(digest[index + 1]) % set.count])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }

    /// Runs scrypt with N = 32768, r = 8, p = 2 and a 64-byte key, through libcrypto.
    private static func scrypt(_ password: [UInt8], salt: [UInt8]) throws -> [UInt8] {
        var key = [UInt8](repeating: 0, count: 64)
        let passwordCharacters = password.map { CChar(bitPattern: $0) }
        // A 64 MiB limit covers the 32 MiB these parameters need, which OpenSSL's default limit does not.
        let result = EVP_PBE_scrypt(passwordCharacters, password.count, salt, salt.count, 32_768, 8, 2, 64 << 20, &key, key.count)
        guard result == 1 else { throw FunctionCallError.failed("failed to derive password: scrypt failed") }
        return key
    }

    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var blockKey = key.count > 64 ? SHA256.hash(key) : key
        blockKey += Array(repeating: 0, count: 64 - blockKey.count)
        let inner = SHA256.hash(blockKey.map { $0 ^ 0x36 } + message)
        return SHA256.hash(blockKey.map { $0 ^ 0x5C } + inner)
    }
}
