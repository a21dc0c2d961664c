import Foundation
import HelmKitFunctions
import HelmKitValues

/// The differences between two renderings of a release, resource by resource.
public struct ReleaseDiff: Sendable {
    public enum Change: Sendable {
        case added(Resource)
        case removed(Resource)
        case changed(old: Resource, new: Resource, lines: [String])
    }

    public var changes: [Change]

    public var hasChanges: Bool { !changes.isEmpty }

    /// Counts the changes as `N changed, N added, N removed`.
    public var summary: String {
        var changed = 0
        var added = 0
        var removed = 0
        for change in changes {
            switch change {
            case .changed: changed += 1
            case .added: added += 1
            case .removed: removed += 1
            }
        }
        return "\(changed) changed, \(added) added, \(removed) removed"
    }

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
        /// Compare each resource re-encoded with sorted keys and canonical quoting, so a
        /// reformatted manifest is not a change.
        public var normalize = false
        /// Changed lines matching one of these patterns are not counted as changes.
        public var suppressedLinePatterns: [String] = []

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
                var edits = LineDiff.edits(oldLines, newLines)
                edits = try Self.suppressingLines(edits, patterns: options.suppressedLinePatterns)
                let lines = LineDiff.unified(edits, context: options.context)
                if lines.isEmpty { continue }
                changes.append(.changed(old: before, new: after, lines: lines))
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

    /// Turns removed and added lines that match a suppressed pattern into unchanged ones.
    static func suppressingLines(_ edits: [LineDiff.Edit], patterns: [String]) throws -> [LineDiff.Edit] {
        guard !patterns.isEmpty else { return edits }
        let expressions = try patterns.map { pattern -> GoRegularExpression in
            do {
                return try GoRegularExpression(pattern)
            } catch {
                throw DiffError("invalid --suppress-output-line-regex \"\(pattern)\": \(error)")
            }
        }
        func suppressed(_ line: String) -> Bool {
            expressions.contains { (try? $0.matches(line)) ?? false }
        }
        return edits.compactMap { edit in
            switch edit {
            case .removed(let line) where suppressed(line): return nil
            case .added(let line) where suppressed(line): return .same(line)
            default: return edit
            }
        }
    }

    static func lines(of resource: Resource, options: Options) throws -> [String] {
        var text = options.showSecrets ? resource.text : try SecretMasking.maskedText(of: resource)
        if options.normalize {
            let source = options.showSecrets ? resource : try ResourceParser.reparsed(resource, text: text)
            text = try YAMLCodec.encode(source.decoded)
        }
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
