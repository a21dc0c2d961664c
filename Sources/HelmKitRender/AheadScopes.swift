import HelmKitValues

/// The scopes that files executed ahead of their turn read: copies of each chart's scope and
/// of the subchart scopes below it, with `.Template` as Helm's order leaves it at the file's turn.
///
/// Before each file, the render writes `.Template` into its chart's scope, which every file of
/// that chart shares. A parent's files reach a subchart's scope through `.Subcharts`, so Helm
/// shows them the subchart's last executed file there. The second thread must read none of the
/// maps the render writes, so each of its files gets copies of all the scope maps it can reach.
enum AheadScopes {
    /// Returns, for each file in Helm's order, the scope to execute it with ahead of its turn.
    /// `templateInfo` gives `.Template` for a file.
    static func make(files: [(name: String, template: Renderable)],
                     templateInfo: (String, Renderable) -> ValueMap) -> [ValueMap] {
        var builder = Builder()
        for file in files {
            builder.recordParents(below: file.template.scope)
        }
        return files.map { file in
            let info = templateInfo(file.name, file.template)
            let scope = builder.copy(of: file.template.scope, template: info)
            builder.recordExecution(of: file.template.scope, template: info)
            return scope
        }
    }

    private struct Builder {
        /// The parent scope of each subchart scope: the one whose `.Subcharts` contains it.
        var parents: [ObjectIdentifier: ValueMap] = [:]
        /// `.Template` of each scope after the files recorded so far.
        var templates: [ObjectIdentifier: ValueMap] = [:]
        /// A count that moves whenever a file of a chart below the scope is recorded, and the
        /// copied `.Subcharts` made at that count.
        var changesBelow: [ObjectIdentifier: Int] = [:]
        var copiedSubcharts: [ObjectIdentifier: (changes: Int, subcharts: ValueMap)] = [:]

        mutating func recordParents(below scope: ValueMap) {
            for child in Self.children(of: scope) where parents[ObjectIdentifier(child)] == nil {
                parents[ObjectIdentifier(child)] = scope
                recordParents(below: child)
            }
        }

        /// Records that the file with `template` as `.Template` has executed in `scope`.
        mutating func recordExecution(of scope: ValueMap, template: ValueMap) {
            templates[ObjectIdentifier(scope)] = template
            var ancestor = parents[ObjectIdentifier(scope)]
            while let current = ancestor {
                changesBelow[ObjectIdentifier(current), default: 0] += 1
                ancestor = parents[ObjectIdentifier(current)]
            }
        }

        /// Copies `scope` with `.Template` set to `template`, or left out when nil, and its
        /// subcharts' scopes as the files recorded so far left them.
        mutating func copy(of scope: ValueMap, template: ValueMap?) -> ValueMap {
            let copy = ValueMap(scope.entries)
            copy.goTypeName = scope.goTypeName
            copy.entries["Template"] = template.map { .map($0) }
            if let subcharts = subchartsCopy(of: scope) {
                copy["Subcharts"] = .map(subcharts)
            }
            return copy
        }

        private mutating func subchartsCopy(of scope: ValueMap) -> ValueMap? {
            guard case .map(let subcharts)? = scope["Subcharts"] else { return nil }
            let id = ObjectIdentifier(scope)
            let changes = changesBelow[id, default: 0]
            if let cached = copiedSubcharts[id], cached.changes == changes { return cached.subcharts }

            let copy = ValueMap(subcharts.entries)
            copy.goTypeName = subcharts.goTypeName
            for (name, value) in subcharts.entries {
                guard case .map(let child) = value else { continue }
                copy[name] = .map(self.copy(of: child, template: templates[ObjectIdentifier(child)]))
            }
            copiedSubcharts[id] = (changes, copy)
            return copy
        }

        static func children(of scope: ValueMap) -> [ValueMap] {
            guard case .map(let subcharts)? = scope["Subcharts"] else { return [] }
            return subcharts.entries.values.compactMap { value in
                if case .map(let child) = value { return child }
                return nil
            }
        }
    }
}
