internal import COpenSSL
import Foundation

/// Makes the keys and certificates of a seeded render repeatable. While such a function runs,
/// OpenSSL draws its random bytes from the render's seeded source instead of the operating
/// system: RSA primes, EC and Ed25519 secrets, DSA and ECDSA nonces, serial numbers.
///
/// OpenSSL keeps its random method in one process-wide slot, so calls are serialized and the
/// default method is restored after each.
enum SeededOpenSSLRandom {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var source: (@Sendable (Int) -> Int)?
    nonisolated(unsafe) private static var method = RAND_METHOD(
        seed: nil, bytes: fillFromSource, cleanup: nil, add: nil, pseudorand: fillFromSource, status: { 1 })

    /// Runs `body` with OpenSSL's random bytes drawn from `randomBelow`, or runs it unchanged
    /// when `randomBelow` is nil.
    static func run<Result>(drawingFrom randomBelow: (@Sendable (Int) -> Int)?, _ body: () throws -> Result) rethrows -> Result {
        // Unseeded calls wait too: while a seeded call runs, any other key generation in the
        // process would draw from, and shift, the seeded source.
        lock.lock()
        defer { lock.unlock() }
        guard let randomBelow else { return try body() }

        source = randomBelow
        helmkit_set_rand_method(&method)
        defer {
            helmkit_set_rand_method(nil)
            source = nil
        }
        return try body()
    }

    fileprivate static func fill(_ buffer: UnsafeMutablePointer<UInt8>, count: Int) {
        guard let source else { return }
        for index in 0..<count {
            buffer[index] = UInt8(truncatingIfNeeded: source(256))
        }
    }
}

private func fillFromSource(_ buffer: UnsafeMutablePointer<UInt8>?, _ count: Int32) -> Int32 {
    guard let buffer, count > 0 else { return 1 }
    SeededOpenSSLRandom.fill(buffer, count: Int(count))
    return 1
}
