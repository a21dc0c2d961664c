import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let cryptoCases: [FunctionCase] = [
    FunctionCase("genPrivateKey unknown", "genPrivateKey", [.string("foo")], "Unknown type foo"),
    FunctionCase("genCA days type", "genCA", [.string("ca"), .string("10")], "error: wrong type for value; expected int; got string"),
    FunctionCase("genSelfSignedCert bad ip", "genSelfSignedCert", [.string("x"), .list([.string("1.2.3")]), .list([]), .int(10)], "error: error parsing ip: 1.2.3"),
    FunctionCase("genSelfSignedCert ip not string", "genSelfSignedCert", [.string("x"), .list([.int(1)]), .list([]), .int(10)], "error: error parsing ip: 1 is not a string"),
    FunctionCase("genSelfSignedCert dns not string", "genSelfSignedCert", [.string("x"), .list([]), .list([.int(1)]), .int(10)], "error: error processing alternate dns name: 1 is not a string"),
    FunctionCase("genSelfSignedCert ips type", "genSelfSignedCert", [.string("x"), .string("1.2.3.4"), .list([]), .int(10)], "error: wrong type for value; expected []interface {}; got string"),
    FunctionCase("genCAWithKey bad key", "genCAWithKey", [.string("ca"), .int(10), .string("nope")], "error: parsing private key: no PEM data in input"),
    FunctionCase("buildCustomCert bad base64", "buildCustomCert", [.string("!!"), .string("a2V5")], "error: unable to decode base64 certificate"),
    FunctionCase("buildCustomCert bad key base64", "buildCustomCert", [.string("Y2VydA=="), .string("!!")], "error: unable to decode base64 private key"),
    FunctionCase("buildCustomCert not pem", "buildCustomCert", [.string("Y2VydA=="), .string("a2V5")], "error: unable to decode certificate"),
    FunctionCase("htpasswd bad user", "htpasswd", [.string("a:b"), .string("pw")], "invalid username: a:b"),
    FunctionCase("bcrypt password too long", "bcrypt", [.string(String(repeating: "a", count: 73))],
                 "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"),
    FunctionCase("htpasswd password too long", "htpasswd", [.string("user"), .string(String(repeating: "a", count: 73))],
                 "user:failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"),
    FunctionCase("decryptAES helm ciphertext", "decryptAES",
                 [.string("secretkey"), .string("SDUjbkHbnUX+ZFEwNTqYLmwOUw+bFeTIVMFDiWJlmY34hZytvRMVgdL7ExhZn9gk")],
                 "hello world, this is HelmKit"),
    FunctionCase("decryptAES long key", "decryptAES",
                 [.string("a-key-longer-than-thirty-two-bytes-for-aes"), .string("n/6h1uYAtjvptAd3oNAPn7lccHQ3vIUW/ykqSuKptAI=")], "x"),
    FunctionCase("encryptAES empty", "encryptAES", [.string("key"), .string("")], ""),
    FunctionCase("decryptAES empty", "decryptAES", [.string("key"), .string("")], ""),
    FunctionCase("decryptAES bad base64", "decryptAES", [.string("key"), .string("%%%")], "error: illegal base64 data at input byte 0"),
    FunctionCase("decryptAES known", "decryptAES", [.string("secretkey"), .string("AAAAAAAAAAAAAAAAAAAAAJ4fnCdbkxp0LX3NdQp0xTw=")], "error: runtime error: slice bounds out of range [:-175]"),
    FunctionCase("derivePassword long", "derivePassword", [.int(1), .string("long"), .string("password"), .string("user"), .string("example.com")], "ZedaFaxcZaso9*"),
    FunctionCase("derivePassword maximum", "derivePassword", [.int(3), .string("maximum"), .string("secret"), .string("me"), .string("site")], "M5)u80AZkSqcp&I(WtYj"),
    FunctionCase("derivePassword pin", "derivePassword", [.int(1), .string("pin"), .string("pw"), .string("user"), .string("bank")], "1255"),
    FunctionCase("derivePassword unknown type", "derivePassword", [.int(1), .string("nope"), .string("pw"), .string("user"), .string("bank")], "cannot find password template nope"),
]

@Test(arguments: cryptoCases)
func cryptoFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

private func field(_ value: Value, _ name: String) -> String {
    guard case .object(let object) = value else { return "" }
    return object.field(name)?.stringValue ?? ""
}

@Test func genCAIssuesAuthority() throws {
    let genCA = try #require(FunctionHarness.library()["genCA"])
    let authority = try genCA([.string("my-ca"), .int(365)])
    guard case .object(let object) = authority else {
        Issue.record("genCA did not return a certificate")
        return
    }
    #expect(object.goTypeName == "sprig.certificate")
    #expect(field(authority, "Cert").hasPrefix("-----BEGIN CERTIFICATE-----\n"))
    #expect(field(authority, "Key").hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n"))
}

@Test func genSignedCertUsesAuthority() throws {
    let library = FunctionHarness.library()
    let genCA = try #require(library["genCA"])
    let genSignedCert = try #require(library["genSignedCert"])
    let authority = try genCA([.string("my-ca"), .int(365)])
    let leaf = try genSignedCert([.string("svc"), .list([.string("10.0.0.1")]), .list([.string("svc.ns")]), .int(30), authority])
    #expect(field(leaf, "Cert").hasPrefix("-----BEGIN CERTIFICATE-----\n"))
    #expect(field(leaf, "Key") != field(authority, "Key"))
}

@Test func genCAWithKeyKeepsKey() throws {
    let library = FunctionHarness.library()
    let key = try #require(library["genPrivateKey"]?([.string("ecdsa")]).stringValue)
    let genCAWithKey = try #require(library["genCAWithKey"])
    let authority = try genCAWithKey([.string("ca"), .int(1), .string(key)])
    #expect(key.hasPrefix("-----BEGIN EC PRIVATE KEY-----\n"))
    #expect(field(authority, "Key") == key)
}

@Test func genPrivateKeyEd25519IsPKCS8() throws {
    let genPrivateKey = try #require(FunctionHarness.library()["genPrivateKey"])
    #expect(try genPrivateKey([.string("ed25519")]).goPrinted.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
}

@Test func aesRoundTrip() throws {
    let library = FunctionLibrary.standard()
    let encrypt = try #require(library["encryptAES"])
    let decrypt = try #require(library["decryptAES"])
    let encrypted = try encrypt([.string("secretkey"), .string("hello world")])
    #expect(try decrypt([.string("secretkey"), encrypted]).goPrinted == "hello world")
}

@Test func bcryptHashesWithCostTen() throws {
    let library = FunctionHarness.library()
    let hash = try #require(library["bcrypt"]?([.string("pw")]).stringValue)
    let entry = try #require(library["htpasswd"]?([.string("user"), .string("pw")]).stringValue)
    #expect(hash.hasPrefix("$2a$10$"))
    #expect(hash.count == 60)
    #expect(entry.hasPrefix("user:$2a$10$"))
}

@Test func genPrivateKeyDSAIsTraditional() throws {
    let genPrivateKey = try #require(FunctionHarness.library()["genPrivateKey"])
    #expect(try genPrivateKey([.string("dsa")]).goPrinted.hasPrefix("-----BEGIN DSA PRIVATE KEY-----\n"))
}
