/// Tracks how deeply a YAML document nests, to apply the two limits Helm's YAML reading has.
///
/// go-yaml v2.4's scanner (scannerc.go, `max_flow_level` and `max_indents`) rejects more than
/// 10000 open flow collections or more than 10000 block indentation levels with
/// `yaml: line N: exceeded max depth of 10000`. The system libyaml has no such limit, so the
/// reader applies it per event. The limit also bounds the reader's recursion.
///
/// sigs.k8s.io/yaml then hands the document to encoding/json as JSON text, whose scanner
/// (scanner.go, `maxNestingDepth`) rejects nesting deeper than 10000 with
/// `invalid character '[' exceeded max depth`. Aliases count with the depth of the value they
/// copy, so that depth is tracked separately.
struct YAMLNesting {
    /// go-yaml v2.4's `max_flow_level` and `max_indents`.
    static let maxYAMLDepth = 10_000
    /// encoding/json's `maxNestingDepth`.
    static let maxJSONDepth = 10_000

    private var flowLevel = 0
    private var indentLevel = 0
    /// For each open collection, whether it raised the flow level or the indentation level.
    private var openKinds: [Level] = []
    /// The JSON depth of the innermost open collection: 1 for the root collection.
    private(set) var depth = 0
    /// The deepest JSON depth reached inside the innermost open collection.
    private var deepest = 0
    /// The opener (`[` or `{`) of the first collection found deeper than `maxJSONDepth`.
    ///
    /// NOTE: this is the first in YAML order, and encoding/json reports the first in sorted-key
    /// order. The two differ only when branches pass the limit with different openers.
    private(set) var jsonOverflowOpener: Character?

    private enum Level {
        case flow, indent, none
    }

    /// Enters a collection, throwing go-yaml's error when it exceeds a scanner limit.
    ///
    /// `pushesIndent` is false for an indentless block sequence (`key:` followed by `- item` in
    /// the key's column), which go-yaml's scanner reads without a new indentation level.
    mutating func enter(_ event: YAMLEvent, pushesIndent: Bool) throws -> SavedDepth {
        let level: Level
        if event.isFlow {
            flowLevel += 1
            level = .flow
            if flowLevel > Self.maxYAMLDepth { throw depthError(line: event.line) }
        } else if pushesIndent {
            indentLevel += 1
            level = .indent
            if indentLevel > Self.maxYAMLDepth { throw depthError(line: event.line) }
        } else {
            level = .none
        }
        openKinds.append(level)

        let saved = SavedDepth(deepest: deepest)
        depth += 1
        deepest = depth
        if depth > Self.maxJSONDepth && jsonOverflowOpener == nil {
            jsonOverflowOpener = event.kind == .mappingStart ? "{" : "["
        }
        return saved
    }

    /// Leaves the innermost collection and returns its height: 1 when it contains no collection.
    mutating func leave(_ saved: SavedDepth) -> Int {
        switch openKinds.popLast() {
        case .flow?: flowLevel -= 1
        case .indent?: indentLevel -= 1
        default: break
        }
        let height = deepest - depth + 1
        depth -= 1
        deepest = max(saved.deepest, deepest)
        return height
    }

    /// Leaves the innermost collection while the rest of a failed document is skipped.
    mutating func leaveInnermost() {
        switch openKinds.popLast() {
        case .flow?: flowLevel -= 1
        case .indent?: indentLevel -= 1
        default: break
        }
        depth -= 1
    }

    /// Records an alias to a collection of `height` levels placed inside the innermost open
    /// collection. Returns false when the copy would pass the JSON limit, so the caller can skip
    /// copying a value that Helm rejects anyway.
    ///
    /// NOTE: a map merged with `<<` counts one level deeper than its entries land, so a merge
    /// can report the JSON depth error one level early.
    mutating func placeAlias(height: Int, opener: Character) -> Bool {
        let reached = depth + height
        deepest = max(deepest, reached)
        guard reached > Self.maxJSONDepth else { return true }
        if jsonOverflowOpener == nil {
            // NOTE: this is the opener of the copied value's root, while Go reports the opener
            // at the limit. They differ when the value mixes maps and lists on its way down.
            jsonOverflowOpener = opener
        }
        return false
    }

    /// The deepest level reached before the innermost collection was entered.
    struct SavedDepth {
        fileprivate let deepest: Int
    }

    private func depthError(line: Int) -> ValueError {
        // go-yaml leaves out the line number when the zero-based line is 0.
        let location = line > 0 ? "line \(line + 1): " : ""
        return ValueError("yaml: \(location)exceeded max depth of \(Self.maxYAMLDepth)")
    }
}

/// encoding/json's error for JSON nested deeper than its limit, as sigs.k8s.io/yaml reaches it.
struct JSONDepthError: Error {
    let opener: Character

    var message: String {
        "invalid character '\(opener)' exceeded max depth"
    }
}
