/// Base64 decoding as Go's `base64.StdEncoding.DecodeString`, with its error offsets.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let decodeTable: [UInt8: UInt8] = {
        var table: [UInt8: UInt8] = [:]
        for (index, byte) in alphabet.enumerated() { table[byte] = UInt8(index) }
        return table
    }()

    /// Decodes `text`, or returns Go's error text (`illegal base64 data at input byte N`), as
    /// Sprig's `b64dec` does. Line breaks are skipped and padding is required.
    static func decode(_ text: String) -> String {
        switch decodeBytes(Array(text.utf8)) {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let error): return error.message
        }
    }

    struct CorruptInput: Error {
        let offset: Int
        var message: String { "illegal base64 data at input byte \(offset)" }
    }

    static func decodeBytes(_ input: [UInt8]) -> Result<[UInt8], CorruptInput> {
        var output: [UInt8] = []
        var position = 0
        let pad = UInt8(ascii: "=")
        func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        func skipLineBreaks() { while position < input.count, isLineBreak(input[position]) { position += 1 } }

        while true {
            var quantum: [UInt8] = []
            var trailingError: CorruptInput? = nil
            while quantum.count < 4 {
                if position == input.count {
                    if quantum.isEmpty { return .success(output) }
                    return .failure(CorruptInput(offset: position - quantum.count))
                }
                let byte = input[position]
                position += 1
                if let value = decodeTable[byte] {
                    quantum.append(value)
                    continue
                }
                if isLineBreak(byte) { continue }
                guard byte == pad, quantum.count >= 2 else { return .failure(CorruptInput(offset: position - 1)) }

                if quantum.count == 2 {
                    // Two digits need "==": find the second "=" past any line breaks.
                    skipLineBreaks()
                    guard position < input.count else { return .failure(CorruptInput(offset: input.count)) }
                    guard input[position] == pad else { return .failure(CorruptInput(offset: position - 1)) }
                    position += 1
                }
                skipLineBreaks()
                if position < input.count { trailingError = CorruptInput(offset: position) }
                break
            }

            let digits = quantum + Array(repeating: 0, count: 4 - quantum.count)
            let value = UInt32(digits[0]) << 18 | UInt32(digits[1]) << 12 | UInt32(digits[2]) << 6 | UInt32(digits[3])
            let decoded = [UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
            output += decoded.prefix(quantum.count - 1)

            if let trailingError { return .failure(trailingError) }
            if quantum.count < 4 { return .success(output) }
        }
    }
}

/// Base32 as Go's `base32.StdEncoding` (RFC 4648 alphabet, padded).
enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let block = Array(bytes[index..<min(index + 5, bytes.count)])
            let padded = block + Array(repeating: 0, count: 5 - block.count)
            var bits: UInt64 = 0
            for byte in padded { bits = bits << 8 | UInt64(byte) }
            let characterCount = [0, 2, 4, 5, 7, 8][block.count]
            for position in 0..<8 {
                let digit = Int((bits >> UInt64(35 - position * 5)) & 0x1F)
                output.append(position < characterCount ? alphabet[digit] : UInt8(ascii: "="))
            }
            index += 5
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `text`, or returns Go's error text (`illegal base32 data at input byte N`).
    ///
    /// TODO: the error offsets for bad padding inside a block follow a simpler rule than Go's.
    static func decode(_ text: String) -> String {
        let input = Array(text.utf8)
        var values: [UInt8] = []
        var output: [UInt8] = []
        var padding = 0
        for (offset, byte) in input.enumerated() {
            if byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0, let value = alphabet.firstIndex(of: byte) else {
                return "illegal base32 data at input byte \(offset)"
            }
            values.append(UInt8(value))
        }
        guard (values.count + padding) % 8 == 0, [0, 1, 3, 4, 6].contains(padding) else {
            return "illegal base32 data at input byte \(input.count - padding - ((values.count + padding) % 8))"
        }
        var index = 0
        while index < values.count {
            let block = Array(values[index..<min(index + 8, values.count)])
            var bits: UInt64 = 0
            for position in 0..<8 { bits = bits << 5 | UInt64(position < block.count ? block[position] : 0) }
            let byteCount = [0, 0, 1, 0, 2, 3, 0, 4, 5][block.count]
            for position in 0..<byteCount {
                output.append(UInt8(truncatingIfNeeded: bits >> UInt64(32 - position * 8)))
            }
            index += 8
        }
        return String(decoding: output, as: UTF8.self)
    }
}
