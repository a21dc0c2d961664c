import Foundation
import HelmKitTemplate

/// Parses a list of template texts on a second thread and on the thread that collects them,
/// each thread taking the next text that neither has taken yet.
///
/// The release renderer starts it as soon as the chart is loaded, so the second thread parses
/// while dependencies and values are processed. A text parses the same on any thread, because
/// a parse depends only on the text, its name and the set's function names.
final class TemplateParsing: @unchecked Sendable {
    /// Below this many bytes of templates, starting a thread costs more than it saves.
    static let parallelThreshold = 32 * 1024

    private let texts: [(name: String, text: String)]
    private let set: TemplateSet
    /// The index of the next text to take and the results so far, guarded by `lock`.
    private var nextIndex = 0
    private var results: [Result<ParsedTemplateText, any Error>?]
    private let lock = NSLock()
    private var worker: BackgroundTask<Void>?

    /// Starts parsing `texts` for `set`, whose functions must not change from now on.
    init(_ texts: [(name: String, text: String)], for set: TemplateSet) {
        self.texts = texts
        self.set = set
        results = Array(repeating: nil, count: texts.count)
        let totalBytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        if totalBytes >= Self.parallelThreshold {
            worker = BackgroundTask { [self] in parseUntaken() }
        }
    }

    /// Returns the parse of each requested text in the order given, joining in the parsing
    /// first. A text that was not among those started, or has changed since, is parsed here.
    func results(for requested: [(name: String, text: String)]) -> [(name: String, result: Result<ParsedTemplateText, any Error>)] {
        parseUntaken()
        _ = worker?.wait()
        worker = nil

        var indexByName: [String: Int] = [:]
        for (index, entry) in texts.enumerated() {
            indexByName[entry.name] = index
        }
        let finished = lock.withLock { results }
        return requested.map { entry in
            if let index = indexByName[entry.name], texts[index].text == entry.text, let result = finished[index] {
                return (entry.name, result)
            }
            return (entry.name, parse(name: entry.name, text: entry.text))
        }
    }

    private func parseUntaken() {
        while let index = take() {
            let result = parse(name: texts[index].name, text: texts[index].text)
            lock.withLock { results[index] = result }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard nextIndex < texts.count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }
    }

    private func parse(name: String, text: String) -> Result<ParsedTemplateText, any Error> {
        Result { try set.parseDetached(name: name, text: text) }
    }
}
