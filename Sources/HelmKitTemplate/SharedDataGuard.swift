import HelmKitValues
import Synchronization

/// Watches the runs of one thread for calls that could change data a run on another thread
/// reads, so that template files can execute on two threads at once.
///
/// The files of a chart read the same values, and Helm executes them one after another, so
/// each file reads the values as the files before it left them after `set` or `merge`. HelmKit lets a second
/// thread execute files ahead of their turn while the first thread goes through them in
/// order. That is only sound while neither thread changes data they share:
///
/// - the thread in order (`.inOrder`) calls `beforeChange` once, before its first call that
///   may change shared data, which stops the other thread and drops what it executed;
/// - the thread ahead (`.ahead`) abandons its file at any call with a side effect, including
///   the clock and random numbers, whose order Helm fixes. The file is then executed in order.
///
/// A change to a map the calling thread made itself (with `dict`, `deepCopy`, `fromJson`…)
/// is not shared: the other thread cannot reach that map.
public final class SharedDataGuard: @unchecked Sendable {
    public enum Role {
        case inOrder(beforeChange: () -> Void)
        case ahead
    }

    private let role: Role
    /// Whether the thread ahead should stop at its next call; set from the other thread.
    private let cancelled = Atomic<Bool>(false)
    /// Whether `beforeChange` has run. Read and written by the thread in order only.
    private var hasReportedChange = false
    /// Whether the file the thread ahead is running met a call it may not make. Read and
    /// written by that thread only.
    public private(set) var abandonedRun = false

    /// True for the thread that executes files ahead of their turn.
    let runsAhead: Bool

    public init(role: Role) {
        self.role = role
        if case .ahead = role { runsAhead = true } else { runsAhead = false }
    }

    /// Asks the thread ahead to stop at its next call. Safe to call from any thread.
    public func cancel() {
        cancelled.store(true, ordering: .releasing)
    }

    /// Starts watching a new file on the thread ahead.
    public func beginRun() {
        abandonedRun = false
    }

    /// Stops the thread ahead once `cancel` has been called.
    func checkCancelled() throws {
        if cancelled.load(ordering: .acquiring) { try abandon() }
    }

    /// Called before a registered function that is not known to be free of side effects.
    func willCall(function name: String, arguments: [Value]) throws {
        if Self.unsharedEffectFunctions.contains(name) { return }
        if MapChanges.changesOnly(function: name, arguments: arguments, mapsWhere: { $0.includeMemoStamp != 0 }) {
            return
        }
        switch role {
        case .inOrder(let beforeChange):
            if MapChanges.mapChangingFunctions.contains(name) { reportChange(beforeChange) }
        case .ahead:
            try abandon()
        }
    }

    /// Called before a method of an object that may change it.
    func willCallMethod() throws {
        switch role {
        case .inOrder(let beforeChange):
            reportChange(beforeChange)
        case .ahead:
            try abandon()
        }
    }

    private func reportChange(_ beforeChange: () -> Void) {
        guard !hasReportedChange else { return }
        hasReportedChange = true
        beforeChange()
    }

    private func abandon() throws -> Never {
        abandonedRun = true
        throw AbandonedRun()
    }

    /// Functions with side effects that other threads cannot see. `append`, `push` and
    /// `prepend` return a new list here and change nothing. `sortAlpha` sorts a `[]string` in
    /// place, but only template functions make such slices, and a thread can share one only
    /// by storing it in shared data, which is a change of its own.
    static let unsharedEffectFunctions: Set<String> = [
        "append", "mustAppend", "push", "mustPush", "prepend", "mustPrepend", "sortAlpha",
    ]
}

/// The error that ends a run on the thread ahead; its file is executed again in order.
struct AbandonedRun: Error, CustomStringConvertible {
    var description: String { "template run abandoned to be executed in order" }
}

/// The maps that `set`, `unset` and `merge` change.
enum MapChanges {
    /// The functions that change the map given as their first argument in place.
    static let mapChangingFunctions: Set<String> = ["set", "unset", "merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite"]

    /// Maps nested deeper than this in a merge are assumed to be changed.
    static let maxCheckedDepth = 64

    /// Returns true when calling `function` with `arguments` can change only maps for which
    /// `isNew` is true.
    ///
    /// `set` and `unset` change their first argument. `merge` also merges into the maps nested
    /// in it under keys where the source has a map too, so those must pass as well. With more
    /// than one source, a later source could merge into a map an earlier one put in place,
    /// so such calls never pass.
    static func changesOnly(function: String, arguments: [Value], mapsWhere isNew: (ValueMap) -> Bool) -> Bool {
        guard mapChangingFunctions.contains(function), case .map(let target)? = arguments.first, isNew(target) else {
            return false
        }
        if function == "set" || function == "unset" { return true }
        guard arguments.count == 2 else { return false }
        switch arguments[1] {
        case .map(let source):
            return mergeChangesOnly(source: source, into: target, depth: 0, mapsWhere: isNew)
        case .null:
            return true
        default:
            return false
        }
    }

    private static func mergeChangesOnly(source: ValueMap, into target: ValueMap, depth: Int,
                                         mapsWhere isNew: (ValueMap) -> Bool) -> Bool {
        guard depth < maxCheckedDepth else { return false }
        for (key, value) in source.entries {
            guard case .map(let nestedSource) = value, case .map(let nestedTarget)? = target[key] else { continue }
            guard isNew(nestedTarget),
                  mergeChangesOnly(source: nestedSource, into: nestedTarget, depth: depth + 1, mapsWhere: isNew) else {
                return false
            }
        }
        return true
    }
}
