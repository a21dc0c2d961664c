import HelmKitValues

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
        case .success(let bytes): return GoByteString.string(bytes)
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

    /// Decodes `text`, or returns Go's error text (`illegal base32 data at input byte N`), as
    /// Sprig's `b32dec` does. Line breaks are removed first, and padding is required.
    static func decode(_ text: String) -> String {
        let input = Array(text.utf8).filter { $0 != 0x0A && $0 != 0x0D }
        switch decodeBytes(input) {
        case .success(let bytes): return GoByteString.string(bytes)
        case .failure(let offset): return "illegal base32 data at input byte \(offset.value)"
        }
    }

    struct CorruptInput: Error {
        let value: Int
    }

    static func decodeBytes(_ input: [UInt8]) -> Result<[UInt8], CorruptInput> {
        let pad = UInt8(ascii: "=")
        var output: [UInt8] = []
        var position = 0
        var finished = false
        while position < input.count && !finished {
            var digits = [UInt8](repeating: 0, count: 8)
            var digitCount = 8
            var index = 0
            while index < 8 {
                guard position < input.count else {
                    return .failure(CorruptInput(value: position - index))
                }
                let byte = input[position]
                position += 1
                let remaining = input.count - position
                if byte == pad && index >= 2 && remaining < 8 {
                    // Padding: the rest of the block must be "=" and its length one RFC 4648 allows.
                    if remaining + index < 7 { return .failure(CorruptInput(value: input.count)) }
                    for offset in 0..<(7 - index) where remaining > offset && input[position + offset] != pad {
                        return .failure(CorruptInput(value: position + offset - 1))
                    }
                    digitCount = index
                    finished = true
                    if [1, 3, 6].contains(digitCount) { return .failure(CorruptInput(value: position - 1)) }
                    break
                }
                guard let value = alphabet.firstIndex(of: byte) else {
                    return .failure(CorruptInput(value: position - 1))
                }
                digits[index] = UInt8(value)
                index += 1
            }

            var bits: UInt64 = 0
            for digit in digits { bits = bits << 5 | UInt64(digit) }
            let byteCount = [0, 0, 1, 0, 2, 3, 0, 4, 5][digitCount]
            for byteIndex in 0..<byteCount {
                output.append(UInt8(truncatingIfNeeded: bits >> UInt64(32 - byteIndex * 8)))
            }
        }
        return .success(output)
    }
}
