import Foundation
import HelmKitTemplate
import HelmKitValues
internal import CThreadStack

/// Executes template files on a second thread, from the last file back, while the render
/// executes them from the first, until the two meet.
///
/// Helm executes the files one after another, and each file reads the values as the files
/// before it left them. Most files change nothing and only read, so a file executed early
/// gives the text it would give in its turn. `SharedDataGuard` keeps that true: a file with a
/// side effect is abandoned on the second thread and executed in its turn, and the first
/// change the render makes to shared data stops the second thread and drops its results.
final class AheadExecution: @unchecked Sendable {
    /// A file the second thread may execute, with its own copies of the scope maps it can
    /// reach (see `AheadScopes`).
    struct File {
        let name: String
        let scope: ValueMap
    }

    /// Below this many files, a second thread costs more than it saves.
    static let minimumFiles = 4

    private let files: [File]
    /// The second thread's set, a clone of the render's with its own `include`, `tpl` and memo.
    private let set: TemplateSet
    /// The engine whose `tpl` and `include` the second thread's set calls.
    private let engine: Engine
    private let sharedDataGuard: SharedDataGuard

    /// The state both threads read, guarded by `condition`. Files before `frontier` are the
    /// render's. The second thread takes `next` and counts down, and stops below `frontier`.
    private let condition = NSCondition()
    private var frontier = 0
    private var next: Int
    private var running: Int?
    private var results: [Int: Result<String, any Error>] = [:]
    private var isStopped = false
    private var task: BackgroundTask<Void>?

    /// Starts the second thread, unless there are too few files or only one core to run on.
    static func start(files: [File], set: TemplateSet, engine: Engine) -> AheadExecution? {
        guard files.count >= minimumFiles, helmkit_usable_cores() > 1 else { return nil }
        return AheadExecution(files: files, set: set, engine: engine)
    }

    private init(files: [File], set: TemplateSet, engine: Engine) {
        self.files = files
        self.set = set
        self.engine = engine
        sharedDataGuard = SharedDataGuard(role: .ahead)
        set.sharedDataGuard = sharedDataGuard
        next = files.count - 1
        task = BackgroundTask { [self] in executeFiles() }
    }

    /// Returns the second thread's result for the file at `index` in the order, waiting if
    /// that thread is executing it, or nil when the render must execute the file itself. From
    /// then on, the second thread does not take that file or any before it.
    func takeResult(at index: Int) -> Result<String, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        frontier = max(frontier, index + 1)
        while running == index { condition.wait() }
        return results.removeValue(forKey: index)
    }

    /// Waits until the second thread has executed every file it may take. Tests call it, so
    /// that the render finds every result the second thread can give, whatever the timing.
    func waitUntilIdle() {
        condition.lock()
        defer { condition.unlock() }
        while !isStopped && (next >= frontier || running != nil) { condition.wait() }
    }

    /// Stops the second thread, waits for it and drops its results. Call it from the thread
    /// that renders, before that thread changes shared data, and when the render ends.
    func stop() {
        guard let task else { return }
        condition.lock()
        isStopped = true
        results.removeAll()
        condition.unlock()
        sharedDataGuard.cancel()
        _ = task.wait()
        self.task = nil
    }

    private func executeFiles() {
        while let index = takeNext() {
            let result = execute(files[index])
            condition.lock()
            if let result, !isStopped { results[index] = result }
            running = nil
            condition.broadcast()
            condition.unlock()
        }
    }

    private func takeNext() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard !isStopped, next >= frontier else {
            condition.broadcast()
            return nil
        }
        running = next
        next -= 1
        return running
    }

    /// Executes `file`, or returns nil when it met a call it may not make here.
    private func execute(_ file: File) -> Result<String, any Error>? {
        sharedDataGuard.beginRun()
        set.noteDataChanged()
        let result = Result { try engine.execute(file.name, in: set, data: .map(file.scope)) }
        return sharedDataGuard.abandonedRun ? nil : result
    }
}
