@testable import HelmKitChart
import Testing

/// Numbers in schema errors and the exact `multipleOf` test. Expected texts are what Helm
/// v4.2.3 prints for a `maximum` (floats), `minLength` (counts) or `multipleOf` failure with
/// these numbers read from a values file.
@Suite struct SchemaNumbersTests {
    static let floats: [(number: Double, text: String)] = [
        (70000, "70,000"),
        (65535, "65,535"),
        (1000, "1,000"),
        (999, "999"),
        (0, "0"),
        (-70000, "-70,000"),
        (-100000, "-100,000"),
        (12345.678, "12,345.678"),
        (1234.5, "1,234.5"),
        (123456.789, "123,456.789"),
        (999999.5, "999,999.5"),
        (0.001, "0.001"),
        (0.5, "0.5"),
        (1234567, "1.234567×10⁰⁶"),
        (1000000.25, "1.00000025×10⁰⁶"),
        (1e6, "1×10⁰⁶"),
        (12345678901, "1.2345678901×10¹⁰"),
        (1.2345678901234567e19, "1.2345678901234567×10¹⁹"),
        (1e20, "1×10²⁰"),
        (1e21, "1×10²¹"),
        (1e100, "1×10¹⁰⁰"),
        (0.00001, "1×10⁻⁰⁵"),
        (2e-7, "2×10⁻⁰⁷"),
    ]

    @Test(arguments: floats.indices)
    func floatLikeHelm(_ index: Int) {
        let row = Self.floats[index]

        #expect(SchemaNumbers.float(row.number) == row.text)
    }

    @Test func countsAreGrouped() {
        #expect(SchemaNumbers.integer(1) == "1")
        #expect(SchemaNumbers.integer(1500) == "1,500")
        #expect(SchemaNumbers.integer(12345678) == "12,345,678")
    }

    /// Pairs of value and divisor, and whether Helm accepts the value as a multiple.
    static let multiples: [(number: Double, divisor: Double, isMultiple: Bool)] = [
        (0.3, 0.1, true),
        (0.9, 0.3, true),
        (3.3, 1.1, true),
        (123.4567, 0.0001, true),
        (1e300, 0.1, true),
        (1, 1e-300, true),
        (1.234, 0.01, false),
        (1500, 1000, false),
        (1e7, 3, false),
        (12345.1, 2.5, false),
        (1e-5, 7, false),
    ]

    @Test(arguments: multiples.indices)
    func multipleOfIsExact(_ index: Int) {
        let row = Self.multiples[index]

        #expect(SchemaNumbers.isMultiple(row.number, of: row.divisor) == row.isMultiple)
    }
}
