import Foundation
import HelmKitTemplate
import HelmKitValues

/// Certificates as Sprig's `genCA`, `genSelfSignedCert` and `genSignedCert` build them: X.509 v3,
/// SHA-256 signatures, a random 128-bit serial, the common name as the only subject field, and
/// server and client authentication usages.
enum CertificateBuilder {
    struct Request {
        var commonName: String
        var ipAddresses: [String]
        var dnsNames: [String]
        var daysValid: Int
        var isAuthority: Bool
    }

    private typealias Pointer = Crypto.Pointer

    /// Issues a certificate for `subjectKey` and returns its PEM text. `issuerKey` signs it, and
    /// `issuer` names the signer, or is nil for a self-signed certificate.
    static func issue(_ request: Request, subjectKey: OpaquePointer, issuer: OpaquePointer?, issuerKey: OpaquePointer) throws -> String {
        let newCertificate = try Crypto.call("X509_new", (@convention(c) () -> Pointer?).self)
        let freeCertificate = try Crypto.call("X509_free", (@convention(c) (Pointer?) -> Void).self)
        let setVersion = try Crypto.call("X509_set_version", (@convention(c) (Pointer, Int) -> Int32).self)
        let subjectName = try Crypto.call("X509_get_subject_name", (@convention(c) (Pointer) -> Pointer?).self)
        let addNameEntry = try Crypto.call("X509_NAME_add_entry_by_txt",
            (@convention(c) (Pointer, UnsafePointer<CChar>, Int32, UnsafePointer<UInt8>, Int32, Int32, Int32) -> Int32).self)
        let setIssuerName = try Crypto.call("X509_set_issuer_name", (@convention(c) (Pointer, Pointer) -> Int32).self)
        let setPublicKey = try Crypto.call("X509_set_pubkey", (@convention(c) (Pointer, Pointer) -> Int32).self)

        let certificate = try Crypto.require(newCertificate(), "error creating certificate")
        defer { freeCertificate(certificate) }
        try Crypto.check(setVersion(certificate, 2), "error creating certificate")
        try setRandomSerial(certificate)

        let name = try Crypto.require(subjectName(certificate), "error creating certificate")
        if !request.commonName.isEmpty {
            let bytes = Array(request.commonName.utf8)
            // Go writes a PrintableString (19) when every character allows it, else UTF8String
            // (MBSTRING_UTF8, 0x1000).
            let printable = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?".utf8)
            let stringType: Int32 = bytes.allSatisfy(printable.contains) ? 19 : 0x1000
            try Crypto.check(addNameEntry(name, "CN", stringType, bytes, Int32(bytes.count), -1, 0), "error creating certificate")
        }
        let issuerName = try issuer.map { try Crypto.require(subjectName($0), "error creating certificate") } ?? name
        try Crypto.check(setIssuerName(certificate, issuerName), "error creating certificate")
        try setValidity(certificate, days: request.daysValid)
        try Crypto.check(setPublicKey(certificate, subjectKey), "error creating certificate")
        try addExtensions(certificate, request: request, issuer: issuer ?? certificate)
        try sign(certificate, key: issuerKey)

        let write = try Crypto.call("PEM_write_bio_X509", (@convention(c) (Pointer, Pointer) -> Int32).self)
        return try Crypto.withMemoryBIO { bio in
            try Crypto.check(write(bio, certificate), "error pem-encoding certificate")
        }
    }

    private static func setRandomSerial(_ certificate: Pointer) throws {
        let newNumber = try Crypto.call("BN_new", (@convention(c) () -> Pointer?).self)
        let randomize = try Crypto.call("BN_rand", (@convention(c) (Pointer, Int32, Int32, Int32) -> Int32).self)
        let toInteger = try Crypto.call("BN_to_ASN1_INTEGER", (@convention(c) (Pointer, Pointer?) -> Pointer?).self)
        let freeNumber = try Crypto.call("BN_free", (@convention(c) (Pointer?) -> Void).self)
        let serialNumber = try Crypto.call("X509_get_serialNumber", (@convention(c) (Pointer) -> Pointer?).self)

        let number = try Crypto.require(newNumber(), "error creating certificate")
        defer { freeNumber(number) }
        // Any 128-bit value, as Go draws the serial below 2^128.
        try Crypto.check(randomize(number, 128, -1, 0), "error creating certificate")
        _ = try Crypto.require(toInteger(number, serialNumber(certificate)), "error creating certificate")
    }

    private static func setValidity(_ certificate: Pointer, days: Int) throws {
        let notBefore = try Crypto.call("X509_getm_notBefore", (@convention(c) (Pointer) -> Pointer?).self)
        let notAfter = try Crypto.call("X509_getm_notAfter", (@convention(c) (Pointer) -> Pointer?).self)
        let adjust = try Crypto.call("X509_gmtime_adj", (@convention(c) (Pointer?, Int) -> Pointer?).self)
        let (seconds, overflowed) = days.multipliedReportingOverflow(by: 86_400)
        _ = try Crypto.require(adjust(notBefore(certificate), 0), "error creating certificate")
        _ = try Crypto.require(adjust(notAfter(certificate), overflowed ? Int.max : seconds), "error creating certificate")
    }

    /// Adds the extensions Go's `CreateCertificate` writes for Sprig's templates, with a subject
    /// key identifier on authorities and an authority key identifier on certificates they sign.
    private static func addExtensions(_ certificate: Pointer, request: Request, issuer: Pointer) throws {
        let setContext = try Crypto.call("X509V3_set_ctx",
            (@convention(c) (UnsafeMutableRawPointer, Pointer?, Pointer?, Pointer?, Pointer?, Int32) -> Void).self)
        let makeExtension = try Crypto.call("X509V3_EXT_conf_nid",
            (@convention(c) (Pointer?, UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>) -> Pointer?).self)
        let addExtension = try Crypto.call("X509_add_ext", (@convention(c) (Pointer, Pointer, Int32) -> Int32).self)
        let freeExtension = try Crypto.call("X509_EXTENSION_free", (@convention(c) (Pointer?) -> Void).self)

        // X509V3_CTX is a small public struct; this buffer is larger than any OpenSSL 3 layout.
        let context = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { context.deallocate() }
        context.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        setContext(context, issuer, certificate, nil, nil, 0)

        var extensions: [(Int32, String)] = [
            (83, "critical,digitalSignature,keyEncipherment" + (request.isAuthority ? ",keyCertSign" : "")),
            (126, "serverAuth,clientAuth"),
            (87, request.isAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE"),
        ]
        // Go's order: key identifiers, then alternative names.
        if request.isAuthority { extensions.append((82, "hash")) }
        if issuer != certificate { extensions.append((90, "keyid")) }
        let alternativeNames = request.dnsNames.map { "DNS:" + $0 } + request.ipAddresses.map { "IP:" + $0 }
        if !alternativeNames.isEmpty { extensions.append((85, alternativeNames.joined(separator: ","))) }

        for (identifier, value) in extensions {
            let created = try Crypto.require(makeExtension(nil, context, identifier, value), "error creating certificate: extension \(value)")
            defer { freeExtension(created) }
            try Crypto.check(addExtension(certificate, created, -1), "error creating certificate")
        }
    }

    private static func sign(_ certificate: Pointer, key: Pointer) throws {
        let signCertificate = try Crypto.call("X509_sign", (@convention(c) (Pointer, Pointer, Pointer?) -> Int32).self)
        let sha256 = try Crypto.call("EVP_sha256", (@convention(c) () -> Pointer?).self)
        // Ed25519 keys sign without a separate digest.
        if signCertificate(certificate, key, sha256()) > 0 || signCertificate(certificate, key, nil) > 0 { return }
        throw FunctionCallError.failed("error creating certificate: signing failed")
    }

    /// Reads a PEM certificate, or returns nil when the text has none.
    static func readCertificate(_ pem: String) throws -> OpaquePointer? {
        typealias Reader = @convention(c) (Pointer, UnsafeMutablePointer<Pointer?>?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Pointer?
        let read = try Crypto.call("PEM_read_bio_X509", Reader.self)
        guard pem.contains("-----BEGIN") else { return nil }
        return try Crypto.withInputBIO(pem) { bio in read(bio, nil, nil, nil) }
    }

    static func freeCertificate(_ certificate: OpaquePointer) {
        (try? Crypto.call("X509_free", (@convention(c) (Pointer?) -> Void).self))?(certificate)
    }

    /// Tests whether `key` is an Ed25519 key, which Go writes as PKCS#8.
    static func isEd25519(_ key: OpaquePointer) -> Bool {
        guard let baseIdentifier = try? Crypto.call("EVP_PKEY_get_base_id", (@convention(c) (Pointer) -> Int32).self) else { return false }
        return baseIdentifier(key) == 1087
    }
}

/// Sprig's `certificate` struct, whose `Cert` and `Key` fields hold PEM text.
struct CertificateObject: TemplateObject {
    let certificate: String
    let key: String

    var goTypeName: String { "sprig.certificate" }

    var goDescription: String { "{\(certificate) \(key)}" }

    func field(_ name: String) -> Value? {
        switch name {
        case "Cert": return .string(certificate)
        case "Key": return .string(key)
        default: return nil
        }
    }
}
