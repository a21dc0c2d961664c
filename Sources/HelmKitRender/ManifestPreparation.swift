import Foundation

/// Splits and decodes rendered files on a second thread while the engine renders the next
/// ones, so that sorting the manifests afterwards finds most of its work done.
///
/// Decoding a document is independent of every other, and the results only replace what
/// `ManifestSorter` would compute itself, in the same order, with the same errors.
final class ManifestPreparation: @unchecked Sendable {
    /// Files waiting for the worker and the files it has prepared, both guarded by `lock`.
    private var waiting: [(path: String, content: String)] = []
    private var prepared: [String: PreparedManifestFile] = [:]
    private let lock = NSLock()
    /// Signalled once per submitted file and once when closing.
    private let available = DispatchSemaphore(value: 0)
    private var worker: BackgroundTask<Void>?
    /// The result of the first `finish()`, returned again by later calls without waiting.
    private var finished: [String: PreparedManifestFile]?

    init() {
        worker = BackgroundTask(yielding: true) { [self] in
            while let next = nextFile() { prepare(next) }
        }
    }

    /// Queues a rendered file. Partials and `NOTES.txt` need not be submitted; the sorter
    /// skips them either way.
    func submit(path: String, content: String) {
        lock.withLock { waiting.append((path, content)) }
        available.signal()
    }

    /// Waits for the worker to prepare every submitted file and returns them by path. Call it
    /// from the thread that submits, on every path, so that the worker thread ends.
    @discardableResult
    func finish() -> [String: PreparedManifestFile] {
        if let finished { return finished }
        // The worker runs only on an idle core, so what it has not taken is prepared here.
        while let next = lock.withLock({ waiting.isEmpty ? nil : waiting.removeFirst() }) {
            prepare(next)
        }
        // The extra signal wakes the worker if it waits on an empty queue, which ends it.
        available.signal()
        _ = worker?.wait()
        let result = lock.withLock { prepared }
        finished = result
        return result
    }

    private func prepare(_ next: (path: String, content: String)) {
        let file = PreparedManifestFile(path: next.path, content: next.content)
        lock.withLock { prepared[next.path] = file }
    }

    /// Waits for the next submitted file, or returns nil after `finish` has signalled with the
    /// queue empty. Files are submitted before `finish`, so an empty queue then means the end.
    private func nextFile() -> (path: String, content: String)? {
        available.wait()
        return lock.withLock { waiting.isEmpty ? nil : waiting.removeFirst() }
    }
}
