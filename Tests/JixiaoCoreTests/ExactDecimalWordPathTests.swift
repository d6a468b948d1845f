import Testing

@testable import JixiaoCore

/// Products and quotients of values that fit a machine word take a path of their
/// own (one 128-by-64-bit division); they must equal exact `Int128` arithmetic
/// rounded half away from zero, at the edges of that path too.
@Suite struct ExactDecimalWordPathTests {
    /// `numerator ÷ denominator` rounded half away from zero, in `Int128`.
    static func roundedQuotient(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        guard r.magnitude * 2 >= denominator.magnitude else { return q }
        return (numerator < 0) != (denominator < 0) ? q - 1 : q + 1
    }

    /// Edge values in 10⁻⁹ units, then pseudo-random ones of every size.
    static let operands: [Int128] = {
        var values: [Int128] = [
            0, 1, -1, 5, -5, 499_999_999, 500_000_000, -500_000_000, 999_999_999, 1_000_000_000,
            -1_000_000_000, 3_037_000_499, 3_037_000_500, 9_223_372_036, 9_223_372_037,
            Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) - 1, Int128(Int64.min) + 1,
            Int128(Int64.max) + 1, Int128(Int64.min) - 1, Int128(UInt64.max),
        ]
        var state: UInt64 = 0x1234_5678
        for _ in 0..<150 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let magnitude = Int128(z >> (z % 64))
            values.append(z & 1 == 0 ? magnitude : -magnitude)
        }
        return values
    }()

    @Test func productsEqualExactArithmetic() {
        var checked = 0
        for a in Self.operands {
            for b in Self.operands {
                let (product, overflow) = a.multipliedReportingOverflow(by: b)
                guard !overflow else { continue }
                let expected = Self.roundedQuotient(product, ExactDecimal.unit)
                #expect(
                    ExactDecimal(units: a).multiplied(by: ExactDecimal(units: b))?.units == expected,
                    "\(a) × \(b)")
                checked += 1
            }
        }
        #expect(checked > 20_000)
    }

    @Test func quotientsEqualExactArithmetic() {
        var checked = 0
        for a in Self.operands {
            for d in Self.operands where d != 0 {
                let (scaled, overflow) = a.multipliedReportingOverflow(by: ExactDecimal.unit)
                guard !overflow else { continue }
                let expected = Self.roundedQuotient(scaled, d)
                #expect(ExactDecimal(units: a).divided(by: ExactDecimal(units: d))?.units == expected, "\(a) ÷ \(d)")
                checked += 1
            }
        }
        #expect(checked > 20_000)
    }

    @Test func halvesRoundAwayFromZero() {
        #expect(ExactDecimal(units: 1).divided(by: ExactDecimal(2))?.units == 1)
        #expect(ExactDecimal(units: -1).divided(by: ExactDecimal(2))?.units == -1)
        #expect(ExactDecimal(2).divided(by: ExactDecimal(3))?.description == "0.666666667")
        #expect(ExactDecimal(-2).divided(by: ExactDecimal(3))?.description == "-0.666666667")
        #expect(ExactDecimal(units: 5).multiplied(by: ExactDecimal(units: 100_000_000))?.units == 1)
        #expect(ExactDecimal(units: -5).multiplied(by: ExactDecimal(units: 100_000_000))?.units == -1)
    }
}
