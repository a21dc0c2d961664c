import HelmKitTemplate
import HelmKitValues

/// Helm's own template functions from its engine (`toYaml`, `fromJson`, `lookup`, …) and Sprig's
/// other JSON functions. Helm's versions replace Sprig's where both define a name.
extension FunctionLibrary {
    static func helmFunctions() -> [String: TemplateFunction] {
        var table = yamlFunctions()
        table.merge(jsonFunctions()) { _, later in later }

        table["lookup"] = { arguments in
            let checked = try Arguments(arguments, count: 4)
            for index in 0..<4 { _ = try checked.string(index) }
            // Without a cluster connection, Helm's `lookup` finds nothing.
            return .map(ValueMap())
        }
        table["getHostByName"] = { arguments in
            _ = try Arguments(arguments, count: 1).string(0)
            // Helm answers "" unless DNS lookups are enabled, which `helm template` leaves off.
            return .string("")
        }
        // Encoding nil panics in the library, before it can return an error.
        let nilPanic = FunctionCallError.failed("reflect: call of reflect.Value.Type on zero Value")
        table["toToml"] = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            if value.isNull { throw nilPanic }
            do {
                return .string(try TOMLEncoder.encode(ObjectEncoding.tomlReady(value)))
            } catch {
                // Helm returns the encoding error as the text.
                return .string(String(describing: error))
            }
        }
        table["mustToToml"] = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            if value.isNull { throw nilPanic }
            do {
                return .string(try TOMLEncoder.encode(ObjectEncoding.tomlReady(value)))
            } catch {
                throw FunctionCallError.failed(String(describing: error))
            }
        }
        table["fromToml"] = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            do {
                return .map(try TOMLDecoder.decode(text))
            } catch {
                return errorMap(String(describing: error))
            }
        }
        return table
    }

    static func yamlFunctions() -> [String: TemplateFunction] {
        let toYaml: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            return .string((try? YAMLCodec.encode(try ObjectEncoding.jsonReady(value))).map(trimmingFinalNewline) ?? "")
        }
        let mustToYaml: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            do {
                return .string(trimmingFinalNewline(try YAMLCodec.encode(ObjectEncoding.jsonReady(value))))
            } catch let error as EncodingCycleError {
                // sigs.k8s.io/yaml encodes through encoding/json and wraps its errors.
                throw FunctionCallError.failed("error marshaling into JSON: \(error)")
            } catch {
                throw FunctionCallError.failed(String(describing: error))
            }
        }
        let toYamlPretty: TemplateFunction = { arguments in
            let value = try Arguments(arguments, count: 1)[0]
            return .string((try? PrettyYAML.encode(try ObjectEncoding.yamlReady(value))).map(trimmingFinalNewline) ?? "")
        }
        let fromYaml: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            do {
                return try YAMLCodec.decodeMap(text)
            } catch {
                return errorMap(String(describing: error))
            }
        }
        let fromYamlArray: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            do {
                return try YAMLCodec.decodeList(text)
            } catch {
                return .list([.string(String(describing: error))])
            }
        }

        return [
            "toYaml": toYaml, "mustToYaml": mustToYaml, "toYamlPretty": toYamlPretty,
            "fromYaml": fromYaml, "fromYamlArray": fromYamlArray,
        ]
    }

    static func trimmingFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    static func errorMap(_ message: String) -> Value {
        .dictionary(["Error": .string(message)])
    }
}
