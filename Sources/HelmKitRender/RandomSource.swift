import Foundation

/// The source of the values random and time functions return. By default, as in Helm, it is the
/// system. With a seed and a fixed time, two renderings of the same inputs are identical.
public struct RandomSource: Sendable {
    public let now: @Sendable () -> Date
    public let randomBelow: @Sendable (Int) -> Int
    /// True when the numbers follow from a seed, so keys and certificates should follow too.
    public let isSeeded: Bool

    /// The system clock and random generator.
    public static let system = RandomSource(now: { Date() }, randomBelow: { Int.random(in: 0..<$0) })

    public init(now: @escaping @Sendable () -> Date, randomBelow: @escaping @Sendable (Int) -> Int, isSeeded: Bool = false) {
        self.now = now
        self.randomBelow = randomBelow
        self.isSeeded = isSeeded
    }

    /// Returns a source whose numbers follow from `seed` and whose clock reads `time`, or the
    /// system clock when `time` is nil.
    public static func seeded(_ seed: UInt64, time: Date?) -> RandomSource {
        let generator = SeededGenerator(seed: seed)
        let randomBelow: @Sendable (Int) -> Int = { bound in generator.next(below: bound) }
        guard let time else { return RandomSource(now: { Date() }, randomBelow: randomBelow, isSeeded: true) }
        return RandomSource(now: { time }, randomBelow: randomBelow, isSeeded: true)
    }

    /// The system random generator with the clock fixed at `time`.
    public static func fixedTime(_ time: Date) -> RandomSource {
        RandomSource(now: { time }, randomBelow: { Int.random(in: 0..<$0) })
    }
}

/// SplitMix64: small, fast and fully determined by its seed, which is all `--seed` needs.
final class SeededGenerator: @unchecked Sendable {
    private var state: UInt64
    private let lock = NSLock()

    init(seed: UInt64) {
        state = seed
    }

    func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        lock.lock()
        defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(bound))
    }
}
