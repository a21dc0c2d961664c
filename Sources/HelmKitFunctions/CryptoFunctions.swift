import Foundation
import HelmKitTemplate
import HelmKitValues

/// Sprig's key and certificate functions, on OpenSSL's libcrypto.
extension FunctionLibrary {
    /// - Parameters:
    ///   - now: the clock that starts each certificate's validity.
    ///   - seededRandom: the seeded source OpenSSL draws from, or nil for the system's.
    static func certificateFunctions(
        now: @escaping @Sendable () -> Date, seededRandom: (@Sendable (Int) -> Int)?
    ) -> [String: TemplateFunction] {
        let genPrivateKey: TemplateFunction = { arguments in
            let type = try Arguments(arguments, count: 1).string(0)
            let algorithms = ["": "RSA", "rsa": "RSA", "dsa": "DSA", "ecdsa": "EC", "ed25519": "ED25519"]
            guard let algorithm = algorithms[type] else { return .string("Unknown type " + type) }
            let key = algorithm == "DSA" ? try Crypto.generateDSAKey() : try Crypto.generateKey(algorithm: algorithm, bits: 4096)
            return .string(try Crypto.privateKeyPEM(key, pkcs8: algorithm == "ED25519"))
        }
        let genCA: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 2)
            let commonName = try checked.string(0)
            let days = try checked.int(1)
            return try authority(commonName, days: days, keyPEM: nil, now: now())
        }
        let genCAWithKey: TemplateFunction = { arguments in
            let checked = try Arguments(arguments, count: 3)
            let commonName = try checked.string(0)
            let days = try checked.int(1)
            return try authority(commonName, days: days, keyPEM: try checked.string(2), now: now())
        }
        func selfSigned(withKey: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: withKey ? 5 : 4)
                let request = try certificateRequest(checked, now: now())
                let keyPEM = withKey ? try checked.string(4) : nil
                return try issue(request, keyPEM: keyPEM, authority: nil)
            }
        }
        func signed(withKey: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, count: withKey ? 6 : 5)
                let request = try certificateRequest(checked, now: now())
                guard case .object(let object) = checked[4], let authority = object as? CertificateObject else {
                    throw checked.mismatch(4, expected: "sprig.certificate")
                }
                let keyPEM = withKey ? try checked.string(5) : nil
                return try issue(request, keyPEM: keyPEM, authority: authority)
            }
        }

        let functions: [String: TemplateFunction] = [
            "genPrivateKey": genPrivateKey, "genCA": genCA, "genCAWithKey": genCAWithKey,
            "genSelfSignedCert": selfSigned(withKey: false), "genSelfSignedCertWithKey": selfSigned(withKey: true),
            "genSignedCert": signed(withKey: false), "genSignedCertWithKey": signed(withKey: true),
            "buildCustomCert": buildCustomCert,
        ]
        return functions.mapValues { function in
            { (arguments: [Value]) throws -> Value in
                try SeededOpenSSLRandom.run(drawingFrom: seededRandom) { try function(arguments) }
            }
        }
    }

    /// Reads `CN IPS DNS DAYS` and checks the addresses as Sprig does.
    private static func certificateRequest(_ checked: Arguments, now: Date) throws -> CertificateBuilder.Request {
        let commonName = try checked.string(0)
        let addresses = try checked.list(1) ?? []
        let names = try checked.list(2) ?? []
        let days = try checked.int(3)

        let ipAddresses = try addresses.map { value -> String in
            guard case .string(let text) = value else {
                throw FunctionCallError.failed("error parsing ip: \(value.goPrinted) is not a string")
            }
            guard IPAddress.isValid(text) else { throw FunctionCallError.failed("error parsing ip: \(text)") }
            return text
        }
        let dnsNames = try names.map { value -> String in
            guard case .string(let text) = value else {
                throw FunctionCallError.failed("error processing alternate dns name: \(value.goPrinted) is not a string")
            }
            return text
        }
        return CertificateBuilder.Request(commonName: commonName, ipAddresses: ipAddresses, dnsNames: dnsNames,
                                          notBefore: now, daysValid: days, isAuthority: false)
    }

    private static func loadOrGenerateKey(_ keyPEM: String?) throws -> OpenSSLKey {
        guard let keyPEM else { return try Crypto.generateKey(algorithm: "RSA", bits: 2048) }
        do {
            return try Crypto.readPrivateKey(keyPEM)
        } catch FunctionCallError.failed(let message) {
            throw FunctionCallError.failed("parsing private key: \(message)")
        }
    }

    private static func authority(_ commonName: String, days: Int, keyPEM: String?, now: Date) throws -> Value {
        let request = CertificateBuilder.Request(commonName: commonName, ipAddresses: [], dnsNames: [],
                                                 notBefore: now, daysValid: days, isAuthority: true)
        return try issue(request, keyPEM: keyPEM, authority: nil)
    }

    private static func issue(_ request: CertificateBuilder.Request, keyPEM: String?, authority: CertificateObject?) throws -> Value {
        let key = try loadOrGenerateKey(keyPEM)

        var issuerCertificate: OpenSSLCertificate? = nil
        var issuerKey = key
        if let authority {
            issuerCertificate = try CertificateBuilder.readCertificate(authority.certificate)
            guard issuerCertificate != nil else { throw FunctionCallError.failed("unable to decode certificate") }
            do {
                issuerKey = try Crypto.readPrivateKey(authority.key)
            } catch FunctionCallError.failed(let message) {
                throw FunctionCallError.failed("error parsing private key: \(message)")
            }
        }

        let certificate = try CertificateBuilder.issue(request, subjectKey: key, issuer: issuerCertificate, issuerKey: issuerKey)
        let keyText = try Crypto.privateKeyPEM(key, pkcs8: key.isEd25519)
        return .object(CertificateObject(certificate: certificate, key: keyText))
    }

    static func buildCustomCert(_ arguments: [Value]) throws -> Value {
        let checked = try Arguments(arguments, count: 2)
        let encodedCertificate = try checked.string(0)
        let encodedKey = try checked.string(1)
        guard let certificateData = Data(base64Encoded: encodedCertificate),
              let certificate = String(data: certificateData, encoding: .utf8) else {
            throw FunctionCallError.failed("unable to decode base64 certificate")
        }
        guard let keyData = Data(base64Encoded: encodedKey), let key = String(data: keyData, encoding: .utf8) else {
            throw FunctionCallError.failed("unable to decode base64 private key")
        }
        guard try CertificateBuilder.readCertificate(certificate) != nil else {
            throw FunctionCallError.failed("unable to decode certificate")
        }
        do {
            _ = try Crypto.readPrivateKey(key)
        } catch FunctionCallError.failed(let message) {
            throw FunctionCallError.failed("error parsing private key: \(message)")
        }
        return .object(CertificateObject(certificate: certificate, key: key))
    }
}

/// IP address syntax as Go's `net.ParseIP` accepts it: dotted IPv4 or IPv6.
enum IPAddress {
    static func isValid(_ text: String) -> Bool {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return inet_pton(AF_INET, text, &ipv4) == 1 || inet_pton(AF_INET6, text, &ipv6) == 1
    }
}
