/// The differences between two renderings of a release, resource by resource.
public struct ReleaseDiff: Sendable {
    public enum Change: Sendable {
        case added(Resource)
        case removed(Resource)
        case changed(old: Resource, new: Resource, lines: [String])
    }

    public var changes: [Change]

    public var hasChanges: Bool { !changes.isEmpty }

    /// Options that decide what counts as a change and how much is shown.
    public struct Options: Sendable {
        /// Unchanged lines shown around each change.
        public var context = 5
        /// Kinds left out of the comparison.
        public var suppressedKinds: Set<String> = []
        /// Print secret values instead of their size and digest.
        public var showSecrets = false
        /// Drop carriage returns at line ends before comparing.
        public var stripTrailingCarriageReturn = false

        public init() {}
    }

    /// Compares the resources of two renderings.
    public init(old: [Resource], new: [Resource], options: Options) throws {
        func index(_ resources: [Resource]) -> [Resource.Identity: Resource] {
            var byIdentity: [Resource.Identity: Resource] = [:]
            for resource in resources where !options.suppressedKinds.contains(resource.identity.kind) {
                byIdentity[resource.identity] = resource
            }
            return byIdentity
        }
        let oldIndex = index(old)
        let newIndex = index(new)

        var changes: [Change] = []
        for identity in Set(oldIndex.keys).union(newIndex.keys).sorted() {
            switch (oldIndex[identity], newIndex[identity]) {
            case (let before?, let after?):
                let oldLines = try Self.lines(of: before, options: options)
                let newLines = try Self.lines(of: after, options: options)
                if oldLines == newLines { continue }
                let edits = LineDiff.edits(oldLines, newLines)
                changes.append(.changed(old: before, new: after, lines: LineDiff.unified(edits, context: options.context)))
            case (nil, let after?):
                changes.append(.added(after))
            case (let before?, nil):
                changes.append(.removed(before))
            case (nil, nil):
                continue
            }
        }
        self.changes = changes
    }

    static func lines(of resource: Resource, options: Options) throws -> [String] {
        var text = options.showSecrets ? resource.text : try SecretMasking.maskedText(of: resource)
        if options.stripTrailingCarriageReturn {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
                .joined(separator: "\n")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
