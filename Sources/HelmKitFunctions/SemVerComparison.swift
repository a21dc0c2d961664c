/// The comparison operators of Masterminds/semver v3.5.0, with its wildcard rules.
extension SemVerConstraints.Comparison {
    func isSatisfied(by version: SemanticVersion, includingPrerelease: Bool) -> Bool {
        if !version.prerelease.isEmpty && !includingPrerelease { return false }

        switch operation {
        case "", "=":
            return isDirty ? satisfiesTilde(version) : version.compare(self.version) == 0
        case "!=":
            return satisfiesNotEqual(version)
        case ">":
            return satisfiesGreaterThan(version)
        case "<":
            return version.compare(self.version) < 0
        case ">=", "=>":
            return version.compare(self.version) >= 0
        case "<=", "=<":
            return satisfiesLessThanOrEqual(version)
        case "~", "~>":
            return satisfiesTilde(version)
        case "^":
            return satisfiesCaret(version)
        default:
            return false
        }
    }

    private func satisfiesNotEqual(_ candidate: SemanticVersion) -> Bool {
        if isDirty {
            if version.major != candidate.major { return true }
            if version.minor != candidate.minor && !isMinorDirty { return true }
            if isMinorDirty { return false }
            if version.patch != candidate.patch && !isPatchDirty { return true }
            if isPatchDirty {
                if !candidate.prerelease.isEmpty || !version.prerelease.isEmpty {
                    return SemanticVersion.comparePrerelease(candidate.prerelease, version.prerelease) != 0
                }
                return false
            }
        }
        return candidate.compare(version) != 0
    }

    private func satisfiesGreaterThan(_ candidate: SemanticVersion) -> Bool {
        guard isDirty else { return candidate.compare(version) == 1 }
        if candidate.major != version.major { return candidate.major > version.major }
        if isMinorDirty { return false }
        if isPatchDirty { return candidate.minor > version.minor }
        return candidate.compare(version) == 1
    }

    private func satisfiesLessThanOrEqual(_ candidate: SemanticVersion) -> Bool {
        guard isDirty else { return candidate.compare(version) <= 0 }
        if candidate.major > version.major { return false }
        if candidate.major == version.major && candidate.minor > version.minor && !isMinorDirty { return false }
        return true
    }

    private func satisfiesTilde(_ candidate: SemanticVersion) -> Bool {
        if candidate.compare(version) < 0 { return false }
        if version.major == 0 && version.minor == 0 && version.patch == 0 && !isMinorDirty && !isPatchDirty {
            return true
        }
        if candidate.major != version.major { return false }
        if candidate.minor != version.minor && !isMinorDirty { return false }
        return true
    }

    private func satisfiesCaret(_ candidate: SemanticVersion) -> Bool {
        if candidate.compare(version) < 0 { return false }
        if version.major > 0 || isMinorDirty { return candidate.major == version.major }
        if candidate.major > 0 { return false }
        if version.minor > 0 || isPatchDirty { return candidate.minor == version.minor }
        if candidate.minor > 0 { return false }
        return candidate.patch == version.patch
    }
}
