import Foundation
import HelmKitTemplate
internal import CThreadStack

/// Work run on a second thread while the caller goes on, collected with `wait()`.
///
/// Helm's Go runtime uses every core it has. Parsing the files of a chart and decoding the
/// documents it renders are independent from file to file, so HelmKit runs part of that work
/// beside the main thread.
public final class BackgroundTask<Output>: @unchecked Sendable {
    /// The closure and its result, handed between the two threads: the closure is only called
    /// on the new thread, and the result only read after `finished` is signalled.
    private let work: () -> Output
    private var output: Output?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread with a stack as large as the caller's. Work that only
    /// fills idle time is `yielding`: its thread runs at the lowest priority, so that it never
    /// takes a core from the threads the render waits for.
    public init(yielding: Bool = false, _ work: @escaping () -> Output) {
        self.work = work
        NativeThread.run(stackSize: currentThreadStackSize()) { [self] in
            if yielding { _ = helmkit_lower_thread_priority() }
            output = self.work()
            finished.signal()
        }
    }

    /// Waits for the work to finish and returns its result. Call it once.
    public func wait() -> Output? {
        finished.wait()
        return output
    }
}
