import HelmKitValues

/// Outputs of `include` calls, reused while nothing a template can see has changed.
///
/// Charts include the same helper with the same dot many times (`include "app.labels" .`).
/// Go runs it each time. The output depends only on the set's templates, the called tree
/// and the data reachable from dot, as long as no call with a side effect runs in between.
/// Such a call changes a map or a list (`set`, `merge`…), draws random numbers or reads the
/// clock. Every such call, and every change the engine makes to the data, empties the memo,
/// except a change to maps a template made (with `dict`, `deepCopy`, `fromJson`…) since the
/// last output was stored. A run during
/// which any side effect happened is not stored.
final class IncludeMemo {
    struct Key: Hashable {
        let set: ObjectIdentifier
        let tree: ObjectIdentifier
        let dot: ObjectIdentifier
    }

    /// An output and the objects its key names, kept alive so that their addresses cannot be
    /// reused by other objects while the entry exists.
    private struct Entry {
        let output: String
        let keptAlive: [AnyObject]
    }

    /// Entries and output bytes kept at most before the memo stops storing.
    static let maxEntries = 4096
    static let maxOutputBytes = 64 * 1024 * 1024
    /// Include nesting past which calls are neither stored nor reused, so that a reused
    /// output never skips a nesting that would have reached Helm's depth limit.
    static let maxNesting = 100

    /// Every side effect so far, also those on maps no stored output depends on. A run during
    /// which this moved is not stored, because reusing it would skip the effect.
    private(set) var effectCount: UInt64 = 0
    /// How many outputs have been stored so far.
    private(set) var storeCount: UInt64 = 0
    private var entries: [Key: Entry] = [:]
    private var outputBytes = 0
    /// The number of `include` calls in progress, and the most there have been since
    /// `deepestNesting` was last reset by a caller.
    var nesting = 0
    var deepestNesting = 0

    /// Records a call or change that may alter what templates see.
    func noteSideEffect() {
        effectCount &+= 1
        if !entries.isEmpty {
            entries.removeAll(keepingCapacity: true)
            outputBytes = 0
        }
    }

    /// Records a side effect that no stored output can see, on maps made after the last
    /// output was stored.
    func noteUnseenSideEffect() {
        effectCount &+= 1
    }

    /// Marks a map a function has just made.
    func stampNewMap(_ map: ValueMap) {
        map.includeMemoStamp = storeCount + 1
    }

    /// Returns true when a call of `function` with `arguments` cannot change what a stored
    /// output depends on: it changes only maps made after the last output was stored.
    /// A stored output could reach an older map through its dot. A newer map can only be linked
    /// into older data by a change to an older map, and that change empties the memo itself.
    func changesOnlyNewMaps(_ function: String, _ arguments: [Value]) -> Bool {
        let storeCount = storeCount
        return MapChanges.changesOnly(function: function, arguments: arguments) { $0.includeMemoStamp > storeCount }
    }

    func output(for key: Key) -> String? {
        entries[key]?.output
    }

    func store(_ output: String, for key: Key, keptAlive: [AnyObject]) {
        let size = output.utf8.count
        guard entries.count < Self.maxEntries, outputBytes + size <= Self.maxOutputBytes else { return }
        entries[key] = Entry(output: output, keptAlive: keptAlive)
        outputBytes += size
        storeCount += 1
    }
}
