@testable import HelmKitRender
import Testing

/// Expected documents follow Helm's `SplitManifests`: a split on the regular expression
/// `(?:^|\s*\n)---\s*` after trimming leading white space, dropping blank documents.
struct ManifestSplitTests {
    struct Case: CustomStringConvertible {
        let name: String
        let stream: String
        let documents: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "two documents", stream: "a: 1\n---\nb: 2\n", documents: ["a: 1", "b: 2\n"]),
        Case(name: "leading separator", stream: "---\na: 1\n", documents: ["a: 1\n"]),
        Case(name: "separator eats the next newline",
             stream: "\n\n---\na: 1\n---\n---\nb: 2", documents: ["a: 1", "---\nb: 2"]),
        Case(name: "white space around separator",
             stream: "a: 1\n  \n---   \n\nb: 2\n\n", documents: ["a: 1", "b: 2\n\n"]),
        Case(name: "four dashes", stream: "a: 1\n----x\n", documents: ["a: 1", "-x\n"]),
        Case(name: "text after dashes", stream: "a: 1\n---b: 2\n", documents: ["a: 1", "b: 2\n"]),
        Case(name: "comment only", stream: "# only comment\n", documents: ["# only comment\n"]),
        Case(name: "blank documents", stream: "  \n---\n  \n", documents: []),
    ]

    @Test(arguments: cases)
    func splitsLikeHelm(_ testCase: Case) {
        #expect(ManifestSorter.splitDocuments(testCase.stream) == testCase.documents)
    }

    @Test func kindOrderIsStable() throws {
        let files = [
            "c/templates/b.yaml": "kind: Deployment\nmetadata:\n  name: d1\n---\nkind: Service\nmetadata:\n  name: s1\n",
            "c/templates/a.yaml": "kind: Deployment\nmetadata:\n  name: d0\n---\nkind: Widget\n---\nkind: Gadget\n",
        ]
        let (hooks, manifests) = try ManifestSorter.sort(files: files)
        #expect(hooks.isEmpty)
        #expect(manifests.map(\.kind) == ["Service", "Deployment", "Deployment", "Gadget", "Widget"])
        #expect(manifests.map(\.path) == ["c/templates/b.yaml", "c/templates/a.yaml", "c/templates/b.yaml",
                                          "c/templates/a.yaml", "c/templates/a.yaml"])
    }

    @Test func unknownHookEventDropsDocument() throws {
        let files = [
            "c/templates/h.yaml": """
                kind: Job
                metadata:
                  annotations:
                    helm.sh/hook: pre-install, nonsense
                ---
                kind: Pod
                metadata:
                  annotations:
                    helm.sh/hook: test
                """,
        ]
        let (hooks, manifests) = try ManifestSorter.sort(files: files)
        #expect(manifests.isEmpty)
        #expect(hooks.map(\.kind) == ["Pod"])
        #expect(hooks.first?.isTest == true)
    }
}
