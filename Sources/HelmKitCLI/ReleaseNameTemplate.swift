import HelmKitFunctions
import HelmKitTemplate
import HelmKitValues

/// `--name-template`: a Go template with the Sprig functions and no data, as Helm's
/// `TemplateName` runs it.
enum ReleaseNameTemplate {
    static func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: FunctionLibrary.standard())
        do {
            try set.parse(name: "name-template", text: text)
            return try set.execute(name: "name-template", data: .null)
        } catch let error as TemplateError {
            throw CommandError(error.message)
        }
    }
}
