/// The templates of a set by name, in two layers: the trees a clone shares with the set it
/// was cloned from, and the ones added since.
///
/// Every `tpl` call clones the chart's set and adds its own text. With one dictionary, that
/// addition copied every template of the chart; with two layers it touches a small one.
struct TemplateTable {
    private var shared: [String: TemplateTree] = [:]
    private var added: [String: TemplateTree] = [:]

    subscript(name: String) -> TemplateTree? {
        get {
            if added.isEmpty { return shared[name] }
            return added[name] ?? shared[name]
        }
        set {
            added[name] = newValue
        }
    }

    /// Returns a table with the same templates, for a clone to add to.
    func copyForClone() -> TemplateTable {
        // The set's own templates become the shared layer as a whole, without a copy. A clone
        // of a clone keeps its parent's two layers; the added one is small.
        if shared.isEmpty { return TemplateTable(shared: added, added: [:]) }
        return self
    }
}
