import HelmKitValues

/// A file of a chart, with its path relative to the chart's root folder (always `/`-separated).
public struct ChartFile: Sendable {
    public var path: String
    public var data: [UInt8]

    public init(path: String, data: [UInt8]) {
        self.path = path
        self.data = data
    }

    /// The contents as a Go string contains them: bytes that are not UTF-8 are kept, as
    /// `GoByteString` describes.
    public var text: String { GoByteString.string(data) }
}

/// A loaded chart: its metadata, default values, templates, other files and subcharts.
public struct Chart: Sendable {
    public var metadata: ChartMetadata
    /// The parsed `values.yaml`, an empty map when the chart has none.
    public var values: ValueMap
    /// The raw `values.schema.json`, when present.
    public var schema: [UInt8]?
    /// Files under `templates/`, paths relative to the chart root.
    public var templates: [ChartFile]
    /// Files under `crds/`.
    public var crds: [ChartFile]
    /// Every other file, as `.Files` serves them.
    public var files: [ChartFile]
    /// Subcharts found under `charts/`, in the order they were read.
    public var dependencies: [Chart]

    public var name: String { metadata.name }

    public var isLibrary: Bool { metadata.type == "library" }
}
