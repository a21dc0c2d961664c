import Foundation
import HelmKitTemplate
import HelmKitValues

/// Parses of `tpl` texts by text, filled by the `tpl` calls themselves and ahead of them by a
/// second thread that parses the strings in the chart's values that look like templates.
///
/// Go parses the text again on every `tpl` call. The parse depends only on the text and the
/// function names, which stay the same during a render, so a stored parse and its error are
/// what a new parse would give.
final class TplParseCache: @unchecked Sendable {
    /// Parses kept at most, and text kept at most in bytes, so that a chart that builds new
    /// texts in a loop cannot grow the cache without bound. Past either limit, parses are
    /// not stored.
    static let maxEntries = 20_000
    static let maxTextBytes = 32 * 1024 * 1024

    /// Entries, their text size and whether prefetching should stop, guarded by `lock`.
    private var entries: [String: Result<ParsedTemplateText, any Error>] = [:]
    private var textBytes = 0
    private var isPrefetchStopped = false
    private let lock = NSLock()
    private var prefetch: BackgroundTask<Void>?

    /// Returns the parse of `text`, from the cache or from `parse`, which runs on the calling
    /// thread when no parse of `text` is stored yet.
    func parsed(_ text: String, parse: () throws -> ParsedTemplateText) throws -> ParsedTemplateText {
        if let stored = lock.withLock({ entries[text] }) {
            return try stored.get()
        }
        let result = Result { try parse() }
        store(result, for: text)
        return try result.get()
    }

    /// Starts parsing, on a second thread, the strings in `values` that contain `{{`, the
    /// only delimiter `tpl` accepts. `parse` must be safe to call from that thread.
    func startPrefetch(of values: ValueMap, parse: @escaping (String) throws -> ParsedTemplateText) {
        let candidates = Self.templateLikeStrings(in: values)
        guard !candidates.isEmpty else { return }
        prefetch = BackgroundTask(yielding: true) { [self] in
            for text in candidates {
                let (isStopped, isStored) = lock.withLock { (isPrefetchStopped, entries[text] != nil) }
                if isStopped { return }
                if !isStored { store(Result { try parse(text) }, for: text) }
            }
        }
    }

    /// Stops the prefetching thread after the text it is parsing, and waits for it, so that
    /// rendering does not wait for parses that no `tpl` call will use.
    func finishPrefetch() {
        lock.withLock { isPrefetchStopped = true }
        _ = prefetch?.wait()
        prefetch = nil
    }

    private func store(_ result: Result<ParsedTemplateText, any Error>, for text: String) {
        lock.withLock {
            guard entries[text] == nil, entries.count < Self.maxEntries,
                  textBytes + text.utf8.count <= Self.maxTextBytes else { return }
            entries[text] = result
            textBytes += text.utf8.count
        }
    }

    /// Collects distinct strings containing `{{` from the values tree, up to `maxEntries`.
    static func templateLikeStrings(in values: ValueMap) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        var pending: [Value] = [.map(values)]
        var visited = 0
        // The walk is bounded as the cache is, and by a node count in case values repeat maps.
        while let next = pending.popLast(), found.count < maxEntries, visited < 1_000_000 {
            visited += 1
            switch next {
            case .string(let text):
                if text.utf8.count >= 4, containsTemplateDelimiter(text), seen.insert(text).inserted {
                    found.append(text)
                }
            case .list(let items):
                pending.append(contentsOf: items.reversed())
            case .map(let map):
                pending.append(contentsOf: map.entries.values)
            default:
                break
            }
        }
        return found
    }

    private static func containsTemplateDelimiter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "{") { return true }
            previous = byte
        }
        return false
    }
}
