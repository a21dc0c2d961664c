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
    /// The `maintainers` entries, nil where the list has a null entry.
    public var maintainers: [ChartMaintainer?]
    /// True when the `dependencies` list has a null entry, which Helm's validation rejects.
    public var containsNullDependency: Bool
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
        // Helm's validation sanitizes these fields in place, so templates see the result too.
        apiVersion = string("apiVersion")
        name = MetadataText.sanitized(string("name"))
        version = string("version")
        appVersion = MetadataText.sanitized(string("appVersion"))
        description = MetadataText.sanitized(string("description"))
        type = string("type")
        kubeVersion = MetadataText.sanitized(string("kubeVersion"))
        home = MetadataText.sanitized(string("home"))
        icon = MetadataText.sanitized(string("icon"))
        if case .bool(let flag) = document["deprecated"] ?? .null {
            deprecated = flag
        } else {
            deprecated = false
        }
        keywords = strings("keywords").map(MetadataText.sanitized)
        sources = strings("sources").map(MetadataText.sanitized)
        var annotations: [String: String] = [:]
        for (key, value) in document["annotations"]?.mapValue?.entries ?? [:] {
            annotations[key] = value.stringValue ?? value.goPrinted
        }
        self.annotations = annotations
        let dependencyEntries = document["dependencies"]?.listValue ?? []
        dependencies = dependencyEntries.compactMap { entry in
            entry.mapValue.map(ChartDependency.init(document:))
        }
        containsNullDependency = dependencyEntries.contains { $0.isNull }
        maintainers = (document["maintainers"]?.listValue ?? []).map { entry in
            entry.isNull ? nil : ChartMaintainer(document: entry.mapValue ?? ValueMap())
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
        name = MetadataText.sanitized(string("name"))
        version = MetadataText.sanitized(string("version"))
        repository = MetadataText.sanitized(string("repository"))
        condition = MetadataText.sanitized(string("condition"))
        alias = string("alias")
        tags = (document["tags"]?.listValue ?? []).map { MetadataText.sanitized($0.stringValue ?? $0.goPrinted) }
        importValues = document["import-values"]?.listValue ?? []
    }

    /// The name the subchart goes by in this chart: its alias when it has one.
    public var effectiveName: String { alias.isEmpty ? name : alias }
}

/// One entry of the `maintainers` list in `Chart.yaml`, sanitized as Helm's validation does.
public struct ChartMaintainer: Sendable {
    public var name: String
    public var email: String
    public var url: String

    public init(document: ValueMap) {
        func string(_ key: String) -> String {
            guard let value = document[key], !value.isNull else { return "" }
            return MetadataText.sanitized(value.stringValue ?? value.goPrinted)
        }
        name = string("name")
        email = string("email")
        url = string("url")
    }
}

/// Helm's `sanitizeString` for metadata text: white space becomes a plain space and other
/// characters that are not printable are dropped.
enum MetadataText {
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value >= 0x7F }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                scalars.append(" ")
            } else if GoQuoting.isPrint(scalar) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
