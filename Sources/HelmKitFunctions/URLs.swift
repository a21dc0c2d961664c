import HelmKitTemplate
import HelmKitValues

/// Sprig's `urlParse` and `urlJoin`, over Go's `net/url` parsing and printing.
extension FunctionLibrary {
    static func urlFunctions() -> [String: TemplateFunction] {
        let urlParse: TemplateFunction = { arguments in
            let text = try Arguments(arguments, count: 1).string(0)
            let url: GoURL
            do {
                url = try GoURL(parsing: text)
            } catch {
                throw FunctionCallError.failed("unable to parse url: \(error)")
            }
            return .dictionary([
                "scheme": .string(url.scheme), "host": .string(url.host), "hostname": .string(url.hostname),
                "path": .string(url.path), "query": .string(url.rawQuery), "opaque": .string(url.opaque),
                "fragment": .string(url.fragment), "userinfo": .string(url.userinfo ?? ""),
            ])
        }
        let urlJoin: TemplateFunction = { arguments in
            let parts = try Arguments(arguments, count: 1).map(0)
            func part(_ key: String) throws -> String {
                switch parts?[key] {
                case nil: return ""
                case .string(let text)?: return text
                case let other?:
                    throw FunctionCallError.failed("unable to parse \(key) key, must be of type string, but \(other.goKind) found")
                }
            }
            var url = GoURL()
            url.scheme = try part("scheme")
            url.host = try part("host")
            url.path = try part("path")
            url.rawQuery = try part("query")
            url.opaque = try part("opaque")
            url.fragment = try part("fragment")
            let userinfo = try part("userinfo")
            if !userinfo.isEmpty {
                do {
                    url.userinfo = try GoURL(parsing: "proto://\(userinfo)@host").userinfo
                } catch {
                    throw FunctionCallError.failed("unable to parse userinfo in dict: \(error)")
                }
            }
            return .string(url.description)
        }
        return ["urlParse": urlParse, "urlJoin": urlJoin]
    }
}
