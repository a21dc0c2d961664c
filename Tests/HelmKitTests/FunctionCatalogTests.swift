import HelmKitFunctions
import Testing

/// Every function a Helm v4.2.3 template can call must exist: Sprig v3.3.0's text function map
/// without `env` and `expandenv` (from its functions.go), and the functions Helm's engine adds
/// (from pkg/engine/funcs.go). `include` and `tpl` are bound by the rendering engine, and
/// Go's own builtins live in the template executor, so neither is listed here.
struct FunctionCatalogTests {
    static let sprigNames = """
        hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate
        htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch abbrev abbrevboth
        trunc trim upper lower title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace
        initials randAlphaNum randAlpha randAscii randNumeric swapcase shuffle snakecase camelcase
        kebabcase wrap wrapWith contains hasPrefix hasSuffix quote squote cat indent nindent replace plural
        sha1sum sha256sum sha512sum adler32sum toString atoi int64 int float64 seq toDecimal split
        splitList splitn toStrings until untilStep add1 add sub div mod mul randInt add1f addf subf divf
        mulf biggest max min maxf minf ceil floor round join sortAlpha default empty coalesce all any
        compact mustCompact fromJson toJson toPrettyJson toRawJson mustFromJson mustToJson
        mustToPrettyJson mustToRawJson ternary deepCopy mustDeepCopy typeOf typeIs typeIsLike kindOf
        kindIs deepEqual getHostByName base dir clean ext isAbs osBase osClean osDir osExt osIsAbs
        b64enc b64dec b32enc b32dec tuple list dict get set unset hasKey pluck keys pick omit merge
        mergeOverwrite mustMerge mustMergeOverwrite values append push mustAppend mustPush prepend
        mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial reverse mustReverse
        uniq mustUniq without mustWithout has mustHas slice mustSlice concat dig chunk mustChunk bcrypt
        htpasswd genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert
        genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES randBytes
        uuidv4 semver semverCompare fail regexMatch mustRegexMatch regexFindAll mustRegexFindAll
        regexFind mustRegexFind regexReplaceAll mustRegexReplaceAll regexReplaceAllLiteral
        mustRegexReplaceAllLiteral regexSplit mustRegexSplit regexQuoteMeta urlParse urlJoin
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let helmNames = """
        toToml mustToToml fromToml toYaml mustToYaml toYamlPretty fromYaml fromYamlArray toJson
        mustToJson fromJson fromJsonArray required lookup
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test func everyHelmFunctionExists() {
        let library = FunctionLibrary.standard()
        let missing = (Self.sprigNames + Self.helmNames).filter { library[$0] == nil }
        #expect(missing.isEmpty, "missing functions: \(missing)")
    }

    @Test func environmentFunctionsAreAbsent() {
        let library = FunctionLibrary.standard()
        #expect(library["env"] == nil)
        #expect(library["expandenv"] == nil)
    }
}
