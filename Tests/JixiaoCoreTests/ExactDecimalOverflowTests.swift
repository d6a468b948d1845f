import Testing

@testable import JixiaoCore

/// Sums beyond the 128-bit range saturate instead of trapping (issue 12: a hostile
/// framework's `max` of 10²⁹ twice trapped `jixiao frameworks validate` and the server).
@Suite("ExactDecimal overflow")
struct ExactDecimalOverflowTests {
    @Test("sums, differences, negation, rounding and floor saturate at the bounds")
    func saturates() {
        let big = ExactDecimal(units: Int128.max - 1)
        let small = ExactDecimal(units: Int128.min + 1)
        #expect((big + big).units == Int128.max)
        #expect((small + small).units == Int128.min)
        #expect((small - big).units == Int128.min)
        #expect((big - small).units == Int128.max)
        #expect((-ExactDecimal(units: Int128.min)).units == Int128.max)
        var total = big
        total += big
        #expect(total.units == Int128.max)
        total = small
        total -= big
        #expect(total.units == Int128.min)
        #expect(ExactDecimal(units: Int128.max).rounded(places: 0).units == Int128.max)
        #expect(ExactDecimal(units: Int128.min).rounded(places: 0).units == Int128.min)
        #expect(ExactDecimal(units: Int128.min + 1).floor.units == Int128.min)
        #expect(ExactDecimal(5) + ExactDecimal(-7) == ExactDecimal(-2))
        #expect(ExactDecimal(5) - ExactDecimal(7) == ExactDecimal(-2))
    }
}
