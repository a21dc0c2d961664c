import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let pathCases: [FunctionCase] = [
    FunctionCase("base", "base", [.string("/a/b/c.txt")], "c.txt"),
    FunctionCase("base trailing slash", "base", [.string("a/b/")], "b"),
    FunctionCase("base empty", "base", [.string("")], "."),
    FunctionCase("base slashes", "base", [.string("///")], "/"),
    FunctionCase("dir", "dir", [.string("/a/b/c.txt")], "/a/b"),
    FunctionCase("dir relative", "dir", [.string("c.txt")], "."),
    FunctionCase("dir trailing", "dir", [.string("a/b/")], "a/b"),
    FunctionCase("dir root", "dir", [.string("/x")], "/"),
    FunctionCase("clean", "clean", [.string("a//b/./c/../d/")], "a/b/d"),
    FunctionCase("clean rooted parent", "clean", [.string("/../a")], "/a"),
    FunctionCase("clean relative parents", "clean", [.string("a/../../b")], "../b"),
    FunctionCase("clean empty", "clean", [.string("")], "."),
    FunctionCase("ext", "ext", [.string("a/b.tar.gz")], ".gz"),
    FunctionCase("ext none", "ext", [.string("a.d/b")], ""),
    FunctionCase("ext dotfile", "ext", [.string(".bashrc")], ".bashrc"),
    FunctionCase("isAbs", "isAbs", [.string("/a")], "true"),
    FunctionCase("isAbs relative", "isAbs", [.string("a")], "false"),
    FunctionCase("osBase", "osBase", [.string("/a/b")], "b"),
    FunctionCase("osDir", "osDir", [.string("/a/b")], "/a"),
    FunctionCase("osClean", "osClean", [.string("/a/../b")], "/b"),
    FunctionCase("osExt", "osExt", [.string("x.yaml")], ".yaml"),
    FunctionCase("osIsAbs", "osIsAbs", [.string("x")], "false"),
    FunctionCase("urlParse", "urlParse", [.string("https://user:pa%20ss@example.com:8443/a%20b/c?x=1&y=2#frag%21")], "map[fragment:frag! host:example.com:8443 hostname:example.com opaque: path:/a b/c query:x=1&y=2 scheme:https userinfo:user:pa%20ss]"),
    FunctionCase("urlParse relative", "urlParse", [.string("/just/a/path?q")], "map[fragment: host: hostname: opaque: path:/just/a/path query:q scheme: userinfo:]"),
    FunctionCase("urlParse opaque", "urlParse", [.string("mailto:someone@example.com")], "map[fragment: host: hostname: opaque:someone@example.com path: query: scheme:mailto userinfo:]"),
    FunctionCase("urlParse ipv6", "urlParse", [.string("http://[::1]:80/")], "map[fragment: host:[::1]:80 hostname:::1 opaque: path:/ query: scheme:http userinfo:]"),
    FunctionCase("urlParse uppercase scheme", "urlParse", [.string("HTTP://Example.com")], "map[fragment: host:Example.com hostname:Example.com opaque: path: query: scheme:http userinfo:]"),
    FunctionCase("urlParse bad escape", "urlParse", [.string("http://x/%zz")], "error: unable to parse url: parse \"http://x/%zz\": invalid URL escape \"%zz\""),
    FunctionCase("urlParse colon in first segment", "urlParse", [.string("a:b/c")], "map[fragment: host: hostname: opaque:b/c path: query: scheme:a userinfo:]"),
    FunctionCase("urlParse missing scheme", "urlParse", [.string(":foo")], "error: unable to parse url: parse \":foo\": missing protocol scheme"),
    FunctionCase("urlJoin", "urlJoin", [.dictionary(["scheme": .string("https"), "host": .string("example.com:8080"), "path": .string("/a b/c"), "query": .string("x=1"), "fragment": .string("top")])], "https://example.com:8080/a%20b/c?x=1#top"),
    FunctionCase("urlJoin userinfo", "urlJoin", [.dictionary(["scheme": .string("http"), "host": .string("h"), "userinfo": .string("me:secret")])], "http://me:secret@h"),
    FunctionCase("urlJoin relative path", "urlJoin", [.dictionary(["host": .string("h"), "path": .string("rel")])], "//h/rel"),
    FunctionCase("urlJoin colon path", "urlJoin", [.dictionary(["path": .string("a:b")])], "./a:b"),
    FunctionCase("urlJoin opaque", "urlJoin", [.dictionary(["scheme": .string("mailto"), "opaque": .string("x@y")])], "mailto:x@y"),
    FunctionCase("urlJoin wrong type", "urlJoin", [.dictionary(["host": .int(1)])], "error: unable to parse host key, must be of type string, but int found"),
    FunctionCase("urlJoin empty", "urlJoin", [.dictionary([:])], ""),
    FunctionCase("hello", "hello", [], "Hello!"),
]

@Test(arguments: pathCases)
func pathAndURLFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

@Test func uuidv4HasVersionAndVariant() throws {
    let uuidv4 = try #require(FunctionLibrary.standard(randomBelow: { _ in 255 })["uuidv4"])
    #expect(try uuidv4([]).goPrinted == "ffffffff-ffff-4fff-bfff-ffffffffffff")
}

@Test func randBytesEncodesInjectedBytes() throws {
    let randBytes = try #require(FunctionLibrary.standard(randomBelow: { _ in 0 })["randBytes"])
    #expect(try randBytes([.int(3)]).goPrinted == "AAAA")
}
