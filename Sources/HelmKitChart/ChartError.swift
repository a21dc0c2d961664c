/// A chart or values problem, worded as Helm words it; the CLI prints it after `Error: `.
public struct ChartError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
