import Foundation

/// Splits and decodes rendered files on a second thread while the engine renders the next
/// ones, so that sorting the manifests afterwards finds most of its work done.
///
/// Decoding a document is independent of every other, and the results only replace what
/// `ManifestSorter` would compute itself, in the same order, with the same errors.
final class ManifestPreparation: @unchecked Sendable {
    /// Files waiting for the worker, the files it has prepared, and whether more may come.
    /// All three are guarded by `lock`.
    private var waiting: [(path: String, content: String)] = []
    private var prepared: [String: PreparedManifestFile] = [:]
    private var isClosed = false
    private let lock = NSLock()
    /// Signalled once per submitted file and once when closing.
    private let available = DispatchSemaphore(value: 0)
    private var worker: BackgroundTask<Void>?
    /// The result of the first `finish()`, returned again by later calls without waiting.
    private var finished: [String: PreparedManifestFile]?

    init() {
        worker = BackgroundTask { [self] in
            while let next = nextFile() {
                let file = PreparedManifestFile(path: next.path, content: next.content)
                lock.withLock { prepared[next.path] = file }
            }
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
        lock.withLock { isClosed = true }
        available.signal()
        _ = worker?.wait()
        let result = lock.withLock { prepared }
        finished = result
        return result
    }

    private func nextFile() -> (path: String, content: String)? {
        while true {
            available.wait()
            let next: (path: String, content: String)?? = lock.withLock {
                if !waiting.isEmpty { return .some(waiting.removeFirst()) }
                return isClosed ? .some(nil) : nil
            }
            if let next { return next }
        }
    }
}
