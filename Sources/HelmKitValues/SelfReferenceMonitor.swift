/// Notices a map that contains itself while it is printed or copied.
///
/// Sprig's `set` can put a map inside itself (`set $d "self" $d`). Go's fmt and copystructure
/// then recurse until the stack overflows and Helm dies. HelmKit's printers and copies stop at
/// a depth no acyclic value reaches, report it here, and the template executor turns the report
/// into an error, because the printers themselves cannot throw.
public final class SelfReferenceMonitor: @unchecked Sendable {
    /// The nesting depth at which a printed or copied value is taken to contain itself. Values
    /// read from YAML or JSON nest at most 10,000 levels.
    public static let maxDepth = 100_000

    /// The monitor of the template execution running on this thread, if any.
    @TaskLocal public static var current: SelfReferenceMonitor?

    /// True once a printer or copy stopped at `maxDepth`.
    public private(set) var isTriggered = false

    public init() {}

    /// Records that a value nested past `maxDepth`.
    static func report() {
        current?.isTriggered = true
    }
}
