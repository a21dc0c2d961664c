/// A non-negative decimal number as strconv's formatting works on it. The value is
/// 0.d₁d₂d₃… × 10^pointPosition, with no leading or trailing zero digits, and zero has no digits.
struct DecimalDigits {
    /// Digit values 0…9, not ASCII.
    var digits: [UInt8]
    var pointPosition: Int

    /// Returns the shortest digits that read back as `value`, from Swift's shortest description.
    init(shortest value: Double) {
        self.init(description: value.description)
    }

    init(shortest value: Float) {
        self.init(description: value.description)
    }

    private init(description: String) {
        digits = []
        pointPosition = 0
        var pointSeen = false
        var digitsBeforePoint = 0
        var exponent = 0
        var exponentSign = 1
        var inExponent = false

        for byte in description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if inExponent {
                    exponent = exponent * 10 + Int(digit)
                } else {
                    digits.append(digit)
                    if !pointSeen { digitsBeforePoint += 1 }
                }
            case UInt8(ascii: "."):
                pointSeen = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "-"):
                if inExponent { exponentSign = -1 }
            default:
                break
            }
        }
        pointPosition = digitsBeforePoint + exponentSign * exponent
        trimZeros()
    }

    /// Returns every digit of the exact binary value of a finite, non-negative `value`.
    init(exact value: Double) {
        digits = []
        pointPosition = 0
        guard value != 0 else { return }

        let exponent = Int(value.exponent) - Double.significandBitCount
        var significand = value.significandBitPattern
        if value.isNormal {
            significand |= 1 << UInt64(Double.significandBitCount)
        }
        // Subnormals carry the minimum exponent without the implicit bit.
        let binaryExponent = value.isNormal ? exponent : Int(Double.leastNormalMagnitude.exponent) - Double.significandBitCount

        var number = DecimalBigInteger(significand)
        var shift = 0
        if binaryExponent >= 0 {
            number.multiply(byPowerOf: 2, count: binaryExponent)
        } else {
            // m × 2^-k equals m × 5^k / 10^k.
            number.multiply(byPowerOf: 5, count: -binaryExponent)
            shift = -binaryExponent
        }
        digits = number.decimalDigits()
        pointPosition = digits.count - shift
        trimZeros()
    }

    /// Rounds to `count` significant digits, half to even on an exact tie, as Go's decimal does.
    /// A negative count leaves the digits alone.
    mutating func round(toDigits count: Int) {
        guard count >= 0, count < digits.count else { return }
        if shouldRoundUp(at: count) {
            var index = count - 1
            while index >= 0 && digits[index] == 9 {
                index -= 1
            }
            if index < 0 {
                digits = [1]
                pointPosition += 1
            } else {
                digits[index] += 1
                digits.removeSubrange((index + 1)...)
            }
        } else {
            digits.removeSubrange(count...)
        }
        trimZeros()
    }

    private func shouldRoundUp(at count: Int) -> Bool {
        if digits[count] == 5 && count + 1 == digits.count {
            return count > 0 && digits[count - 1] % 2 == 1
        }
        return digits[count] >= 5
    }

    private mutating func trimZeros() {
        var leading = 0
        while leading < digits.count && digits[leading] == 0 {
            leading += 1
        }
        if leading > 0 {
            digits.removeFirst(leading)
            pointPosition -= leading
        }
        while let last = digits.last, last == 0 {
            digits.removeLast()
        }
        if digits.isEmpty {
            pointPosition = 0
        }
    }
}

/// An unsigned integer in base 10⁹ limbs, least significant first: just enough arithmetic to
/// expand a double exactly.
private struct DecimalBigInteger {
    private static let limbBase: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = []
        var rest = value
        repeat {
            limbs.append(rest % Self.limbBase)
            rest /= Self.limbBase
        } while rest > 0
    }

    mutating func multiply(byPowerOf base: UInt64, count: Int) {
        // Multiply in chunks that keep each limb product below 2^64.
        let chunkSize = base == 2 ? 29 : 12
        var remaining = count
        while remaining > 0 {
            let step = min(remaining, chunkSize)
            var factor: UInt64 = 1
            for _ in 0..<step {
                factor *= base
            }
            multiply(by: factor)
            remaining -= step
        }
    }

    private mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = limbs[index] * factor + carry
            limbs[index] = product % Self.limbBase
            carry = product / Self.limbBase
        }
        while carry > 0 {
            limbs.append(carry % Self.limbBase)
            carry /= Self.limbBase
        }
    }

    func decimalDigits() -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(limbs.count * 9)
        for (position, limb) in limbs.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var rest = limb
            for index in stride(from: 8, through: 0, by: -1) {
                chunk[index] = UInt8(rest % 10)
                rest /= 10
            }
            if position == 0 {
                result.append(contentsOf: chunk.drop { $0 == 0 })
            } else {
                result.append(contentsOf: chunk)
            }
        }
        return result
    }
}
