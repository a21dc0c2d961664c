import HelmKitChart
import HelmKitValues
import Testing

/// Prints a value with its Go kind at every level, so tests compare types as well as text.
func describeTyped(_ value: Value) -> String {
    switch value {
    case .null: return "nil"
    case .bool(let flag): return "bool(\(flag))"
    case .int(let number): return "int(\(number))"
    case .int64(let number): return "int64(\(number))"
    case .float(let number): return "float64(\(number))"
    case .string(let text): return "\"\(text)\""
    case .list(let items): return "[" + items.map(describeTyped).joined(separator: ", ") + "]"
    case .map(let map):
        return "{" + map.sortedKeys.map { "\($0): \(describeTyped(map[$0] ?? .null))" }.joined(separator: ", ") + "}"
    case .bytes(let bytes): return "bytes(\(bytes.count))"
    case .object(let object): return object.goTypeName
    }
}

/// Expected results come from Helm v4.2.3's strvals parser (through the reference renderer's
/// SDK), with integers as int64 as Helm keeps them.
struct SetExpressionParserTests {
    struct Case: CustomStringConvertible {
        let expression: String
        let expected: String
        var description: String { expression }
    }

    static let typedCases: [Case] = [
        Case(expression: "a.b=c,d=1", expected: "{a: {b: \"c\"}, d: int64(1)}"),
        Case(expression: "a[0]=x,a[2].b=y", expected: "{a: [\"x\", nil, {b: \"y\"}]}"),
        Case(expression: "x={a,b,c}", expected: "{x: [\"a\", \"b\", \"c\"]}"),
        Case(expression: "k=", expected: "{k: \"\"}"),
        Case(expression: "e\\.f=1", expected: "{e.f: int64(1)}"),
        Case(expression: "n=0123,m=-5,t=TRUE,z=null", expected: "{m: int64(-5), n: \"0123\", t: bool(true), z: nil}"),
        Case(expression: "big=99999999999999999999", expected: "{big: \"99999999999999999999\"}"),
        Case(expression: "zero=0", expected: "{zero: int64(0)}"),
        Case(expression: "a.", expected: "{}"),
        Case(expression: "list[1][0]=v", expected: "{list: [nil, [\"v\"]]}"),
    ]

    @Test(arguments: typedCases)
    func typedValues(_ testCase: Case) throws {
        let result = ValueMap()
        var parser = SetExpressionParser(testCase.expression, reading: .typed)
        try parser.parse(into: result)
        #expect(describeTyped(.map(result)) == testCase.expected)
    }

    static let errorCases: [Case] = [
        Case(expression: "a", expected: "key \"a\" has no value"),
        Case(expression: "a,b=1", expected: "key \"a\" has no value (cannot end with ,)"),
        Case(expression: "a[x]=1", expected: "error parsing index: strconv.Atoi: parsing \"x\": invalid syntax"),
        Case(expression: "a[-1]=1", expected: "negative -1 index not allowed"),
        Case(expression: "a[0]x=1", expected: "unexpected data at end of array index: ['x']"),
        Case(expression: "a={x,y", expected: "list must terminate with '}'"),
        Case(expression: "a.b.c", expected: "key \"c\" has no value"),
    ]

    @Test(arguments: errorCases)
    func parseErrors(_ testCase: Case) {
        let result = ValueMap()
        var parser = SetExpressionParser(testCase.expression, reading: .typed)
        do {
            try parser.parse(into: result)
            Issue.record("\(testCase.expression) parsed without an error")
        } catch {
            #expect("\(error)" == testCase.expected)
        }
    }

    @Test func stringReadingKeepsText() throws {
        let result = ValueMap()
        var parser = SetExpressionParser("port=8080,on=true", reading: .string)
        try parser.parse(into: result)
        #expect(describeTyped(.map(result)) == "{on: \"true\", port: \"8080\"}")
    }

    @Test func fileReadingUsesReader() throws {
        let result = ValueMap()
        var parser = SetExpressionParser("airbyteYml=path/a.yml", reading: .file(read: { "contents of " + $0 }))
        try parser.parse(into: result)
        #expect(describeTyped(.map(result)) == "{airbyteYml: \"contents of path/a.yml\"}")
    }

    @Test func laterExpressionIndexesEarlierList() throws {
        let result = ValueMap()
        var first = SetExpressionParser("a[0]=x", reading: .typed)
        try first.parse(into: result)
        var second = SetExpressionParser("a[1]=y", reading: .typed)
        try second.parse(into: result)
        #expect(describeTyped(.map(result)) == "{a: [\"x\", \"y\"]}")
    }
}
