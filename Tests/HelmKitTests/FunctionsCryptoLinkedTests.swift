@testable import HelmKitFunctions
import HelmKitValues
import Testing

// Checks of the linked OpenSSL and libxcrypt, against hashes that Helm v4.2.3 printed where it can show them.

/// A bcrypt hash from Helm's `bcrypt "pw"`: hashing "pw" again with that hash as the setting
/// must give the same hash.
@Test func bcryptMatchesHelmHash() throws {
    let helmHash = "$2a$10$UJm9HXXOsINnLJXjylhTkOFaFGt8SrwTJgdqY/e9YJ/pg6p2Gif9K"
    #expect(try BCrypt.crypt("pw", setting: helmHash) == helmHash)
    #expect(try BCrypt.crypt("other", setting: helmHash) != helmHash)
}

/// A hash that `bcrypt` wrote must verify against its own password.
@Test func bcryptHashVerifies() throws {
    let bcrypt = try #require(FunctionHarness.library()["bcrypt"])
    let hash = try bcrypt([.string("pw")]).goPrinted
    #expect(try BCrypt.crypt("pw", setting: hash) == hash)
}

@Test func genPrivateKeyRSAIsPKCS1() throws {
    let genPrivateKey = try #require(FunctionHarness.library()["genPrivateKey"])
    let key = try genPrivateKey([.string("rsa")]).goPrinted
    #expect(key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
    #expect(key.hasSuffix("-----END RSA PRIVATE KEY-----\n"))
}

/// A certificate and key that `genCA` wrote read back through `buildCustomCert`.
@Test func buildCustomCertReadsGeneratedAuthority() throws {
    let library = FunctionHarness.library()
    let genCA = try #require(library["genCA"])
    let encode = try #require(library["b64enc"])
    let buildCustomCert = try #require(library["buildCustomCert"])
    guard case .object(let authority) = try genCA([.string("ca"), .int(1)]) else {
        Issue.record("genCA did not return a certificate")
        return
    }
    let certificate = try #require(authority.field("Cert"))
    let key = try #require(authority.field("Key"))
    let rebuilt = try buildCustomCert([try encode([certificate]), try encode([key])])
    guard case .object(let object) = rebuilt else {
        Issue.record("buildCustomCert did not return a certificate")
        return
    }
    #expect(object.field("Cert")?.stringValue == certificate.stringValue)
    #expect(object.field("Key")?.stringValue == key.stringValue)
}
