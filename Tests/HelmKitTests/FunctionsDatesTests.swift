import HelmKitFunctions
import HelmKitValues
import Testing

/// Expected texts come from Helm v4.2.3 rendering the same call.
let dateCases: [FunctionCase] = [
    FunctionCase("toDate", "toDate", [.string("2006-01-02"), .string("2024-05-01")], "2024-05-01 00:00:00 +0000 UTC"),
    FunctionCase("toDate offset", "toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")], "2024-07-04 10:20:30 +0200 +0200"),
    FunctionCase("toDate zulu", "toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30Z")], "2024-07-04 10:20:30 +0000 UTC"),
    FunctionCase("toDate fraction", "toDate", [.string("2006-01-02 15:04:05.000"), .string("2023-12-31 23:59:58.250")], "2023-12-31 23:59:58.25 +0000 UTC"),
    FunctionCase("toDate names", "toDate", [.string("Mon, 02 Jan 2006 03:04 PM"), .string("Tue, 05 Mar 2024 11:30 PM")], "2024-03-05 23:30:00 +0000 UTC"),
    FunctionCase("toDate zone name", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 UTC")], "2024-01-02 03:04:00 +0000 UTC"),
    FunctionCase("toDate bad", "toDate", [.string("2006-01-02"), .string("x")], "0001-01-01 00:00:00 +0000 UTC"),
    FunctionCase("mustToDate bad", "mustToDate", [.string("2006-01-02"), .string("2024-13-01")], "error: parsing time \"2024-13-01\": month out of range"),
    FunctionCase("mustToDate short", "mustToDate", [.string("2006-01-02"), .string("2024-1-01")], "error: parsing time \"2024-1-01\" as \"2006-01-02\": cannot parse \"1-01\" as \"01\""),
    FunctionCase("mustToDate extra", "mustToDate", [.string("2006-01-02"), .string("2024-01-01x")], "error: parsing time \"2024-01-01x\": extra text: \"x\""),
    FunctionCase("mustToDate day out of range", "mustToDate", [.string("2006-01-02"), .string("2023-02-29")], "error: parsing time \"2023-02-29\": day out of range"),
    FunctionCase("date epoch", "date", [.string("2006-01-02 15:04:05 MST"), .int64(86400)], "1970-01-02 00:00:00 UTC"),
    FunctionCase("date int", "date", [.string("Jan 2, 2006 at 3:04pm (MST)"), .int(1700000000)], "Nov 14, 2023 at 10:13pm (UTC)"),
    FunctionCase("date time", "date", [.string("Monday January _2 2006 15:04:05.000000 -07:00 Z0700"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "Thursday July  4 2024 08:20:30.000000 +00:00 Z"),
    FunctionCase("date fraction trimmed", "date", [.string("05.999 05,000 .9"), FunctionHarness.value("toDate", [.string("2006-01-02 15:04:05.000"), .string("2023-12-31 23:59:58.250")])], "58.25 58,250 .2"),
    FunctionCase("date year day", "date", [.string("002 __2 06 1 2 3 4 5 pm"), FunctionHarness.value("toDate", [.string("2006-01-02 15:04:05.000"), .string("2023-12-31 23:59:58.250")])], "365 365 23 12 31 11 59 58 pm"),
    FunctionCase("dateInZone", "dateInZone", [.string("2006-01-02 15:04 MST -0700"), .int64(0), .string("America/New_York")], "1969-12-31 19:00 EST -0500"),
    FunctionCase("dateInZone india", "dateInZone", [.string("Mon Jan _2 15:04:05.000 Z07:00 MST"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")]), .string("Asia/Kolkata")], "Thu Jul  4 13:50:30.000 +05:30 IST"),
    FunctionCase("dateInZone bad zone", "dateInZone", [.string("15:04 MST"), .int64(0), .string("Nowhere/Land")], "00:00 UTC"),
    FunctionCase("date_in_zone", "date_in_zone", [.string("2006"), .int64(0), .string("UTC")], "1970"),
    FunctionCase("htmlDate", "htmlDate", [.int64(1000000000)], "2001-09-09"),
    FunctionCase("htmlDateInZone", "htmlDateInZone", [.int64(1000000000), .string("Asia/Tokyo")], "2001-09-09"),
    FunctionCase("dateModify", "dateModify", [.string("-1h30m"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "2024-07-04 08:50:30 +0200 +0200"),
    FunctionCase("dateModify fraction", "dateModify", [.string("1.5h"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "2024-07-04 11:50:30 +0200 +0200"),
    FunctionCase("dateModify bad", "dateModify", [.string("x"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "2024-07-04 10:20:30 +0200 +0200"),
    FunctionCase("date_modify", "date_modify", [.string("24h"), FunctionHarness.value("toDate", [.string("2006-01-02 15:04:05.000"), .string("2023-12-31 23:59:58.250")])], "2024-01-01 23:59:58.25 +0000 UTC"),
    FunctionCase("mustDateModify bad", "mustDateModify", [.string("1x"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "error: time: unknown unit \"x\" in duration \"1x\""),
    FunctionCase("mustDateModify missing unit", "mustDateModify", [.string("10"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "error: time: missing unit in duration \"10\""),
    FunctionCase("must_date_modify", "must_date_modify", [.string("+15m"), FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "2024-07-04 10:35:30 +0200 +0200"),
    FunctionCase("dateModify not time", "dateModify", [.string("1h"), .string("2024")], "error: wrong type for value; expected time.Time; got string"),
    FunctionCase("unixEpoch", "unixEpoch", [FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])], "1720081230"),
    FunctionCase("unixEpoch zero", "unixEpoch", [FunctionHarness.value("toDate", [.string("2006"), .string("x")])], "-62135596800"),
    FunctionCase("duration string", "duration", [.string("3661")], "1h1m1s"),
    FunctionCase("duration int64", "duration", [.int64(90)], "1m30s"),
    FunctionCase("duration int", "duration", [.int(60)], "0s"),
    FunctionCase("duration zero", "duration", [.string("0")], "0s"),
    FunctionCase("duration negative", "duration", [.string("-7200")], "-2h0m0s"),
    FunctionCase("durationRound", "durationRound", [.string("2h10m")], "2h"),
    FunctionCase("durationRound days", "durationRound", [.string("50h")], "2d"),
    FunctionCase("durationRound months", "durationRound", [.string("1000h")], "1mo"),
    FunctionCase("durationRound years", "durationRound", [.string("10000h")], "1y"),
    FunctionCase("durationRound nanoseconds", "durationRound", [.int64(1500000000)], "1s"),
    FunctionCase("durationRound negative", "durationRound", [.string("-3m")], "3m"),
    FunctionCase("durationRound small", "durationRound", [.string("999ms")], "0s"),
    FunctionCase("durationRound bad", "durationRound", [.string("x")], "0s"),
    FunctionCase("toDate fraction without layout", "toDate", [.string("2006-01-02 15:04:05"), .string("2024-01-02 03:04:05.5")], "2024-01-02 03:04:05.5 +0000 UTC"),
    FunctionCase("toDate RFC3339Nano", "toDate", [.string("2006-01-02T15:04:05.999999999Z07:00"), .string("2024-01-02T03:04:05.123456789-05:00")], "2024-01-02 03:04:05.123456789 -0500 -0500"),
    FunctionCase("toDate fraction omitted", "toDate", [.string("2006-01-02T15:04:05.999999999Z07:00"), .string("2024-01-02T03:04:05Z")], "2024-01-02 03:04:05 +0000 UTC"),
    FunctionCase("toDate kitchen", "toDate", [.string("3:04PM"), .string("11:30AM")], "0000-01-01 11:30:00 +0000 UTC"),
    FunctionCase("toDate zone EST", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 EST")], "2024-01-02 03:04:00 +0000 EST"),
    FunctionCase("toDate zone GMT offset", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 GMT+3")], "2024-01-02 06:04:00 +0300 GMT+3"),
    FunctionCase("toDate zone numeric", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 +05")], "2024-01-02 03:04:00 +0000 +05"),
    FunctionCase("toDate zone AEST", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 AEST")], "2024-01-02 03:04:00 +0000 AEST"),
    FunctionCase("toDate zone bad", "toDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 Xyz")], "0001-01-01 00:00:00 +0000 UTC"),
    FunctionCase("mustToDate zone bad", "mustToDate", [.string("2006-01-02 15:04 MST"), .string("2024-01-02 03:04 ABCDEF")], "error: parsing time \"2024-01-02 03:04 ABCDEF\" as \"2006-01-02 15:04 MST\": cannot parse \"ABCDEF\" as \"MST\""),
]

@Test(arguments: dateCases)
func dateFunction(_ row: FunctionCase) {
    #expect(FunctionHarness.evaluate(row) == row.expected)
}

@Test func nowReadsInjectedClock() throws {
    let library = FunctionHarness.library()
    let now = try #require(library["now"])
    let date = try #require(library["date"])
    let time = try now([])
    #expect(try date([.string("2006-01-02T15:04:05.000Z07:00"), time]).goPrinted == "2024-01-02T03:04:05.123Z")
}

@Test func agoMeasuresFromInjectedClock() throws {
    let ago = try #require(FunctionHarness.library()["ago"])
    #expect(try ago([.int64(1_704_160_000)]).goPrinted == "1h17m25s")
}

@Test func timeObjectMethods() throws {
    let time = FunctionHarness.value("toDate", [.string("2006-01-02T15:04:05Z07:00"), .string("2024-07-04T10:20:30+02:00")])
    guard case .object(let object) = time else {
        Issue.record("toDate did not return a time")
        return
    }
    #expect(object.goTypeName == "time.Time")
    #expect(try object.call("Unix", arguments: []).goPrinted == "1720081230")
    #expect(try object.call("Year", arguments: []).goPrinted == "2024")
    #expect(try object.call("Month", arguments: []).goPrinted == "July")
    #expect(try object.call("Weekday", arguments: []).goPrinted == "Thursday")
    #expect(try object.call("UTC", arguments: []).goPrinted == "2024-07-04 08:20:30 +0000 UTC")
    #expect(try object.call("AddDate", arguments: [.int(0), .int(1), .int(30)]).goPrinted == "2024-09-03 10:20:30 +0200 +0200")
}

/// Go prints `time.Now()` with its monotonic clock reading, as `... +0000 UTC m=+0.000123456`.
@Test func nowPrintsMonotonicReading() throws {
    let now = try #require(FunctionHarness.library()["now"])
    let printed = try now([]).goPrinted
    #expect(printed.hasPrefix("2024-01-02 03:04:05.123"))
    #expect(printed.hasSuffix(" +0000 UTC m=+0.000000000"))
}
