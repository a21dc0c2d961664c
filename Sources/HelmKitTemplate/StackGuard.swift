#if canImport(Glibc)
import Glibc
internal import CThreadStack
#elseif canImport(Darwin)
import Darwin
#endif

/// Detects when recursion nears the end of the current thread's stack, so that very deep
/// templates fail with an error instead of crashing.
///
/// Parsing and execution run on the caller's thread, because registered functions may be
/// closures isolated to it.
enum StackGuard {
    /// Stack kept free below the checked frames for function calls and error reporting.
    static let reserve = 192 * 1024

    /// The per-thread lowest safe address, cached because finding a thread's stack can be slow.
    private final class Limit {
        let address: UInt

        init(address: UInt) {
            self.address = address
        }
    }

    nonisolated(unsafe) private static var limitKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        })
        return key
    }()

    /// Returns the lowest address this thread's stack may safely grow to; 0 when unknown.
    static func currentLimit() -> UInt {
        if let stored = pthread_getspecific(limitKey) {
            return Unmanaged<Limit>.fromOpaque(stored).takeUnretainedValue().address
        }
        let limit = Limit(address: findLimit())
        pthread_setspecific(limitKey, Unmanaged.passRetained(limit).toOpaque())
        return limit.address
    }

    private static func findLimit() -> UInt {
        #if canImport(Glibc)
        var base: UnsafeMutableRawPointer? = nil
        var size = 0
        guard helmkit_current_thread_stack(&base, &size) == 0, let base else { return 0 }
        let low = UInt(bitPattern: base)
        return size > reserve * 2 ? low + UInt(reserve) : low + UInt(size / 2)
        #else
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = pthread_get_stacksize_np(pthread_self())
        return size > reserve * 2 ? top - UInt(size) + UInt(reserve) : top - UInt(size / 2)
        #endif
    }

    /// Returns true when the calling frame is below `limit`, that is, the stack is nearly full.
    @inline(never)
    static func isExhausted(limit: UInt) -> Bool {
        var marker: UInt8 = 0
        let address = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return address < limit
    }
}

/// Returns the size of the calling thread's stack in bytes, or nil when it cannot be found.
/// Work handed to another thread gets as much, so the allowed template nesting does not depend
/// on which thread runs it.
public func currentThreadStackSize() -> Int? {
    #if canImport(Glibc)
    var base: UnsafeMutableRawPointer? = nil
    var size = 0
    guard helmkit_current_thread_stack(&base, &size) == 0 else { return nil }
    return size
    #else
    return pthread_get_stacksize_np(pthread_self())
    #endif
}
