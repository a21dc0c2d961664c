internal import COpenSSL
import Foundation
import HelmKitTemplate
import HelmKitValues

/// An OpenSSL X.509 certificate (`X509`), freed with the object.
final class OpenSSLCertificate {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        X509_free(pointer)
    }
}

/// An OpenSSL big number (`BIGNUM`), freed with the object.
private final class OpenSSLBigNumber {
    let pointer: OpaquePointer

    init() throws {
        pointer = try Crypto.require(BN_new(), "error creating certificate")
    }

    deinit {
        BN_free(pointer)
    }
}

/// An OpenSSL certificate extension (`X509_EXTENSION`), freed with the object.
private final class OpenSSLExtension {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        X509_EXTENSION_free(pointer)
    }
}

/// Certificates as Sprig's `genCA`, `genSelfSignedCert` and `genSignedCert` build them: X.509 v3,
/// SHA-256 signatures, a random 128-bit serial, the common name as the only subject field, and
/// server and client authentication usages.
enum CertificateBuilder {
    struct Request {
        var commonName: String
        var ipAddresses: [String]
        var dnsNames: [String]
        /// The start of the validity: the render's clock.
        var notBefore: Date
        var daysValid: Int
        var isAuthority: Bool
    }

    /// Issues a certificate for `subjectKey` and returns its PEM text. `issuerKey` signs it, and
    /// `issuer` names the signer, or is nil for a self-signed certificate.
    static func issue(_ request: Request, subjectKey: OpenSSLKey, issuer: OpenSSLCertificate?, issuerKey: OpenSSLKey) throws -> String {
        let certificate = OpenSSLCertificate(taking: try Crypto.require(X509_new(), "error creating certificate"))
        try Crypto.check(X509_set_version(certificate.pointer, 2), "error creating certificate")
        try setRandomSerial(certificate)

        let name = try Crypto.require(X509_get_subject_name(certificate.pointer), "error creating certificate")
        if !request.commonName.isEmpty {
            let bytes = Array(request.commonName.utf8)
            // Go writes a PrintableString when every character allows it, else UTF8String.
            let printable = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?".utf8)
            let stringType = bytes.allSatisfy(printable.contains) ? V_ASN1_PRINTABLESTRING : MBSTRING_UTF8
            guard let length = Int32(exactly: bytes.count) else { throw FunctionCallError.failed("error creating certificate") }
            try Crypto.check(X509_NAME_add_entry_by_txt(name, "CN", stringType, bytes, length, -1, 0), "error creating certificate")
        }
        let issuerName = try issuer.map { try Crypto.require(X509_get_subject_name($0.pointer), "error creating certificate") } ?? name
        try Crypto.check(X509_set_issuer_name(certificate.pointer, issuerName), "error creating certificate")
        try setValidity(certificate, from: request.notBefore, days: request.daysValid)
        try Crypto.check(X509_set_pubkey(certificate.pointer, subjectKey.pointer), "error creating certificate")
        try addExtensions(certificate, request: request, issuer: issuer ?? certificate)
        try sign(certificate, key: issuerKey)

        let bio = try OpenSSLBIO()
        try Crypto.check(PEM_write_bio_X509(bio.pointer, certificate.pointer), "error pem-encoding certificate")
        return bio.contents()
    }

    private static func setRandomSerial(_ certificate: OpenSSLCertificate) throws {
        let number = try OpenSSLBigNumber()
        // Any 128-bit value, as Go draws the serial below 2^128.
        try Crypto.check(BN_rand(number.pointer, 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY), "error creating certificate")
        _ = try Crypto.require(BN_to_ASN1_INTEGER(number.pointer, X509_get_serialNumber(certificate.pointer)), "error creating certificate")
    }

    private static func setValidity(_ certificate: OpenSSLCertificate, from start: Date, days: Int) throws {
        let (seconds, overflowed) = days.multipliedReportingOverflow(by: 86_400)
        var startTime = time_t(start.timeIntervalSince1970.rounded(.down))
        _ = try Crypto.require(X509_time_adj(X509_getm_notBefore(certificate.pointer), 0, &startTime), "error creating certificate")
        _ = try Crypto.require(X509_time_adj(X509_getm_notAfter(certificate.pointer), overflowed ? Int.max : seconds, &startTime),
                               "error creating certificate")
    }

    /// Adds the extensions Go's `CreateCertificate` writes for Sprig's templates, with a subject
    /// key identifier on authorities and an authority key identifier on certificates they sign.
    private static func addExtensions(_ certificate: OpenSSLCertificate, request: Request, issuer: OpenSSLCertificate) throws {
        var context = X509V3_CTX()
        X509V3_set_ctx(&context, issuer.pointer, certificate.pointer, nil, nil, 0)

        var extensions: [(Int32, String)] = [
            (NID_key_usage, "critical,digitalSignature,keyEncipherment" + (request.isAuthority ? ",keyCertSign" : "")),
            (NID_ext_key_usage, "serverAuth,clientAuth"),
            (NID_basic_constraints, request.isAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE"),
        ]
        // Go's order: key identifiers, then alternative names.
        if request.isAuthority { extensions.append((NID_subject_key_identifier, "hash")) }
        if issuer !== certificate { extensions.append((NID_authority_key_identifier, "keyid")) }
        let alternativeNames = request.dnsNames.map { "DNS:" + $0 } + request.ipAddresses.map { "IP:" + $0 }
        if !alternativeNames.isEmpty { extensions.append((NID_subject_alt_name, alternativeNames.joined(separator: ","))) }

        for (identifier, value) in extensions {
            let created = try Crypto.require(X509V3_EXT_conf_nid(nil, &context, identifier, value),
                                             "error creating certificate: extension \(value)")
            let owned = OpenSSLExtension(taking: created)
            try Crypto.check(X509_add_ext(certificate.pointer, owned.pointer, -1), "error creating certificate")
        }
    }

    private static func sign(_ certificate: OpenSSLCertificate, key: OpenSSLKey) throws {
        // Ed25519 keys sign without a separate digest.
        if X509_sign(certificate.pointer, key.pointer, EVP_sha256()) > 0 || X509_sign(certificate.pointer, key.pointer, nil) > 0 {
            return
        }
        throw FunctionCallError.failed("error creating certificate: signing failed")
    }

    /// Reads a PEM certificate, or returns nil when the text has none.
    static func readCertificate(_ pem: String) throws -> OpenSSLCertificate? {
        guard pem.contains("-----BEGIN") else { return nil }
        let bio = try OpenSSLBIO(reading: pem)
        return PEM_read_bio_X509(bio.pointer, nil, nil, nil).map(OpenSSLCertificate.init(taking:))
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
