internal import COpenSSL
import HelmKitTemplate

/// An OpenSSL private key (`EVP_PKEY`), freed with the object.
final class OpenSSLKey {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// Tests whether the key is an Ed25519 key, which Go writes as PKCS#8.
    var isEd25519: Bool {
        EVP_PKEY_get_base_id(pointer) == EVP_PKEY_ED25519
    }
}

/// An OpenSSL key generation context (`EVP_PKEY_CTX`), freed with the object.
final class OpenSSLKeyContext {
    let pointer: OpaquePointer

    /// Creates a context for `algorithm` ("RSA", "EC", "ED25519" or "DSA").
    init(algorithm: String, failure message: String) throws {
        pointer = try Crypto.require(EVP_PKEY_CTX_new_from_name(nil, algorithm, nil), message)
    }

    /// Creates a context that generates keys from the parameters in `parameters`.
    init(parameters: OpenSSLKey, failure message: String) throws {
        pointer = try Crypto.require(EVP_PKEY_CTX_new_from_pkey(nil, parameters.pointer, nil), message)
    }

    deinit {
        EVP_PKEY_CTX_free(pointer)
    }

    /// Runs the key or parameter generation this context was set up for.
    func generate(failure message: String) throws -> OpenSSLKey {
        var key: OpaquePointer? = nil
        try Crypto.check(EVP_PKEY_generate(pointer, &key), message)
        return OpenSSLKey(taking: try Crypto.require(key, message))
    }
}

/// An OpenSSL memory buffer (`BIO`), freed with the object.
final class OpenSSLBIO {
    let pointer: OpaquePointer
    /// The bytes a read-only buffer reads from, which must outlive it.
    private let input: UnsafeMutableRawBufferPointer?

    /// Creates an empty buffer to write into.
    init() throws {
        pointer = try Crypto.require(BIO_new(BIO_s_mem()), "failed to allocate an OpenSSL buffer")
        input = nil
    }

    /// Creates a read-only buffer over a copy of `text`.
    init(reading text: String) throws {
        let bytes = Array(text.utf8)
        guard let length = Int32(exactly: bytes.count) else { throw FunctionCallError.failed("PEM input is too large: \(bytes.count) bytes") }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        copy.copyBytes(from: bytes)
        guard let created = BIO_new_mem_buf(copy.baseAddress, length) else {
            copy.deallocate()
            throw FunctionCallError.failed("failed to allocate an OpenSSL buffer")
        }
        pointer = created
        input = copy
    }

    deinit {
        BIO_free(pointer)
        input?.deallocate()
    }

    /// Returns what has been written to the buffer, as text.
    func contents() -> String {
        var data: UnsafeMutablePointer<CChar>? = nil
        // BIO_get_mem_data is a macro for this BIO_ctrl call.
        let length = BIO_ctrl(pointer, BIO_CTRL_INFO, 0, &data)
        guard let data, length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    }
}

/// The libcrypto calls the key functions make.
enum Crypto {
    /// Fails with `message` unless libcrypto reported success (a positive result).
    static func check(_ result: Int32, _ message: String) throws {
        guard result > 0 else { throw FunctionCallError.failed(message) }
    }

    static func require(_ pointer: OpaquePointer?, _ message: String) throws -> OpaquePointer {
        guard let pointer else { throw FunctionCallError.failed(message) }
        return pointer
    }

    static func require<Pointee>(_ pointer: UnsafeMutablePointer<Pointee>?, _ message: String) throws -> UnsafeMutablePointer<Pointee> {
        guard let pointer else { throw FunctionCallError.failed(message) }
        return pointer
    }

    /// Generates a key of `algorithm` ("RSA", "EC" or "ED25519"): RSA with `bits`, EC on P-256.
    static func generateKey(algorithm: String, bits: Int32 = 2048) throws -> OpenSSLKey {
        let failure = "failed to generate private key"
        let context = try OpenSSLKeyContext(algorithm: algorithm, failure: "failed to generate private key: no \(algorithm) support")
        try check(EVP_PKEY_keygen_init(context.pointer), failure)
        if algorithm == "RSA" {
            try check(EVP_PKEY_CTX_set_rsa_keygen_bits(context.pointer, bits), failure)
        } else if algorithm == "EC" {
            try check(EVP_PKEY_CTX_set_group_name(context.pointer, "P-256"), failure)
        }
        return try context.generate(failure: failure)
    }

    /// Generates a DSA key with 2048-bit P and 256-bit Q, as Go's `dsa.L2048N256`.
    static func generateDSAKey() throws -> OpenSSLKey {
        let parameterFailure = "failed to generate dsa params"
        let parameterContext = try OpenSSLKeyContext(algorithm: "DSA", failure: parameterFailure)
        try check(EVP_PKEY_paramgen_init(parameterContext.pointer), parameterFailure)
        try check(EVP_PKEY_CTX_set_dsa_paramgen_bits(parameterContext.pointer, 2048), parameterFailure)
        try check(EVP_PKEY_CTX_set_dsa_paramgen_q_bits(parameterContext.pointer, 256), parameterFailure)
        let parameters = try parameterContext.generate(failure: parameterFailure)

        let keyFailure = "failed to generate private key"
        let keyContext = try OpenSSLKeyContext(parameters: parameters, failure: keyFailure)
        try check(EVP_PKEY_keygen_init(keyContext.pointer), keyFailure)
        return try keyContext.generate(failure: keyFailure)
    }

    /// Writes a key as PEM: PKCS#1 `RSA PRIVATE KEY` or SEC 1 `EC PRIVATE KEY` as Go's
    /// `pemBlockForKey` does, and PKCS#8 `PRIVATE KEY` for Ed25519.
    static func privateKeyPEM(_ key: OpenSSLKey, pkcs8: Bool) throws -> String {
        let bio = try OpenSSLBIO()
        let result = pkcs8
            ? PEM_write_bio_PrivateKey(bio.pointer, key.pointer, nil, nil, 0, nil, nil)
            : PEM_write_bio_PrivateKey_traditional(bio.pointer, key.pointer, nil, nil, 0, nil, nil)
        try check(result, "error pem-encoding key")
        return bio.contents()
    }

    /// Reads a PEM private key, failing with Sprig's wording.
    static func readPrivateKey(_ pem: String) throws -> OpenSSLKey {
        guard pem.contains("-----BEGIN") else { throw FunctionCallError.failed("no PEM data in input") }
        let bio = try OpenSSLBIO(reading: pem)
        let key = try require(PEM_read_bio_PrivateKey(bio.pointer, nil, nil, nil), "error parsing private key from PEM")
        return OpenSSLKey(taking: key)
    }
}
