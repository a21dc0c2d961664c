import HelmKitDiff
import Testing

/// Expected hunks are what GNU diffutils' `diff -U N` prints for the same inputs.
struct LineDiffTests {
    static let letters = "a b c d e f g h i j k l m".split(separator: " ").map(String.init)

    @Test func hunksMatchGNUDiff() {
        var changed = Self.letters
        changed[1] = "B"
        changed.append("n")
        let lines = LineDiff.unified(LineDiff.edits(Self.letters, changed), context: 2)
        #expect(lines == ["@@ -1,4 +1,4 @@", " a", "-b", "+B", " c", " d", "@@ -12,2 +12,3 @@", " l", " m", "+n"])
    }

    @Test func addedToEmpty() {
        #expect(LineDiff.unified(LineDiff.edits([], ["x"]), context: 1) == ["@@ -0,0 +1 @@", "+x"])
    }

    @Test func removedToEmpty() {
        #expect(LineDiff.unified(LineDiff.edits(["x"], []), context: 1) == ["@@ -1 +0,0 @@", "-x"])
    }

    @Test func identicalInputsGiveNoHunks() {
        #expect(LineDiff.unified(LineDiff.edits(Self.letters, Self.letters), context: 3).isEmpty)
    }

    /// The edits must rebuild both sides and be as short as a longest common subsequence allows.
    @Test func editsAreMinimalOnRandomInputs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let old = (0..<Int.random(in: 0...12, using: &generator)).map { _ in String(Int.random(in: 0...3, using: &generator)) }
            let new = (0..<Int.random(in: 0...12, using: &generator)).map { _ in String(Int.random(in: 0...3, using: &generator)) }
            let edits = LineDiff.edits(old, new)

            var rebuiltOld: [String] = []
            var rebuiltNew: [String] = []
            var unchangedCount = 0
            for edit in edits {
                switch edit {
                case .same(let line):
                    rebuiltOld.append(line)
                    rebuiltNew.append(line)
                    unchangedCount += 1
                case .removed(let line):
                    rebuiltOld.append(line)
                case .added(let line):
                    rebuiltNew.append(line)
                }
            }
            #expect(rebuiltOld == old, "\(old) -> \(new)")
            #expect(rebuiltNew == new, "\(old) -> \(new)")
            #expect(unchangedCount == longestCommonSubsequence(old, new), "\(old) -> \(new)")
        }
    }

    func longestCommonSubsequence(_ left: [String], _ right: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in left.indices {
            for j in right.indices {
                table[i + 1][j + 1] = left[i] == right[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[left.count][right.count]
    }
}
