#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs parsing and execution on a thread with a large stack, so that the depths Go allows
/// (10,000 nested parentheses, 100,000 nested template calls) fail with Go's errors instead of
/// overflowing the caller's stack.
enum LargeStack {
    /// Stack size of the worker thread. Pages are only committed as recursion touches them.
    static let stackSize = 1 << 30

    /// The work and its outcome, handed to the worker thread; the caller waits for it.
    private final class Job: @unchecked Sendable {
        let body: () throws -> Void
        var failure: (any Error)?

        init(body: @escaping () throws -> Void) {
            self.body = body
        }
    }

    nonisolated(unsafe) private static var workerKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var isOnWorker: Bool {
        pthread_getspecific(workerKey) != nil
    }

    /// Runs `body` on a large-stack thread and waits for it; runs it directly when already on
    /// one, or when no thread can be started.
    static func run(_ body: () throws -> Void) throws {
        if isOnWorker {
            try body()
            return
        }
        try withoutActuallyEscaping(body) { escapable in
            let job = Job(body: escapable)
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, stackSize)

            let context = Unmanaged.passRetained(job).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t? = nil
            #else
            var thread = pthread_t()
            #endif
            let started = pthread_create(&thread, &attributes, { context in
                guard let context else { return nil }
                let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                pthread_setspecific(LargeStack.workerKey, UnsafeRawPointer(bitPattern: 1))
                do {
                    try job.body()
                } catch {
                    job.failure = error
                }
                return nil
            }, context)
            if started != 0 {
                Unmanaged<Job>.fromOpaque(context).release()
                try escapable()
                return
            }
            #if canImport(Darwin)
            if let thread { pthread_join(thread, nil) }
            #else
            pthread_join(thread, nil)
            #endif
            if let failure = job.failure { throw failure }
        }
    }
}
