/// The classes `\p{Lu}` and `\p{Ll}` become under Go's `i` flag. Go adds every rune that shares
/// a simple case-folding orbit with a member. So `(?i)\p{Lu}` matches `a` and U+0345, which
/// folds to ι, but not `ĸ`, a lowercase letter without an upper case.
///
/// The orbits come from the standard library's single-scalar case mappings, which relate the
/// same characters as Unicode's simple case folding except for the Turkic dotless ı. Only cased
/// characters have mappings, and all of them lie below U+20000.
enum GoCaseFoldedClasses {
    static let uppercase: [ClosedRange<UInt32>] = orbitRanges(containing: .uppercaseLetter)
    static let lowercase: [ClosedRange<UInt32>] = orbitRanges(containing: .lowercaseLetter)

    private static func orbitRanges(containing category: Unicode.GeneralCategory) -> [ClosedRange<UInt32>] {
        let orbits = caseOrbits()
        var members: [UInt32] = []
        for orbit in orbits where orbit.contains(where: { Unicode.Scalar($0)?.properties.generalCategory == category }) {
            members.append(contentsOf: orbit)
        }
        members.sort()

        var ranges: [ClosedRange<UInt32>] = []
        for member in members {
            if let last = ranges.last, last.upperBound + 1 >= member {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, member)
            } else {
                ranges.append(member...member)
            }
        }
        return ranges
    }

    /// Groups the cased characters into orbits joined by their one-scalar lower, upper and
    /// title case mappings.
    private static func caseOrbits() -> [[UInt32]] {
        var parent: [UInt32: UInt32] = [:]
        func root(_ value: UInt32) -> UInt32 {
            var current = value
            while let next = parent[current], next != current {
                current = next
            }
            return current
        }
        func join(_ left: UInt32, _ right: UInt32) {
            let leftRoot = root(left)
            let rightRoot = root(right)
            if leftRoot != rightRoot {
                parent[max(leftRoot, rightRoot)] = min(leftRoot, rightRoot)
            }
        }

        for value in UInt32(0)..<0x20000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isCased, isInGoUnicode(scalar) else { continue }
            parent[value] = parent[value] ?? value
            let properties = scalar.properties
            // Case folding leaves the Turkic dotless ı apart from I, although I is its upper case.
            let mappings = value == 0x131
                ? [properties.lowercaseMapping]
                : [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
            for mapping in mappings {
                let mapped = mapping.unicodeScalars
                guard mapped.count == 1, let target = mapped.first, target.value != value, isInGoUnicode(target) else {
                    continue
                }
                parent[target.value] = parent[target.value] ?? target.value
                join(value, target.value)
            }
        }

        var orbits: [UInt32: [UInt32]] = [:]
        for value in parent.keys {
            orbits[root(value), default: []].append(value)
        }
        return Array(orbits.values)
    }

    // NOTE: general categories come from the standard library's Unicode version, so a letter
    // whose category changed after 15.0 (U+0295 moved from Ll to Lo) is classed by the new one.

    /// Returns whether `scalar` was assigned by Unicode 15.0, the version of Go's tables: the
    /// standard library may know later characters.
    private static func isInGoUnicode(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 15 || (age.major == 15 && age.minor == 0)
    }
}
