import Foundation
import Testing
import HelmKitCLI

/// `helmkit` reads its environment from `environ` itself; it must match what Foundation reads.
@Suite struct ProcessEnvironmentTests {
    @Test func matchesFoundation() {
        let environment = ProcessEnvironment.current()
        #expect(!environment.isEmpty)
        #expect(environment == ProcessInfo.processInfo.environment)
    }
}
