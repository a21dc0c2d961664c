import HelmKitTemplate
import HelmKitValues

/// Sprig's `merge` and `mergeOverwrite`, which deep-merge with dario.cat/mergo v1.0.1 into the
/// first map in place.
extension FunctionLibrary {
    static func dictMergeFunctions() -> [String: TemplateFunction] {
        func merging(overwrite: Bool) -> TemplateFunction {
            { arguments in
                let checked = try Arguments(arguments, atLeast: 1)
                let destination = try checked.map(0) ?? ValueMap()
                let sources = try checked.maps(from: 1)
                for source in sources {
                    guard let source else { continue }
                    try DictMerge.merge(source, into: destination, overwrite: overwrite)
                }
                return .map(destination)
            }
        }

        let merge = merging(overwrite: false)
        let mergeOverwrite = merging(overwrite: true)
        return [
            "merge": merge, "mustMerge": merge,
            "mergeOverwrite": mergeOverwrite, "mustMergeOverwrite": mergeOverwrite,
        ]
    }
}

enum DictMerge {
    static let maximumDepth = 1_000

    /// Merges as mergo does for `map[string]interface{}`.
    ///
    /// Without `overwrite`, a source value fills a key that is missing or has an empty value.
    /// With it, every non-nil source value replaces the destination's, and nil replaces too.
    /// Either way, two maps under one key merge recursively into the destination's map, which
    /// stays in place unless it is still empty.
    static func merge(_ source: ValueMap, into destination: ValueMap, overwrite: Bool, depth: Int = 0) throws {
        // A map set inside itself would recurse forever, which crashes Go's stack.
        guard depth < maximumDepth else {
            throw FunctionCallError.failed("merge: maps nested more than \(maximumDepth) levels deep; is a map inside itself?")
        }
        for (key, sourceValue) in source.entries {
            if sourceValue.isNull {
                if overwrite { destination[key] = .null }
                continue
            }

            let destinationValue = destination[key]
            if case .map(let sourceMap) = sourceValue, case .map(let destinationMap)? = destinationValue {
                try merge(sourceMap, into: destinationMap, overwrite: overwrite, depth: depth + 1)
            }

            if let destinationValue, !GoConversions.isEmpty(destinationValue),
               case .map = sourceValue, case .map = destinationValue {
                continue
            }

            if overwrite || destinationValue.map(GoConversions.isEmpty) ?? true {
                destination[key] = sourceValue
            }
        }
    }
}
