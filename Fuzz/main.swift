import Foundation
import HelmKitChart
import HelmKitFunctions
import HelmKitTemplate
import HelmKitValues

// libFuzzer entry points for HelmKit's input readers. Build and run them with `make fuzz`,
// which sets HELMKIT_FUZZ so that Package.swift declares this target, and passes
// `-sanitize=fuzzer,address`. The first argument names the reader, and the rest go to libFuzzer.

/// One fuzzed reader. It takes arbitrary bytes and ignores the errors they raise, but it must
/// never trap or hang.
typealias FuzzTarget = @Sendable ([UInt8]) -> Void

let fuzzTargets: [String: FuzzTarget] = [
    "template": fuzzTemplate,
    "set": fuzzSetExpression,
    "yaml": { bytes in _ = try? YAMLCodec.decode(bytes: bytes) },
    "json": { bytes in _ = try? JSONCodec.decode(bytes: bytes) },
    "archive": fuzzArchive,
]

/// The reader chosen on the command line. libFuzzer calls back through a C function pointer,
/// which cannot capture it, so it is global. libFuzzer runs one input at a time.
nonisolated(unsafe) var selectedTarget: FuzzTarget?

/// Parses and runs the bytes as a template with every Sprig and Helm function, a fixed clock
/// and a fixed random sequence.
func fuzzTemplate(_ bytes: [UInt8]) {
    let functions = FunctionLibrary.standard(now: { Date(timeIntervalSince1970: 0) }, randomBelow: { _ in 0 })
    let set = TemplateSet(functions: functions)
    set.functionArities = FunctionLibrary.arities
    let values = ValueMap(["Values": .map(ValueMap(["a": .list([.int(1), .string("b")])]))])
    _ = try? set.parseAndExecute(name: "fuzz", text: String(decoding: bytes, as: UTF8.self), data: .map(values))
}

/// Parses the bytes as a `--set` expression and as a `--set-json` expression.
func fuzzSetExpression(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for reading in [SetExpressionParser.ValueReading.typed, .json] {
        var parser = SetExpressionParser(text, reading: reading)
        try? parser.parse(into: ValueMap())
    }
}

/// Reads the bytes as a chart archive and loads the chart in it.
func fuzzArchive(_ bytes: [UInt8]) {
    guard let files = try? ChartArchiveReader.read(data: bytes) else { return }
    _ = try? ChartLoader.load(files: files)
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argumentCount: UnsafeMutablePointer<CInt>,
    _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Passes one input to the selected reader; libFuzzer's own `main` calls it in debug builds.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget?(bytes)
    return 0
}

/// Selects the reader named by the first argument and hands the other arguments to libFuzzer.
/// SwiftPM links an executable's entry point under this name.
@_cdecl("helmkit_fuzz_main")
func fuzzMain(_ argumentCount: CInt, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let names = fuzzTargets.keys.sorted().joined(separator: ", ")
    guard argumentCount >= 2, let arguments, let first = arguments[1],
          let target = fuzzTargets[String(cString: first)] else {
        FileHandle.standardError.write(Data("usage: helmkit-fuzz TARGET [libFuzzer options] [corpus folders]\ntargets: \(names)\n".utf8))
        return 2
    }
    selectedTarget = target

    // libFuzzer receives the program name followed by the arguments after the target name.
    arguments[1] = arguments[0]
    var count = argumentCount - 1
    var shifted: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments + 1
    return runFuzzerDriver(&count, &shifted) { data, size in testOneInput(data, size) }
}
