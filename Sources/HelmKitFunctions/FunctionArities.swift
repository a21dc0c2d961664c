import HelmKitTemplate

/// The parameter counts of the Go functions behind the library, as Go's reflection checks them
/// before evaluating a call's arguments. Read from Helm v4.2.3 by calling each function with
/// no arguments and with twelve.
extension FunctionLibrary {
    public static let arities: [String: FunctionArity] = {
        var table: [String: FunctionArity] = [:]
        for name in [
            "hello", "now", "uuidv4"
        ] {
            table[name] = .exactly(0)
        }
        for name in [
            "add1", "add1f", "adler32sum", "ago", "atoi", "b32dec", "b32enc", "b64dec", "b64enc",
            "base", "bcrypt", "camelcase", "ceil", "clean", "compact", "deepCopy", "dir", "duration",
            "durationRound", "empty", "ext", "first", "float64", "floor", "fromJson", "fromJsonArray",
            "fromToml", "fromYaml", "fromYamlArray", "genPrivateKey", "getHostByName", "htmlDate",
            "initial", "initials", "int", "int64", "isAbs", "kebabcase", "kindOf", "last", "lower",
            "mustCompact", "mustDeepCopy", "mustFirst", "mustFromJson", "mustInitial", "mustLast",
            "mustRest", "mustReverse", "mustToJson", "mustToPrettyJson", "mustToRawJson", "mustToToml",
            "mustToYaml", "mustUniq", "nospace", "osBase", "osClean", "osDir", "osExt", "osIsAbs",
            "randAlpha", "randAlphaNum", "randAscii", "randBytes", "randNumeric", "regexQuoteMeta",
            "rest", "reverse", "semver", "sha1sum", "sha256sum", "sha512sum", "shuffle", "snakecase",
            "sortAlpha", "swapcase", "title", "toDecimal", "toJson", "toPrettyJson", "toRawJson",
            "toString", "toStrings", "toToml", "toYaml", "toYamlPretty", "trim", "typeOf", "uniq",
            "unixEpoch", "until", "untitle", "upper", "urlJoin", "urlParse", "values"
        ] {
            table[name] = .exactly(1)
        }
        for name in [
            "abbrev", "append", "buildCustomCert", "chunk", "contains", "date", "dateModify",
            "date_modify", "decryptAES", "deepEqual", "div", "encryptAES", "genCA", "get", "has",
            "hasKey", "hasPrefix", "hasSuffix", "htmlDateInZone", "htpasswd", "indent", "join",
            "kindIs", "mod", "mustAppend", "mustChunk", "mustDateModify", "mustHas", "mustPrepend",
            "mustPush", "mustRegexFind", "mustRegexMatch", "mustToDate", "must_date_modify", "nindent",
            "prepend", "push", "randInt", "regexFind", "regexMatch", "repeat", "semverCompare",
            "split", "splitList", "sub", "toDate", "trimAll", "trimPrefix", "trimSuffix", "trimall",
            "trunc", "typeIs", "typeIsLike", "unset", "wrap"
        ] {
            table[name] = .exactly(2)
        }
        for name in [
            "abbrevboth", "dateInZone", "date_in_zone", "genCAWithKey", "mustRegexFindAll",
            "mustRegexReplaceAll", "mustRegexReplaceAllLiteral", "mustRegexSplit", "plural",
            "regexFindAll", "regexReplaceAll", "regexReplaceAllLiteral", "regexSplit", "replace",
            "set", "splitn", "substr", "ternary", "untilStep", "wrapWith"
        ] {
            table[name] = .exactly(3)
        }
        for name in [
            "genSelfSignedCert", "lookup"
        ] {
            table[name] = .exactly(4)
        }
        for name in [
            "derivePassword", "genSelfSignedCertWithKey", "genSignedCert"
        ] {
            table[name] = .exactly(5)
        }
        for name in [
            "genSignedCertWithKey"
        ] {
            table[name] = .exactly(6)
        }
        for name in [
            "add", "addf", "all", "any", "cat", "coalesce", "concat", "dict", "dig", "keys", "list",
            "quote", "seq", "squote", "tuple"
        ] {
            table[name] = .atLeast(0)
        }
        for name in [
            "biggest", "default", "divf", "max", "maxf", "merge", "mergeOverwrite", "min", "minf",
            "mul", "mulf", "mustMerge", "mustMergeOverwrite", "mustSlice", "mustWithout", "omit",
            "pick", "pluck", "slice", "subf", "without"
        ] {
            table[name] = .atLeast(1)
        }
        for name in [
            "round"
        ] {
            table[name] = .atLeast(2)
        }
        return table
    }()
}
