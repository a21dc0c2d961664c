import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let encodingCases: [FunctionCase] = [
    FunctionCase("b64enc", "b64enc", [.string("hello world")], "aGVsbG8gd29ybGQ="),
    FunctionCase("b64enc empty", "b64enc", [.string("")], ""),
    FunctionCase("b64enc unicode", "b64enc", [.string("é€")], "w6nigqw="),
    FunctionCase("b64dec", "b64dec", [.string("aGVsbG8gd29ybGQ=")], "hello world"),
    FunctionCase("b64dec two pads", "b64dec", [.string("YQ==")], "a"),
    FunctionCase("b64dec line breaks", "b64dec", [.string("aGVs\nbG8=")], "hello"),
    FunctionCase("b64dec missing padding", "b64dec", [.string("YQ")], "illegal base64 data at input byte 0"),
    FunctionCase("b64dec bad character", "b64dec", [.string("a$bc")], "illegal base64 data at input byte 1"),
    FunctionCase("b64dec trailing garbage", "b64dec", [.string("YQ==YQ==")], "illegal base64 data at input byte 4"),
    FunctionCase("b64dec single pad short", "b64dec", [.string("YQ=")], "illegal base64 data at input byte 3"),
    FunctionCase("b64dec pad too early", "b64dec", [.string("Y===")], "illegal base64 data at input byte 1"),
    FunctionCase("b64dec empty", "b64dec", [.string("")], ""),
    FunctionCase("b32enc", "b32enc", [.string("hello")], "NBSWY3DP"),
    FunctionCase("b32enc short", "b32enc", [.string("a")], "ME======"),
    FunctionCase("b32enc empty", "b32enc", [.string("")], ""),
    FunctionCase("sha1sum", "sha1sum", [.string("hello")], "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
    FunctionCase("sha1sum empty", "sha1sum", [.string("")], "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    FunctionCase("sha256sum", "sha256sum", [.string("hello")], "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
    FunctionCase("sha256sum long", "sha256sum", [.string("The quick brown fox jumps over the lazy dog and keeps running past the sixty-four byte block")], "570b9a5698b2091b552c1df73b29165da08a81decb79a79b76ae2fd48dc85bae"),
    FunctionCase("sha256sum empty", "sha256sum", [.string("")], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    FunctionCase("sha512sum", "sha512sum", [.string("hello")], "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"),
    FunctionCase("sha512sum long", "sha512sum", [.string("The quick brown fox jumps over the lazy dog and keeps running well past the one hundred and twenty-eight byte block size of SHA-512")], "60d3ba8bcaa377558dd3df016c3635f2df6e8b1c1e98835f37f024250b8efc7e41d311989449dc3cffe036615b79c98c138e922cf36463f66f73ed7407f0310b"),
    FunctionCase("adler32sum", "adler32sum", [.string("Wikipedia")], "300286872"),
    FunctionCase("adler32sum empty", "adler32sum", [.string("")], "1"),
    FunctionCase("sha256sum int", "sha256sum", [.int(1)], "error: wrong type for value; expected string; got int"),
    FunctionCase("b32dec", "b32dec", [.string("NBSWY3DP")], "hello"),
    FunctionCase("b32dec padded", "b32dec", [.string("ME======")], "a"),
    FunctionCase("b32dec bad", "b32dec", [.string("1")], "illegal base32 data at input byte 0"),
    FunctionCase("b32dec short", "b32dec", [.string("ME")], "illegal base32 data at input byte 0"),
    FunctionCase("b32dec missing padding", "b32dec", [.string("MFRGG")], "illegal base32 data at input byte 0"),
    FunctionCase("b32dec wrong padding length", "b32dec", [.string("MFRGGZ==")], "illegal base32 data at input byte 6"),
    FunctionCase("b32dec bad padding", "b32dec", [.string("ME=====A")], "illegal base32 data at input byte 6"),
    FunctionCase("b32dec two blocks", "b32dec", [.string("NBSWY3DPEE======")], "hello!"),
    FunctionCase("b32dec newline", "b32dec", [.string("NBSW\nY3DP")], "hello"),
    FunctionCase("b32dec lowercase", "b32dec", [.string("nbswy3dp")], "illegal base32 data at input byte 0"),
    FunctionCase("b32dec trailing", "b32dec", [.string("ME======ME======")], "illegal base32 data at input byte 2"),
    FunctionCase("b32dec padding early", "b32dec", [.string("M=======")], "illegal base32 data at input byte 1"),
]

@Test(arguments: encodingCases)
func encodingFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}
