internal import COpenSSL
internal import CXCrypt
import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's `bcrypt`, `htpasswd`, `encryptAES`, `decryptAES` and `derivePassword`.
extension FunctionLibrary {
    static func passwordFunctions(randomBelow: @escaping @Sendable (Int) -> Int) -> [String: TemplateFunction] {
        func randomBytes(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in UInt8(truncatingIfNeeded: randomBelow(256)) }
        }

        let bcrypt: TemplateFunction = { arguments in
            let password = try Arguments(arguments, count: 1).string(0)
            return .string(try BCrypt.hash(password, salt: randomBytes(16)))
        }
        let htpasswd: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let user = try checked.string(0)
            let password = try checked.string(1)
            if user.contains(":") { return .string("invalid username: \(user)") }
            return .string(user + ":" + (try BCrypt.hash(password, salt: randomBytes(16))))
        }
        let encryptAES: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let password = try checked.string(0)
            let plaintext = try checked.string(1)
            if plaintext.isEmpty { return .string("") }
            return .string(try AESCBC.encrypt(Array(plaintext.utf8), password: password, iv: randomBytes(16)))
        }
        let decryptAES: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let password = try checked.string(0)
            let encrypted = try checked.string(1)
            if encrypted.isEmpty { return .string("") }
            return .string(try AESCBC.decrypt(encrypted, password: password))
        }
        let derivePassword: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 5)
            guard let counter = checked[0].integerValue else {
                throw checked.mismatch(0, expected: "uint32")
            }
            let type = try checked.string(1)
            let password = try checked.string(2)
            let user = try checked.string(3)
            let site = try checked.string(4)
            let derived = try MasterPassword.derive(counter: UInt32(truncatingIfNeeded: counter), type: type,
                                                    password: password, user: user, site: site)
            return .string(derived)
        }
        return [
            "bcrypt": bcrypt, "htpasswd": htpasswd, "encryptAES": encryptAES, "decryptAES": decryptAES,
            "derivePassword": derivePassword,
        ]
    }
}

/// bcrypt through libxcrypt's `crypt_ra`, with Go's `$2a$` prefix and cost 10.
enum BCrypt {
    private static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// Hashes `password` with a cost of 10, or returns Sprig's failure text for a password of
    /// more than 72 bytes, which golang.org/x/crypto/bcrypt rejects.
    static func hash(_ password: String, salt: [UInt8]) throws -> String {
        guard password.utf8.count <= 72 else {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
        }
        return try crypt(password, setting: "$2a$10$" + encodedSalt(salt))
    }

    /// Runs `crypt_ra` with a bcrypt `setting` (`$2a$`, cost and salt), or with a whole hash to
    /// hash a password again for comparison.
    static func crypt(_ password: String, setting: String) throws -> String {
        var data: UnsafeMutableRawPointer? = nil
        var size: Int32 = 0
        defer { free(data) }
        guard let result = crypt_ra(password, setting, &data, &size) else {
            throw FunctionCallError.failed("bcrypt: hashing failed")
        }
        let text = String(cString: result)
        guard text.hasPrefix("$2a$") else { throw FunctionCallError.failed("bcrypt: hashing failed") }
        return text
    }

    /// Encodes 16 salt bytes in bcrypt's base64 alphabet: 22 characters, the last carrying 2 bits.
    private static func encodedSalt(_ salt: [UInt8]) -> String {
        var bits: [UInt8] = []
        for byte in salt {
            for shift in stride(from: 7, through: 0, by: -1) { bits.append(byte >> UInt8(shift) & 1) }
        }
        var characters: [Character] = []
        var index = 0
        while characters.count < 22 {
            var value = 0
            for offset in 0..<6 {
                value = value << 1 | Int(index + offset < bits.count ? bits[index + offset] : 0)
            }
            characters.append(alphabet[value])
            index += 6
        }
        return String(characters)
    }
}

/// AES-256-CBC as Sprig's `encryptAES`: the key is the password's bytes, cut or zero-padded to
/// 32, with PKCS#7 padding and the IV in front of the ciphertext, all in base64.
enum AESCBC {
    static func encrypt(_ plaintext: [UInt8], password: String, iv: [UInt8]) throws -> String {
        let padding = 16 - plaintext.count % 16
        let padded = plaintext + Array(repeating: UInt8(padding), count: padding)
        let ciphertext = try run(padded, key: key(password), iv: iv, encrypting: true)
        return Data(iv + ciphertext).base64EncodedString()
    }

    static func decrypt(_ encoded: String, password: String) throws -> String {
        let bytes: [UInt8]
        switch Base64.decodeBytes(Array(encoded.utf8)) {
        case .success(let decoded): bytes = decoded
        case .failure(let error): throw FunctionCallError.failed(error.message)
        }
        guard bytes.count >= 16 else {
            throw FunctionCallError.failed("runtime error: slice bounds out of range [:16] with capacity \(bytes.count)")
        }
        let body = Array(bytes[16...])
        guard body.count % 16 == 0 else { throw FunctionCallError.failed("crypto/cipher: input not full blocks") }
        guard !body.isEmpty else { throw FunctionCallError.failed("runtime error: index out of range [-1]") }
        let decrypted = try run(body, key: key(password), iv: Array(bytes[..<16]), encrypting: false)
        let padding = Int(decrypted[decrypted.count - 1])
        guard padding <= decrypted.count else {
            throw FunctionCallError.failed("runtime error: slice bounds out of range [:\(decrypted.count - padding)]")
        }
        return String(decoding: decrypted[..<(decrypted.count - padding)], as: UTF8.self)
    }

    private static func key(_ password: String) -> [UInt8] {
        let bytes = Array(password.utf8.prefix(32))
        return bytes + Array(repeating: 0, count: 32 - bytes.count)
    }

    /// Runs AES-256-CBC over whole blocks without padding.
    private static func run(_ input: [UInt8], key: [UInt8], iv: [UInt8], encrypting: Bool) throws -> [UInt8] {
        let context = try OpenSSLCipherContext()
        try Crypto.check(EVP_CipherInit_ex(context.pointer, EVP_aes_256_cbc(), nil, key, iv, encrypting ? 1 : 0),
                         "crypto/aes: cipher setup failed")
        try Crypto.check(EVP_CIPHER_CTX_set_padding(context.pointer, 0), "crypto/aes: cipher setup failed")
        guard let inputLength = Int32(exactly: input.count) else { throw FunctionCallError.failed("crypto/aes: cipher failed") }
        var output = [UInt8](repeating: 0, count: input.count + 16)
        var written: Int32 = 0
        try Crypto.check(EVP_CipherUpdate(context.pointer, &output, &written, input, inputLength), "crypto/aes: cipher failed")
        return Array(output.prefix(Int(written)))
    }
}

/// An OpenSSL cipher context (`EVP_CIPHER_CTX`), freed with the object.
private final class OpenSSLCipherContext {
    let pointer: OpaquePointer

    init() throws {
        pointer = try Crypto.require(EVP_CIPHER_CTX_new(), "crypto/aes: cipher setup failed")
    }

    deinit {
        EVP_CIPHER_CTX_free(pointer)
    }
}
