import Foundation
import HelmKitTemplate
import HelmKitValues

/// The functions Helm v4.2.3 gives templates, other than `include` and `tpl`, which the engine
/// binds to its template set: Sprig v3.3.0's text functions without `env` and `expandenv`, plus
/// Helm's own (`toYaml`, `required`, `lookup`, …).
public enum FunctionLibrary {
    /// Returns the function table by name.
    ///
    /// - Parameters:
    ///   - now: the clock behind `now`, `date`, `ago` and the other date functions.
    ///   - randomBelow: returns a uniformly random integer in `0..<bound` for a positive bound;
    ///     it drives `randAlphaNum`, `shuffle`, `randInt`, `uuidv4` and the like.
    ///   - seedsKeys: true when `randomBelow` is seeded, so that keys and certificates draw
    ///     their randomness from it too; otherwise OpenSSL uses the system's.
    public static func standard(
        now: @escaping @Sendable () -> Date = { Date() },
        randomBelow: @escaping @Sendable (Int) -> Int = { Int.random(in: 0..<$0) },
        seedsKeys: Bool = false
    ) -> [String: TemplateFunction] {
        let families: [[String: TemplateFunction]] = [
            stringFunctions(),
            randomStringFunctions(randomBelow: randomBelow),
            listFunctions(),
            dictFunctions(),
            mathFunctions(randomBelow: randomBelow),
            defaultFunctions(),
            encodingFunctions(),
            helmFunctions(),
            regexFunctions(),
            semverFunctions(),
            pathFunctions(),
            urlFunctions(),
            identifierFunctions(randomBelow: randomBelow),
            dateFunctions(now: now),
            certificateFunctions(now: now, seededRandom: seedsKeys ? randomBelow : nil),
            passwordFunctions(randomBelow: randomBelow),
        ]
        var table: [String: TemplateFunction] = [:]
        for family in families {
            table.merge(family) { _, later in later }
        }
        return table
    }
}
