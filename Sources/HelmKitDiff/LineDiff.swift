/// A line-based unified diff, from the shortest edit script of Myers' algorithm.
public enum LineDiff {
    public enum Edit: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// Returns the edits turning `old` into `new`.
    public static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        let oldCount = old.count
        let newCount = new.count
        let maximum = oldCount + newCount
        guard maximum > 0 else { return [] }

        // Forward pass, keeping each round's furthest-reaching paths for the backtrack.
        var furthest = [Int](repeating: 0, count: 2 * maximum + 2)
        var history: [[Int]] = []
        var found = false
        for depth in 0...maximum {
            history.append(furthest)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                let index = diagonal + maximum
                var x: Int
                if diagonal == -depth || (diagonal != depth && furthest[index - 1] < furthest[index + 1]) {
                    x = furthest[index + 1]
                } else {
                    x = furthest[index - 1] + 1
                }
                var y = x - diagonal
                while x < oldCount, y < newCount, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                furthest[index] = x
                if x >= oldCount, y >= newCount {
                    found = true
                    break
                }
            }
            if found { break }
        }

        // Backtrack from the end to the start, collecting edits in reverse.
        var result: [Edit] = []
        var x = oldCount
        var y = newCount
        for depth in stride(from: history.count - 1, through: 0, by: -1) {
            let previous = history[depth]
            let diagonal = x - y
            let index = diagonal + maximum
            let previousDiagonal: Int
            if diagonal == -depth || (diagonal != depth && previous[index - 1] < previous[index + 1]) {
                previousDiagonal = diagonal + 1
            } else {
                previousDiagonal = diagonal - 1
            }
            let previousX = depth == 0 ? 0 : previous[previousDiagonal + maximum]
            let previousY = previousX - previousDiagonal
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                result.append(.same(old[x]))
            }
            if depth == 0 { break }
            if x == previousX {
                y -= 1
                result.append(.added(new[y]))
            } else {
                x -= 1
                result.append(.removed(old[x]))
            }
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            result.append(.same(old[x]))
        }
        return result.reversed()
    }

    /// Formats a hunk range as GNU diff does: the count is left out when it is 1, and an empty
    /// range names the line before it.
    static func range(_ start: Int, _ length: Int) -> String {
        switch length {
        case 0: return "\(start - 1),0"
        case 1: return "\(start)"
        default: return "\(start),\(length)"
        }
    }

    /// Formats edits as unified diff hunks with `context` unchanged lines around each change.
    public static func unified(_ edits: [Edit], context: Int) -> [String] {
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }

        var lines: [String] = []
        var hunkStart = max(changed[0] - context, 0)
        var hunkEnd = min(changed[0] + context, edits.count - 1)
        var hunks: [(Int, Int)] = []
        for index in changed.dropFirst() {
            if index - context <= hunkEnd + 1 {
                hunkEnd = min(index + context, edits.count - 1)
            } else {
                hunks.append((hunkStart, hunkEnd))
                hunkStart = max(index - context, 0)
                hunkEnd = min(index + context, edits.count - 1)
            }
        }
        hunks.append((hunkStart, hunkEnd))

        for (start, end) in hunks {
            var oldLine = 1
            var newLine = 1
            for edit in edits[..<start] {
                switch edit {
                case .same: oldLine += 1; newLine += 1
                case .removed: oldLine += 1
                case .added: newLine += 1
                }
            }
            var oldLength = 0
            var newLength = 0
            var body: [String] = []
            for edit in edits[start...end] {
                switch edit {
                case .same(let text): body.append(" " + text); oldLength += 1; newLength += 1
                case .removed(let text): body.append("-" + text); oldLength += 1
                case .added(let text): body.append("+" + text); newLength += 1
                }
            }
            lines.append("@@ -\(range(oldLine, oldLength)) +\(range(newLine, newLength)) @@")
            lines += body
        }
        return lines
    }
}
