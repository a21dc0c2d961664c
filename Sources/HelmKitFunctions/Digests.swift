/// The checksums Sprig offers: SHA-1, SHA-256 and SHA-512 (FIPS 180-4) and Adler-32 (RFC 1950).
enum Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Pads a message as SHA-1 and SHA-256 (64-byte blocks) or SHA-512 (128-byte blocks) require:
    /// a 1 bit, zeros, and the bit length in big-endian.
    static func padded(_ message: [UInt8], blockSize: Int) -> [UInt8] {
        let lengthFieldSize = blockSize / 8
        var bytes = message
        bytes.append(0x80)
        while bytes.count % blockSize != blockSize - lengthFieldSize {
            bytes.append(0)
        }
        let bitLength = UInt64(truncatingIfNeeded: message.count) &* 8
        bytes += Array(repeating: 0, count: lengthFieldSize - 8)
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        return bytes
    }

    static func bigEndianWords32(_ block: ArraySlice<UInt8>) -> [UInt32] {
        stride(from: block.startIndex, to: block.endIndex, by: 4).map { index in
            block[index..<(index + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        }
    }

    static func bigEndianBytes<Word: FixedWidthInteger>(_ words: [Word]) -> [UInt8] {
        words.flatMap { word in
            stride(from: Word.bitWidth - 8, through: 0, by: -8).map { UInt8(truncatingIfNeeded: word >> $0) }
        }
    }
}

enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let bytes = Digest.padded(message, blockSize: 64)
        for blockStart in stride(from: 0, to: bytes.count, by: 64) {
            var words = Digest.bigEndianWords32(bytes[blockStart..<(blockStart + 64)])
            for index in 16..<80 {
                let mixed = words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16]
                words.append(mixed.rotatedLeft(by: 1))
            }
            var (a, b, c, d, e) = (state[0], state[1], state[2], state[3], state[4])
            for index in 0..<80 {
                let (function, constant): (UInt32, UInt32)
                switch index {
                case 0..<20: (function, constant) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (function, constant) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (function, constant) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (function, constant) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temporary = a.rotatedLeft(by: 5) &+ function &+ e &+ constant &+ words[index]
                (e, d, c, b, a) = (d, c, b.rotatedLeft(by: 30), a, temporary)
            }
            state = [state[0] &+ a, state[1] &+ b, state[2] &+ c, state[3] &+ d, state[4] &+ e]
        }
        return Digest.bigEndianBytes(state)
    }
}

enum SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// Hashes `message`. The rounds run on local words and one reused schedule buffer, because
    /// charts hash their whole values with `sha256sum` once per template. An array per round
    /// made this about 6% of the render time of the generated 4000-template benchmark chart.
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        ]
        let bytes = Digest.padded(message, blockSize: 64)
        var schedule = [UInt32](repeating: 0, count: 64)
        bytes.withUnsafeBufferPointer { (input: UnsafeBufferPointer<UInt8>) in
            schedule.withUnsafeMutableBufferPointer { (words: inout UnsafeMutableBufferPointer<UInt32>) in
                state.withUnsafeMutableBufferPointer { (hash: inout UnsafeMutableBufferPointer<UInt32>) in
                    roundConstants.withUnsafeBufferPointer { (constants: UnsafeBufferPointer<UInt32>) in
                        guard let base = input.baseAddress else { return }
                        for blockStart in stride(from: 0, to: input.count, by: 64) {
                            compress(block: base + blockStart, words: words, hash: hash, constants: constants)
                        }
                    }
                }
            }
        }
        return Digest.bigEndianBytes(state)
    }

    /// Folds one 64-byte block into `hash`.
    private static func compress(block: UnsafePointer<UInt8>, words: UnsafeMutableBufferPointer<UInt32>,
                                 hash: UnsafeMutableBufferPointer<UInt32>, constants: UnsafeBufferPointer<UInt32>) {
        for index in 0..<16 {
            let offset = index * 4
            words[index] = UInt32(block[offset]) << 24 | UInt32(block[offset + 1]) << 16
                | UInt32(block[offset + 2]) << 8 | UInt32(block[offset + 3])
        }
        for index in 16..<64 {
            let s0 = words[index - 15].rotatedRight(by: 7) ^ words[index - 15].rotatedRight(by: 18) ^ (words[index - 15] >> 3)
            let s1 = words[index - 2].rotatedRight(by: 17) ^ words[index - 2].rotatedRight(by: 19) ^ (words[index - 2] >> 10)
            words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
        }
        var (a, b, c, d) = (hash[0], hash[1], hash[2], hash[3])
        var (e, f, g, h) = (hash[4], hash[5], hash[6], hash[7])
        for index in 0..<64 {
            let sum1 = e.rotatedRight(by: 6) ^ e.rotatedRight(by: 11) ^ e.rotatedRight(by: 25)
            let choice = (e & f) ^ (~e & g)
            let temporary1 = h &+ sum1 &+ choice &+ constants[index] &+ words[index]
            let sum0 = a.rotatedRight(by: 2) ^ a.rotatedRight(by: 13) ^ a.rotatedRight(by: 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            (h, g, f, e) = (g, f, e, d &+ temporary1)
            (d, c, b, a) = (c, b, a, temporary1 &+ sum0 &+ majority)
        }
        hash[0] &+= a
        hash[1] &+= b
        hash[2] &+= c
        hash[3] &+= d
        hash[4] &+= e
        hash[5] &+= f
        hash[6] &+= g
        hash[7] &+= h
    }
}

enum Adler32 {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var low: UInt32 = 1
        var high: UInt32 = 0
        for byte in bytes {
            low = (low + UInt32(byte)) % 65521
            high = (high + low) % 65521
        }
        return high << 16 | low
    }
}

extension FixedWidthInteger where Self: UnsignedInteger {
    func rotatedLeft(by count: Int) -> Self {
        self << count | self >> (Self.bitWidth - count)
    }

    func rotatedRight(by count: Int) -> Self {
        self >> count | self << (Self.bitWidth - count)
    }
}
