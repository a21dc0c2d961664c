import Foundation
import Testing
@testable import HelmKit

/// `ChartLocator` trims and standardizes the chart path without Foundation; the results must
/// be Foundation's.
@Suite struct ChartPathTests {
    @Test(arguments: [
        "charts/airbyte", "./charts/airbyte/", "charts/../charts/airbyte", "/tmp//x/./y/..", "/..", "/../x",
        ".", "..", "a/b/../../..", "/", "//x", "a//b", "x/", "../../../..", "/tmp/x/../../..", "a/./b/.", "a/..",
        "a b/ c", "dir.with.dots/..x/x..",
    ])
    func standardizedPathMatchesFoundation(path: String) {
        #expect(ChartLocator.standardizedPath(path) == URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    @Test(arguments: [
        "charts/airbyte", "  charts/airbyte\t", "\u{00A0}\u{2003}chart\u{3000}", " a b ", "\t\n x \n", "", " ", "\u{200B}x", "\u{1680}\u{202F}\u{205F}y\u{2009}", "\u{200C}z", "\u{FEFF}w\u{FEFF}",
    ])
    func trimmingMatchesFoundation(text: String) {
        #expect(ChartLocator.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }
}
