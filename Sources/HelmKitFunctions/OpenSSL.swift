#if canImport(Glibc)
import Glibc
#endif
import HelmKitTemplate

/// OpenSSL 3's libcrypto, loaded at run time for the key and certificate functions.
///
/// TODO: link libcrypto as a system library target once the package declares one; loading it
/// here keeps the package free of the dependency until then.
final class LibCrypto: @unchecked Sendable {
    /// The loaded library, or nil when libcrypto.so.3 is not installed.
    static let shared = LibCrypto()

    private let handle: UnsafeMutableRawPointer?

    private init() {
        handle = dlopen("libcrypto.so.3", RTLD_NOW) ?? dlopen("libcrypto.so", RTLD_NOW)
    }

    /// Returns the C function `name` cast to `type`, failing when the library or symbol is missing.
    func function<Function>(_ name: String, as type: Function.Type) throws -> Function {
        guard let handle else {
            throw FunctionCallError.failed("libcrypto.so.3 (OpenSSL 3) is not installed; it is needed for keys and certificates")
        }
        guard let symbol = dlsym(handle, name) else {
            throw FunctionCallError.failed("libcrypto has no function \(name)")
        }
        return unsafeBitCast(symbol, to: type)
    }
}

/// The libcrypto calls the key and certificate functions make, with C types spelled out.
enum Crypto {
    typealias Pointer = OpaquePointer

    static func call<Function>(_ name: String, _ type: Function.Type) throws -> Function {
        try LibCrypto.shared.function(name, as: type)
    }

    /// Fails with `message` unless libcrypto reported success (a positive result).
    static func check(_ result: Int32, _ message: String) throws {
        guard result > 0 else { throw FunctionCallError.failed(message) }
    }

    static func require(_ pointer: Pointer?, _ message: String) throws -> Pointer {
        guard let pointer else { throw FunctionCallError.failed(message) }
        return pointer
    }

    /// Generates a key of `algorithm` ("RSA", "EC" or "ED25519"): RSA with `bits`, EC on P-256.
    static func generateKey(algorithm: String, bits: Int32 = 2048) throws -> Pointer {
        let newContext = try call("EVP_PKEY_CTX_new_from_name", (@convention(c) (Pointer?, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> Pointer?).self)
        let initialize = try call("EVP_PKEY_keygen_init", (@convention(c) (Pointer) -> Int32).self)
        let generate = try call("EVP_PKEY_generate", (@convention(c) (Pointer, UnsafeMutablePointer<Pointer?>) -> Int32).self)
        let freeContext = try call("EVP_PKEY_CTX_free", (@convention(c) (Pointer?) -> Void).self)

        let context = try require(newContext(nil, algorithm, nil), "failed to generate private key: no \(algorithm) support")
        defer { freeContext(context) }
        try check(initialize(context), "failed to generate private key")
        if algorithm == "RSA" {
            let setBits = try call("EVP_PKEY_CTX_set_rsa_keygen_bits", (@convention(c) (Pointer, Int32) -> Int32).self)
            try check(setBits(context, bits), "failed to generate private key")
        } else if algorithm == "EC" {
            let setGroup = try call("EVP_PKEY_CTX_set_group_name", (@convention(c) (Pointer, UnsafePointer<CChar>) -> Int32).self)
            try check(setGroup(context, "P-256"), "failed to generate private key")
        }
        var key: Pointer? = nil
        try check(generate(context, &key), "failed to generate private key")
        return try require(key, "failed to generate private key")
    }

    /// Generates a DSA key with 2048-bit P and 256-bit Q, as Go's `dsa.L2048N256`.
    static func generateDSAKey() throws -> Pointer {
        let newContext = try call("EVP_PKEY_CTX_new_from_name", (@convention(c) (Pointer?, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> Pointer?).self)
        let newKeyContext = try call("EVP_PKEY_CTX_new_from_pkey", (@convention(c) (Pointer?, Pointer, UnsafePointer<CChar>?) -> Pointer?).self)
        let initializeParameters = try call("EVP_PKEY_paramgen_init", (@convention(c) (Pointer) -> Int32).self)
        let setBits = try call("EVP_PKEY_CTX_set_dsa_paramgen_bits", (@convention(c) (Pointer, Int32) -> Int32).self)
        let setQBits = try call("EVP_PKEY_CTX_set_dsa_paramgen_q_bits", (@convention(c) (Pointer, Int32) -> Int32).self)
        let initializeKey = try call("EVP_PKEY_keygen_init", (@convention(c) (Pointer) -> Int32).self)
        let generate = try call("EVP_PKEY_generate", (@convention(c) (Pointer, UnsafeMutablePointer<Pointer?>) -> Int32).self)
        let freeContext = try call("EVP_PKEY_CTX_free", (@convention(c) (Pointer?) -> Void).self)

        let parameterContext = try require(newContext(nil, "DSA", nil), "failed to generate dsa params")
        defer { freeContext(parameterContext) }
        try check(initializeParameters(parameterContext), "failed to generate dsa params")
        try check(setBits(parameterContext, 2048), "failed to generate dsa params")
        try check(setQBits(parameterContext, 256), "failed to generate dsa params")
        var parameters: Pointer? = nil
        try check(generate(parameterContext, &parameters), "failed to generate dsa params")
        let parameterKey = try require(parameters, "failed to generate dsa params")
        defer { freeKey(parameterKey) }

        let keyContext = try require(newKeyContext(nil, parameterKey, nil), "failed to generate private key")
        defer { freeContext(keyContext) }
        try check(initializeKey(keyContext), "failed to generate private key")
        var key: Pointer? = nil
        try check(generate(keyContext, &key), "failed to generate private key")
        return try require(key, "failed to generate private key")
    }

    static func freeKey(_ key: Pointer) {
        (try? call("EVP_PKEY_free", (@convention(c) (Pointer?) -> Void).self))?(key)
    }

    /// Writes a key as PEM: PKCS#1 `RSA PRIVATE KEY` or SEC 1 `EC PRIVATE KEY` as Go's
    /// `pemBlockForKey` does, and PKCS#8 `PRIVATE KEY` for Ed25519.
    static func privateKeyPEM(_ key: Pointer, pkcs8: Bool) throws -> String {
        typealias Writer = @convention(c) (Pointer, Pointer, Pointer?, UnsafeMutablePointer<UInt8>?, Int32, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Int32
        let write = try call(pkcs8 ? "PEM_write_bio_PrivateKey" : "PEM_write_bio_PrivateKey_traditional", Writer.self)
        return try withMemoryBIO { bio in
            try check(write(bio, key, nil, nil, 0, nil, nil), "error pem-encoding key")
        }
    }

    /// Reads a PEM private key, failing with Sprig's wording.
    static func readPrivateKey(_ pem: String) throws -> Pointer {
        typealias Reader = @convention(c) (Pointer, UnsafeMutablePointer<Pointer?>?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Pointer?
        let read = try call("PEM_read_bio_PrivateKey", Reader.self)
        guard pem.contains("-----BEGIN") else { throw FunctionCallError.failed("no PEM data in input") }
        return try withInputBIO(pem) { bio in
            try require(read(bio, nil, nil, nil), "error parsing private key from PEM")
        }
    }

    /// Runs `body` with a memory BIO and returns what it wrote.
    static func withMemoryBIO(_ body: (Pointer) throws -> Void) throws -> String {
        let newBIO = try call("BIO_new", (@convention(c) (Pointer?) -> Pointer?).self)
        let memoryMethod = try call("BIO_s_mem", (@convention(c) () -> Pointer?).self)
        let control = try call("BIO_ctrl", (@convention(c) (Pointer, Int32, Int, UnsafeMutableRawPointer?) -> Int).self)
        let freeBIO = try call("BIO_free", (@convention(c) (Pointer) -> Int32).self)

        let bio = try require(newBIO(memoryMethod()), "failed to allocate an OpenSSL buffer")
        defer { _ = freeBIO(bio) }
        try body(bio)
        var data: UnsafeMutablePointer<CChar>? = nil
        // BIO_CTRL_INFO (3) returns the length and points `data` at the buffer.
        let length = withUnsafeMutablePointer(to: &data) { control(bio, 3, 0, UnsafeMutableRawPointer($0)) }
        guard let data, length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    }

    static func withInputBIO<Result>(_ text: String, _ body: (Pointer) throws -> Result) throws -> Result {
        let newBuffer = try call("BIO_new_mem_buf", (@convention(c) (UnsafeRawPointer, Int32) -> Pointer?).self)
        let freeBIO = try call("BIO_free", (@convention(c) (Pointer) -> Int32).self)
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { throw FunctionCallError.failed("no PEM data in input") }
            let bio = try require(newBuffer(base, Int32(bytes.count)), "failed to allocate an OpenSSL buffer")
            defer { _ = freeBIO(bio) }
            return try body(bio)
        }
    }
}
