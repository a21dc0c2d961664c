import Testing
@testable import HelmKitRender

/// The kyaml round trip Helm v4.2.3 runs around a post-renderer, on templates with comments.
///
/// Each expected text is the output of a differential reference, a Go program built against
/// go.yaml.in/yaml/v3 v3.0.4, the version Helm v4.2.3's go.mod selects for kyaml v0.21.1.
/// The program repeats Helm's `annotateAndMerge` and `splitAndDeannotate` steps and kyaml's
/// `kio.ParseAll`, `SetAnnotation`, `ClearAnnotation` and `kio.StringAll` (indent 2, compact
/// sequence indent) on `yaml.Node` trees. Each input is the only file, `t/a.yaml`.
struct KYAMLCommentTests {
    /// Input file, the merged stream the post-renderer reads, and the files read back from
    /// that stream, each after a `==> NAME <==` line, in name order.
    static let cases: [(name: String, input: String, merged: String, split: String)] = [
        ("mixedHeadLineFootComments",
        #"""
        # head
        apiVersion: v1 # line
        kind: ConfigMap
        metadata:
          name: x
          # foot of name
        data:
          # head of a
          a: b
          c: # line on c
            - 1 # one
            # foot of 1
          d: |
            text
          # after block
        # doc foot

        """#,
        #"""
        # head
        apiVersion: v1 # line
        kind: ConfigMap
        metadata:
          name: x
          # foot of name

          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          # head of a
          a: b
          c: # line on c
          - 1 # one
          # foot of 1

          d: |
            text
          # after block
        # doc foot

        """#,
        #"""
        ==> t/a.yaml <==
        # head
        apiVersion: v1 # line
        kind: ConfigMap
        metadata:
          name: x
          # foot of name
        data:
          # head of a
          a: b
          c: # line on c
          - 1 # one
          # foot of 1

          d: |
            text
          # after block
        # doc foot

        """#),
        ("documentHeadComment",
        #"""
        # Doc comment

        # head of apiVersion
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x

        """#,
        #"""
        # Doc comment

        # head of apiVersion
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'

        """#,
        #"""
        ==> t/a.yaml <==
        # Doc comment

        # head of apiVersion
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x

        """#),
        ("lineCommentsOnValueAndKey",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x # the name
          labels: # labels here
            app: y

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x # the name
          labels: # labels here
            app: y
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x # the name
          labels: # labels here
            app: y

        """#),
        ("sequenceItemHeadComments",
        #"""
        apiVersion: v1
        kind: List
        metadata:
          name: x
        spec:
          containers:
          # first container
          - name: a # a
            image: b
          # second
          - name: c
            # inside
            image: d

        """#,
        #"""
        apiVersion: v1
        kind: List
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec:
          containers:
          # first container
          - name: a # a
            image: b
          # second
          - name: c
            # inside
            image: d

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: List
        metadata:
          name: x
        spec:
          containers:
          # first container
          - name: a # a
            image: b
          # second
          - name: c
            # inside
            image: d

        """#),
        ("headCommentAfterBlankLine",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b

          # orphan head
          c: d

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a: b
          # orphan head
          c: d

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b
          # orphan head
          c: d

        """#),
        ("footThenHeadAcrossBlankLine",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b
          # foot of a

          # head of c
          c: d

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a: b
          # foot of a

          # head of c
          c: d

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b
          # foot of a

          # head of c
          c: d

        """#),
        ("blockScalarsWithFoot",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          script: |
            echo hi
            # not a comment
          other: >
            folded
            text
        # end

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          script: |
            echo hi
            # not a comment
          other: >
            folded text

        # end

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          script: |
            echo hi
            # not a comment
          other: >
            folded text


        # end

        """#),
        ("flowCollectionLineComments",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        spec:
          ports: [80, 443] # flow
          sel: {a: b} # map

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec:
          ports: [80, 443] # flow
          sel: {a: b} # map

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        spec:
          ports: [80, 443] # flow
          sel: {a: b} # map

        """#),
        ("sequenceFootBeforeDedent",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        spec:
          list:
            - a
            # between
            - b
            # foot
          next: 1

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec:
          list:
          - a
          # between
          - b
          # foot

          next: 1

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        spec:
          list:
          - a
          # between
          - b
          # foot

          next: 1

        """#),
        ("commentsAroundSeparators",
        #"""
        # top
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        ---
        # second doc head
        apiVersion: v1
        kind: Secret
        metadata:
          name: y
        # tail

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        ---
        # second doc head
        apiVersion: v1
        kind: Secret
        metadata:
          name: y
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        # tail

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        ---
        # second doc head
        apiVersion: v1
        kind: Secret
        metadata:
          name: y
        # tail

        """#),
        ("dedentedFootComments",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            a: "b" # quoted
            # last annotation foot
        spec:
          deep:
            deeper:
              k: v
          # dedented foot
          back: 1

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            a: "b" # quoted
            # last annotation foot

            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec:
          deep:
            deeper:
              k: v
          # dedented foot
          back: 1

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            a: "b" # quoted
            # last annotation foot
        spec:
          deep:
            deeper:
              k: v
          # dedented foot
          back: 1

        """#),
        ("lineCommentOnEveryKey",
        #"""
        apiVersion: v1 # v
        kind: Service # k
        metadata: # m
          name: x # n
        spec: # s
          type: ClusterIP # t

        """#,
        #"""
        apiVersion: v1 # v
        kind: Service # k
        metadata: # m
          name: x # n
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec: # s
          type: ClusterIP # t

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1 # v
        kind: Service # k
        metadata: # m
          name: x # n
        spec: # s
          type: ClusterIP # t

        """#),
        ("rootCommentBetweenBlankLines",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x

        # comment after blank

        data:
          a: b

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        # comment after blank
        data:
          a: b

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        # comment after blank
        data:
          a: b

        """#),
        ("commentAfterLoneDash",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          - # entry comment
            a: b
          - c # line

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
        - # entry comment
          a: b
        - c # line

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
        - # entry comment
          a: b
        - c # line

        """#),
        ("trailingCommentAfterBlankLines",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b


        # trailing after blanks

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a: b

        # trailing after blanks

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b

        # trailing after blanks

        """#),
        ("commentsWithoutSpace",
        #"""
        #no space
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          #  two spaces
          namespace: y

        """#,
        #"""
        #no space
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          #  two spaces
          namespace: y
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'

        """#,
        #"""
        ==> t/a.yaml <==
        #no space
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          #  two spaces
          namespace: y

        """#),
        ("nestedFootComments",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a:
            b:
              c: d
              # foot c
            # foot b
          # foot a
        # foot root

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a:
            b:
              c: d
              # foot c
            # foot b
          # foot a
        # foot root

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a:
            b:
              c: d
              # foot c
            # foot b
          # foot a
        # foot root

        """#),
        ("headCommentOnCreatedParent",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          # head of annotations
          annotations:
            team: web

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          # head of annotations
          annotations:
            team: web
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          # head of annotations
          annotations:
            team: web

        """#),
        ("multiLineHeadComment",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          key: value   # spaced line comment
          # a
          # b
          multi: 1

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          key: value # spaced line comment
          # a
          # b
          multi: 1

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          key: value # spaced line comment
          # a
          # b
          multi: 1

        """#),
        ("deploymentStyleComments",
        #"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: x
        spec:
          template:
            spec:
              containers:
                - name: app
                  # image comment
                  image: nginx # tag
                  args:
                    - --a # first
                    - --b
                  # after args
              # after containers

        """#,
        #"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        spec:
          template:
            spec:
              containers:
              - name: app
                # image comment
                image: nginx # tag
                args:
                - --a # first
                - --b
                # after args
              # after containers

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: x
        spec:
          template:
            spec:
              containers:
              - name: app
                # image comment
                image: nginx # tag
                args:
                - --a # first
                - --b
                # after args
              # after containers

        """#),
        ("commentBeforeSeparator",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b
        # between docs
        ---
        apiVersion: v1
        kind: Secret # kind
        metadata:
          name: y

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a: b
          # between docs
        ---
        apiVersion: v1
        kind: Secret # kind
        metadata:
          name: y
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: b
          # between docs
        ---
        apiVersion: v1
        kind: Secret # kind
        metadata:
          name: y

        """#),
        ("quotedAnchoredAliasLineComments",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: "quoted" # dq
          b: 'single' # sq
          c: &anchor value # anchored
          d: *anchor # alias

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          a: "quoted" # dq
          b: 'single' # sq
          c: &anchor value # anchored
          d: *anchor # alias

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          a: "quoted" # dq
          b: 'single' # sq
          c: &anchor value # anchored
          d: *anchor # alias

        """#),
        ("blankLinesInsideHeadComments",
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          k1: v1


          # after two blanks
          k2: v2
          # one
          # two

          # three
          k3: v3

        """#,
        #"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
          annotations:
            postrenderer.helm.sh/postrender-filename: 't/a.yaml'
        data:
          k1: v1
          # after two blanks
          k2: v2
          # one
          # two

          # three
          k3: v3

        """#,
        #"""
        ==> t/a.yaml <==
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: x
        data:
          k1: v1
          # after two blanks
          k2: v2
          # one
          # two

          # three
          k3: v3

        """#),
    ]

    @Test(arguments: cases.indices)
    func mergedStreamKeepsComments(_ index: Int) throws {
        let example = Self.cases[index]
        let merged = try PostRendering.annotateAndMerge(["t/a.yaml": example.input])
        #expect(merged == example.merged, "\(example.name)")
    }

    @Test(arguments: cases.indices)
    func splitFilesKeepComments(_ index: Int) throws {
        let example = Self.cases[index]
        let files = try PostRendering.splitAndDeannotate(example.merged)
        var printed = ""
        for name in files.keys.sorted() {
            printed += "==> \(name) <==\n" + (files[name] ?? "")
        }
        #expect(printed == example.split, "\(example.name)")
    }

    @Test func streamWithoutCommentsUnchanged() throws {
        // Without comments the stream is still written by libyaml's emitter, as before.
        let merged = try PostRendering.annotateAndMerge(["t/a.yaml": "kind: A\nlist:\n  - x\n"])
        #expect(merged == "kind: A\nlist:\n- x\nmetadata:\n  annotations:\n    postrenderer.helm.sh/postrender-filename: 't/a.yaml'\n")
    }
}
