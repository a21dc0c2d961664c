import Testing
import HelmKitValues

/// `decodeHead` must give what `decode` gives: the same error, or the same values under the
/// head keys. The documents cover each case where the shortcut has to fall back.
@Suite struct YAMLHeadDecodingTests {
    static let headKeys: Set<String> = ["apiVersion", "kind", "metadata"]

    static let documents: [String] = [
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: '1'\n",
        "kind: Job\nspec:\n  template:\n    spec:\n      containers: [{name: a, args: [1, 2.5, true, ~]}]\n",
        "kind: A\ndata:\n  nan: .nan\n",
        "kind: A\ndata:\n  nan: .nan\n  nan: 1\n",
        "kind: A\ndata: {value: -.Inf}\n",
        "kind: A\nbase: &base {a: 1}\nother: *base\n",
        "kind: A\nbase: &base {a: 1}\nmetadata: *base\n",
        "kind: A\nspec:\n  <<: {a: 1}\n",
        "kind: A\nspec:\n  <<: [1]\n",
        "kind: A\nspec:\n  ~: 1\n",
        "kind: A\nspec:\n  18446744073709551615: 1\n",
        "kind: A\nspec:\n  [a]: 1\n",
        "kind: A\nspec: !!int abc\n",
        "kind: A\nspec: !!binary aGVsbG8=\n",
        "kind: A\nspec: {a: 1\n",
        "kind: A\nspec:\n  a: \"\\'\"\n",
        "kind: A\nmetadata:\n  annotations:\n    x: .nan\n",
        "kind: A\nmetadata:\n  name: 1.0\n  labels: {1.5: a, true: b}\n",
        "- kind: A\n  spec: 1\n",
        "kind: A\nkind: B\n",
        "",
        "# only a comment\n",
    ]

    @Test(arguments: documents)
    func headMatchesFullDecode(_ document: String) {
        let bytes = Array(document.utf8)
        let full = Result { try YAMLCodec.decode(bytes: bytes) }
        let head = Result { try YAMLCodec.decodeHead(bytes: bytes, headKeys: Self.headKeys) }
        switch (full, head) {
        case (.failure(let fullError), .failure(let headError)):
            #expect("\(headError)" == "\(fullError)")
        case (.success(let fullValue), .success(let headValue)):
            #expect(Self.headOf(headValue) == Self.headOf(fullValue))
        default:
            Issue.record("decode gave \(full), decodeHead gave \(head)")
        }
    }

    @Test func skippedValuesAreNotBuilt() throws {
        let value = try YAMLCodec.decodeHead(bytes: Array("kind: A\ndata:\n  x: 1\n".utf8), headKeys: Self.headKeys)
        #expect(value.mapValue?["data"] == nil)
        #expect(value.mapValue?["kind"]?.stringValue == "A")
    }

    /// Prints the head keys' values as JSON, which lists map keys in order.
    static func headOf(_ value: Value) -> String {
        guard case .map(let map) = value else { return (try? JSONCodec.encode(value)) ?? "unencodable" }
        return headKeys.sorted().map { key in
            "\(key)=" + ((map[key]).map { (try? JSONCodec.encode($0)) ?? "unencodable" } ?? "absent")
        }.joined(separator: " ")
    }
}
