extension FunctionLibrary {
    /// The functions that change no data and whose result depends only on their arguments.
    /// The executor reuses an `include` output only while nothing else has been called since.
    ///
    /// Left out on purpose are the clock and random functions: `now`, `ago`, `rand*`,
    /// `shuffle`, `uuidv4`, keys, certificates, `bcrypt`, `htpasswd` and `encryptAES`. So are
    /// the functions that change a map or a list in place: `set`, `unset`, `merge*`, `append`,
    /// `push`, `prepend`, and `sortAlpha`, which sorts a `[]string` in place. Name lookups are
    /// left out too. A function not listed here counts as having side effects.
    public static let sideEffectFreeNames: Set<String> = Set(
        [stringNames, listAndDictNames, numberNames, encodingNames, otherNames].joined())

    private static let stringNames = [
        "hello", "abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title", "untitle",
        "substr", "repeat", "trimall", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
        "swapcase", "snakecase", "camelcase", "kebabcase", "wrap", "wrapWith", "contains",
        "hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent", "nindent", "replace", "plural",
        "toString", "split", "splitList", "splitn", "toStrings", "join", "seq",
        "regexMatch", "mustRegexMatch", "regexFindAll", "mustRegexFindAll", "regexFind",
        "mustRegexFind", "regexReplaceAll", "mustRegexReplaceAll", "regexReplaceAllLiteral",
        "mustRegexReplaceAllLiteral", "regexSplit", "mustRegexSplit", "regexQuoteMeta",
    ]

    private static let listAndDictNames = [
        "tuple", "list", "first", "mustFirst", "rest", "mustRest", "last", "mustLast", "initial",
        "mustInitial", "reverse", "mustReverse", "uniq", "mustUniq", "without", "mustWithout",
        "has", "mustHas", "slice", "mustSlice", "concat", "chunk", "mustChunk", "compact",
        "mustCompact", "dict", "get", "hasKey", "pluck", "keys", "pick", "omit", "values", "dig",
        "deepCopy", "mustDeepCopy",
    ]

    private static let numberNames = [
        "atoi", "int64", "int", "float64", "toDecimal", "until", "untilStep", "add1", "add", "sub",
        "div", "mod", "mul", "add1f", "addf", "subf", "divf", "mulf", "biggest", "max", "min",
        "maxf", "minf", "ceil", "floor", "round",
    ]

    private static let encodingNames = [
        "sha1sum", "sha256sum", "sha512sum", "adler32sum", "b64enc", "b64dec", "b32enc", "b32dec",
        "fromJson", "toJson", "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson",
        "mustToPrettyJson", "mustToRawJson", "fromJsonArray", "toToml", "mustToToml", "fromToml",
        "toYaml", "mustToYaml", "toYamlPretty", "fromYaml", "fromYamlArray", "decryptAES",
    ]

    private static let otherNames = [
        "default", "empty", "coalesce", "all", "any", "ternary", "typeOf", "typeIs", "typeIsLike",
        "kindOf", "kindIs", "deepEqual", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean",
        "osDir", "osExt", "osIsAbs", "semver", "semverCompare", "urlParse", "urlJoin", "date",
        "date_in_zone", "dateInZone", "htmlDate", "htmlDateInZone", "duration", "durationRound",
        "toDate", "mustToDate", "unixEpoch", "date_modify", "dateModify", "must_date_modify",
        "mustDateModify",
    ]
}
