import Testing

@testable import JixiaoCore

@Suite struct ExactDecimalTests {
    @Test func parsesAndPrintsExactly() {
        #expect(ExactDecimal("1174.46")?.description == "1174.46")
        #expect(ExactDecimal("-0.50")?.description == "-0.5")
        #expect(ExactDecimal("1,0") == nil)
        #expect(ExactDecimal("abc") == nil)
    }

    @Test func addsWithoutBinaryError() {
        let a = ExactDecimal("0.1")!, b = ExactDecimal("0.2")!
        #expect((a + b) == ExactDecimal("0.3")!)
    }

    @Test func roundsHalfUpToTwoPlaces() {
        #expect(ExactDecimal("1.005")!.rounded(places: 2).description == "1.01")
        #expect(ExactDecimal("-1.005")!.rounded(places: 2).description == "-1.01")
        #expect(ExactDecimal("1.004")!.rounded(places: 2).description == "1")
    }

    @Test func dividesAndReportsZeroDivisor() {
        #expect(ExactDecimal(3460).divided(by: 3735)!.percentText == "92.64%")
        #expect(ExactDecimal(15).divided(by: 19)!.percentText == "78.95%")
        #expect(ExactDecimal(1).divided(by: .zero) == nil)
    }

    @Test func formatsWithGrouping() {
        #expect(ExactDecimal("1174.456")!.formatted(places: 2, grouping: true) == "1,174.46")
        #expect(ExactDecimal(1_234_567).formatted(places: 2, grouping: true) == "1,234,567.00")
    }

    @Test func parsesMoneyInEveryUnit() {
        #expect(MoneyParser.parse("1,174.46万元")?.wanYuan == ExactDecimal("1174.46"))
        #expect(MoneyParser.parse("１２３万元")?.wanYuan == ExactDecimal(123))
        #expect(MoneyParser.parse("5,630,200.00元")?.wanYuan == ExactDecimal("563.02"))
        #expect(MoneyParser.parse("1.2亿元")?.wanYuan == ExactDecimal(12000))
        #expect(MoneyParser.parse("约 3.5 万元")?.wanYuan == ExactDecimal("3.5"))
        #expect(MoneyParser.parse("1,17.4") == nil)
        #expect(MoneyParser.parse("1,174.46万元")?.writtenPlaces == 2)
    }
}
