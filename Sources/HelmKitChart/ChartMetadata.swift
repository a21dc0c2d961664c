import HelmKitValues

/// The contents of `Chart.yaml`.
public struct ChartMetadata: Sendable {
    public var apiVersion: String
    public var name: String
    public var version: String
    public var appVersion: String
    public var description: String
    public var type: String
    public var kubeVersion: String
    public var home: String
    public var icon: String
    public var deprecated: Bool
    public var keywords: [String]
    public var sources: [String]
    public var annotations: [String: String]
    public var dependencies: [ChartDependency]
    /// The whole document as read, for fields templates reach that are not modelled above.
    public var document: ValueMap

    /// Reads metadata from a decoded `Chart.yaml` document.
    public init(document: ValueMap) {
        func string(_ key: String) -> String {
            guard let value = document[key], !value.isNull else { return "" }
            return value.stringValue ?? value.goPrinted
        }
        func strings(_ key: String) -> [String] {
            (document[key]?.listValue ?? []).map { $0.stringValue ?? $0.goPrinted }
        }
        self.document = document
        apiVersion = string("apiVersion")
        name = string("name")
        version = string("version")
        appVersion = string("appVersion")
        description = string("description")
        type = string("type")
        kubeVersion = string("kubeVersion")
        home = string("home")
        icon = string("icon")
        if case .bool(let flag) = document["deprecated"] ?? .null {
            deprecated = flag
        } else {
            deprecated = false
        }
        keywords = strings("keywords")
        sources = strings("sources")
        var annotations: [String: String] = [:]
        for (key, value) in document["annotations"]?.mapValue?.entries ?? [:] {
            annotations[key] = value.stringValue ?? value.goPrinted
        }
        self.annotations = annotations
        dependencies = (document["dependencies"]?.listValue ?? []).compactMap { entry in
            entry.mapValue.map(ChartDependency.init(document:))
        }
    }
}

/// One entry of the `dependencies` list in `Chart.yaml`.
public struct ChartDependency: Sendable {
    public var name: String
    public var version: String
    public var repository: String
    /// Comma-separated value paths; the first that resolves to a boolean decides.
    public var condition: String
    public var tags: [String]
    public var alias: String
    /// `import-values` entries: strings, or maps with `child` and `parent`.
    public var importValues: [Value]

    public init(document: ValueMap) {
        func string(_ key: String) -> String {
            guard let value = document[key], !value.isNull else { return "" }
            return value.stringValue ?? value.goPrinted
        }
        name = string("name")
        version = string("version")
        repository = string("repository")
        condition = string("condition")
        alias = string("alias")
        tags = (document["tags"]?.listValue ?? []).map { $0.stringValue ?? $0.goPrinted }
        importValues = document["import-values"]?.listValue ?? []
    }

    /// The name the subchart goes by in this chart: its alias when it has one.
    public var effectiveName: String { alias.isEmpty ? name : alias }
}
