import Foundation

/// Keeps a render's charts, values and parsed templates alive until the process exits, once a
/// one-shot command has enabled it.
///
/// Freeing them object by object took several percent of a `helmkit template` run in a `perf`
/// profile, and the kernel reclaims the memory at exit anyway. Library callers leave this off, so
/// that repeated renders in one process free their memory.
public enum ExitKeepAlive {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var isEnabled = false
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Makes `keep(_:)` hold what it is given from now until the process exits.
    public static func enable() {
        lock.withLock { isEnabled = true }
    }

    /// Holds `value` until the process exits when enabled; otherwise does nothing.
    public static func keep(_ value: Any) {
        lock.withLock {
            if isEnabled { kept.append(value) }
        }
    }
}
