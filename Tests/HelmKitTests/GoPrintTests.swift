import Testing
import HelmKitValues

/// Expected texts come from Helm v4.2.3's `{{ print VALUE }}` (fmt's `%v`).
@Suite struct GoPrintTests {
    @Test func nestedValuesFromYAML() throws {
        let values = try YAMLCodec.decode("""
            a: 1
            b: [x, y]
            c: {}
            d: []
            f: 1.5
            g: 1000000
            h: 1e-7
            i: "str"
            j: true
            k: [1, [2, {z: 3}]]
            """)
        #expect(values.goPrinted == "map[a:1 b:[x true] c:map[] d:[] f:1.5 g:1e+06 h:1e-07 i:str j:true k:[1 [2 map[z:3]]]]")
    }

    @Test func nilInsideListsAndMaps() {
        let value = Value.list([.int(1), .null, .string("a"), .dictionary(["x": .null]), .list([]), .dictionary([:])])
        #expect(value.goPrinted == "[1 <nil> a map[x:<nil>] [] map[]]")
    }

    @Test func scalars() {
        #expect(Value.int64(5).goPrinted == "5")
        #expect(Value.float(2.5).goPrinted == "2.5")
        #expect(Value.null.goPrinted == "<nil>")
        #expect(Value.bool(true).goPrinted == "true")
    }

    @Test func floatsUseShortestG() {
        #expect(Value.float(123456789.0).goPrinted == "1.23456789e+08")
        #expect(Value.float(0.1).goPrinted == "0.1")
        #expect(Value.float(1e23).goPrinted == "1e+23")
        #expect(Value.float(-0.0).goPrinted == "-0")
        #expect(Value.float(100).goPrinted == "100")
    }

    @Test func bytesPrintAsNumbers() {
        #expect(Value.bytes([104, 105]).goPrinted == "[104 105]")
    }

    @Test func mapKeysSortByBytes() {
        let value = Value.dictionary(["b": .int(1), "B": .int(2), "a10": .int(3), "a2": .int(4)])
        #expect(value.goPrinted == "map[B:2 a10:3 a2:4 b:1]")
    }
}
