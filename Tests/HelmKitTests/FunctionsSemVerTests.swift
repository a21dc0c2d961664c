import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let semverCases: [FunctionCase] = [
    FunctionCase("semverCompare >=1.2.3 1.2.3", "semverCompare", [.string(">=1.2.3"), .string("1.2.3")], "true"),
    FunctionCase("semverCompare >=1.2.3 1.2.2", "semverCompare", [.string(">=1.2.3"), .string("1.2.2")], "false"),
    FunctionCase("semverCompare >1.2 1.2.9", "semverCompare", [.string(">1.2"), .string("1.2.9")], "false"),
    FunctionCase("semverCompare >1.2 1.3.0", "semverCompare", [.string(">1.2"), .string("1.3.0")], "true"),
    FunctionCase("semverCompare <1.2.3 1.2.3-beta", "semverCompare", [.string("<1.2.3"), .string("1.2.3-beta")], "false"),
    FunctionCase("semverCompare <1.2.3-0 1.2.3-beta", "semverCompare", [.string("<1.2.3-0"), .string("1.2.3-beta")], "false"),
    FunctionCase("semverCompare ^1.2.3 1.9.0", "semverCompare", [.string("^1.2.3"), .string("1.9.0")], "true"),
    FunctionCase("semverCompare ^1.2.3 2.0.0", "semverCompare", [.string("^1.2.3"), .string("2.0.0")], "false"),
    FunctionCase("semverCompare ^0.2.3 0.2.9", "semverCompare", [.string("^0.2.3"), .string("0.2.9")], "true"),
    FunctionCase("semverCompare ^0.2.3 0.3.0", "semverCompare", [.string("^0.2.3"), .string("0.3.0")], "false"),
    FunctionCase("semverCompare ^0.0.3 0.0.3", "semverCompare", [.string("^0.0.3"), .string("0.0.3")], "true"),
    FunctionCase("semverCompare ^0.0.3 0.0.4", "semverCompare", [.string("^0.0.3"), .string("0.0.4")], "false"),
    FunctionCase("semverCompare ^0 0.9.1", "semverCompare", [.string("^0"), .string("0.9.1")], "true"),
    FunctionCase("semverCompare ~1.2.3 1.2.9", "semverCompare", [.string("~1.2.3"), .string("1.2.9")], "true"),
    FunctionCase("semverCompare ~1.2.3 1.3.0", "semverCompare", [.string("~1.2.3"), .string("1.3.0")], "false"),
    FunctionCase("semverCompare ~1 1.9.9", "semverCompare", [.string("~1"), .string("1.9.9")], "true"),
    FunctionCase("semverCompare ~>1.2 1.2.5", "semverCompare", [.string("~>1.2"), .string("1.2.5")], "true"),
    FunctionCase("semverCompare 1.2.x 1.2.7", "semverCompare", [.string("1.2.x"), .string("1.2.7")], "true"),
    FunctionCase("semverCompare 1.x 1.9.0", "semverCompare", [.string("1.x"), .string("1.9.0")], "true"),
    FunctionCase("semverCompare * 5.0.0", "semverCompare", [.string("*"), .string("5.0.0")], "true"),
    FunctionCase("semverCompare * 5.0.0-rc.1", "semverCompare", [.string("*"), .string("5.0.0-rc.1")], "false"),
    FunctionCase("semverCompare 1.2.3 - 1.4.5 1.4.5", "semverCompare", [.string("1.2.3 - 1.4.5"), .string("1.4.5")], "true"),
    FunctionCase("semverCompare 1.2.3 - 1.4.5 1.4.6", "semverCompare", [.string("1.2.3 - 1.4.5"), .string("1.4.6")], "false"),
    FunctionCase("semverCompare >=1.0, <2.0 1.5.0", "semverCompare", [.string(">=1.0, <2.0"), .string("1.5.0")], "true"),
    FunctionCase("semverCompare >=1.0 <2.0 2.0.0", "semverCompare", [.string(">=1.0 <2.0"), .string("2.0.0")], "false"),
    FunctionCase("semverCompare <1.0 || >=2.0 2.1.0", "semverCompare", [.string("<1.0 || >=2.0"), .string("2.1.0")], "true"),
    FunctionCase("semverCompare <1.0 || >=2.0 1.5.0", "semverCompare", [.string("<1.0 || >=2.0"), .string("1.5.0")], "false"),
    FunctionCase("semverCompare !=1.2.3 1.2.3", "semverCompare", [.string("!=1.2.3"), .string("1.2.3")], "false"),
    FunctionCase("semverCompare !=1.2.x 1.2.5", "semverCompare", [.string("!=1.2.x"), .string("1.2.5")], "false"),
    FunctionCase("semverCompare !=1.x 2.0.0", "semverCompare", [.string("!=1.x"), .string("2.0.0")], "true"),
    FunctionCase("semverCompare =1.2.3 v1.2.3", "semverCompare", [.string("=1.2.3"), .string("v1.2.3")], "true"),
    FunctionCase("semverCompare 1.2.3 1.2.3+build", "semverCompare", [.string("1.2.3"), .string("1.2.3+build")], "true"),
    FunctionCase("semverCompare >=1.23.0-0 1.24.0-gke.100", "semverCompare", [.string(">=1.23.0-0"), .string("1.24.0-gke.100")], "true"),
    FunctionCase("semverCompare >=1.23.0 1.24.0-gke.100", "semverCompare", [.string(">=1.23.0"), .string("1.24.0-gke.100")], "false"),
    FunctionCase("semverCompare >= 1.19-0 v1.28.3-eks-4f4795d", "semverCompare", [.string(">= 1.19-0"), .string("v1.28.3-eks-4f4795d")], "true"),
    FunctionCase("semverCompare <=1.2 1.2.9", "semverCompare", [.string("<=1.2"), .string("1.2.9")], "true"),
    FunctionCase("semverCompare <=1.2 1.3.0", "semverCompare", [.string("<=1.2"), .string("1.3.0")], "false"),
    FunctionCase("semverCompare <=1.2.3 1.2.3", "semverCompare", [.string("<=1.2.3"), .string("1.2.3")], "true"),
    FunctionCase("semverCompare >1.x 2.0.0", "semverCompare", [.string(">1.x"), .string("2.0.0")], "true"),
    FunctionCase("semverCompare >1.x 1.5.0", "semverCompare", [.string(">1.x"), .string("1.5.0")], "false"),
    FunctionCase("semverCompare >=v1.2.3 1.2.3", "semverCompare", [.string(">=v1.2.3"), .string("1.2.3")], "true"),
    FunctionCase("semverCompare =>1.2.3 1.2.3", "semverCompare", [.string("=>1.2.3"), .string("1.2.3")], "true"),
    FunctionCase("semverCompare =<1.2.3 1.2.4", "semverCompare", [.string("=<1.2.3"), .string("1.2.4")], "false"),
    FunctionCase("semverCompare ^1.x 1.5.0", "semverCompare", [.string("^1.x"), .string("1.5.0")], "true"),
    FunctionCase("semverCompare ^0.x 0.5.0", "semverCompare", [.string("^0.x"), .string("0.5.0")], "true"),
    FunctionCase("semverCompare ~0 0.5.0", "semverCompare", [.string("~0"), .string("0.5.0")], "true"),
    FunctionCase("semverCompare 1.2.3-alpha.1 1.2.3-alpha.1", "semverCompare", [.string("1.2.3-alpha.1"), .string("1.2.3-alpha.1")], "true"),
    FunctionCase("semverCompare >1.2.3-alpha.1 1.2.3-alpha.beta", "semverCompare", [.string(">1.2.3-alpha.1"), .string("1.2.3-alpha.beta")], "true"),
    FunctionCase("semverCompare >1.2.3-alpha.10 1.2.3-alpha.9", "semverCompare", [.string(">1.2.3-alpha.10"), .string("1.2.3-alpha.9")], "false"),
    FunctionCase("semverCompare >1.2.3-alpha 1.2.3-alpha.1", "semverCompare", [.string(">1.2.3-alpha"), .string("1.2.3-alpha.1")], "true"),
    FunctionCase("semverCompare  1.0.0", "semverCompare", [.string(""), .string("1.0.0")], "error: improper constraint: \"\""),
    FunctionCase("semverCompare foo 1.0.0", "semverCompare", [.string("foo"), .string("1.0.0")], "error: improper constraint: \"foo\""),
    FunctionCase("semverCompare >=1.0 bar", "semverCompare", [.string(">=1.0"), .string("bar")], "error: invalid semantic version"),
    FunctionCase("semverCompare >=1.0 1.2.3.4", "semverCompare", [.string(">=1.0"), .string("1.2.3.4")], "error: invalid semantic version"),
    FunctionCase("semverCompare >=1.0 01.2.3", "semverCompare", [.string(">=1.0"), .string("01.2.3")], "true"),
    FunctionCase("semverCompare >=1.0 1.2.3-01", "semverCompare", [.string(">=1.0"), .string("1.2.3-01")], "error: version segment starts with 0"),
    FunctionCase("semverCompare >=1.0 1.2.3+a..b", "semverCompare", [.string(">=1.0"), .string("1.2.3+a..b")], "error: invalid semantic version"),
    FunctionCase("semverCompare 1.2.3 -1.4 1.3.0", "semverCompare", [.string("1.2.3 -1.4"), .string("1.3.0")], "error: improper constraint: \"1.2.3 -1.4\""),
    FunctionCase("semverCompare >=1.0,,<2 1.5.0", "semverCompare", [.string(">=1.0,,<2"), .string("1.5.0")], "error: improper constraint: \">=1.0,,<2\""),
    FunctionCase("semverCompare >1.2.3 || 1.0.0", "semverCompare", [.string(">1.2.3 ||"), .string("1.0.0")], "error: improper constraint: \"\""),
    FunctionCase("semverCompare 1.2.3 - 2 2.5.0", "semverCompare", [.string("1.2.3 - 2"), .string("2.5.0")], "true"),
    FunctionCase("semverCompare  >= 1.2.3  1.2.4", "semverCompare", [.string(" >= 1.2.3 "), .string("1.2.4")], "true"),
    FunctionCase("semverCompare ~1.2.3-beta 1.2.3-beta.2", "semverCompare", [.string("~1.2.3-beta"), .string("1.2.3-beta.2")], "true"),
    FunctionCase("semverCompare >=1.x.3 1.0.0", "semverCompare", [.string(">=1.x.3"), .string("1.0.0")], "true"),
    FunctionCase("semver", "semver", [.string("v1.2.3-rc.1+build.5")], "1.2.3-rc.1+build.5"),
    FunctionCase("semver short", "semver", [.string("1.2")], "1.2.0"),
    FunctionCase("semver leading zeros", "semver", [.string("01.02.03")], "1.2.3"),
    FunctionCase("semver invalid", "semver", [.string("1.2.x")], "error: invalid semantic version"),
    FunctionCase("semver bad prerelease", "semver", [.string("1.2.3-01")], "error: version segment starts with 0"),
    FunctionCase("semver bad metadata", "semver", [.string("1.2.3+a..b")], "error: invalid semantic version"),
    FunctionCase("semver huge", "semver", [.string("99999999999999999999.0.0")], "error: error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range"),
    FunctionCase("semver empty", "semver", [.string("")], "error: invalid semantic version"),
    FunctionCase("semver int", "semver", [.int(1)], "error: wrong type for value; expected string; got int"),
]

@Test(arguments: semverCases)
func semverFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

/// Helm prints `1 2 3 rc.1 b v1.2.3-rc.1+b 1.2.3-rc.1+b *semver.Version 1.2.3 1.3.0 2.0.0 -1 true`
/// for these calls on `semver "v1.2.3-rc.1+b"`.
@Test func semverObjectMethods() throws {
    let semver = try #require(FunctionHarness.library()["semver"])
    guard case .object(let version) = try semver([.string("v1.2.3-rc.1+b")]),
          case .object(let release) = try semver([.string("1.2.3")]) else {
        Issue.record("semver did not return an object")
        return
    }
    let expected: [(String, [Value], String)] = [
        ("Major", [], "1"), ("Minor", [], "2"), ("Patch", [], "3"),
        ("Prerelease", [], "rc.1"), ("Metadata", [], "b"), ("Original", [], "v1.2.3-rc.1+b"),
        ("String", [], "1.2.3-rc.1+b"), ("IncPatch", [], "1.2.3"), ("IncMinor", [], "1.3.0"),
        ("IncMajor", [], "2.0.0"), ("Compare", [.object(release)], "-1"), ("LessThan", [.object(release)], "true"),
    ]
    #expect(version.goTypeName == "*semver.Version")
    for (method, arguments, text) in expected {
        #expect(version.hasMethod(method), "\(method) is a method")
        #expect(try version.call(method, arguments: arguments).goPrinted == text, "\(method)")
    }
}

/// Helm: `(semver "v1.2.3-rc.1+b").IncMinor.Original` fails with
/// `can't evaluate field Original in type semver.Version`.
@Test func incrementedVersionIsValue() throws {
    let semver = try #require(FunctionHarness.library()["semver"])
    guard case .object(let version) = try semver([.string("v1.2.3")]),
          case .object(let next) = try version.call("IncMinor", arguments: []) else {
        Issue.record("semver did not return an object")
        return
    }
    #expect(next.goTypeName == "semver.Version")
    #expect(!next.hasMethod("Original"))
    #expect(next.hasMethod("Major"))
}

/// Helm prints `ptr struct` for `kindOf (semver "1.2.3")` and `kindOf (semver "1.2.3").IncMajor`.
@Test func semverKindIsPointer() throws {
    let library = FunctionHarness.library()
    let kindOf = try #require(library["kindOf"])
    let version = FunctionHarness.value("semver", [.string("1.2.3")])
    guard case .object(let object) = version else {
        Issue.record("semver did not return an object")
        return
    }
    #expect(try kindOf([version]).goPrinted == "ptr")
    #expect(try kindOf([object.call("IncMajor", arguments: [])]).goPrinted == "struct")
}
