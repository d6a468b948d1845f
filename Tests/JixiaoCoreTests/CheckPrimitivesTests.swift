import Testing
@testable import JixiaoCore

@Suite struct CheckPrimitivesTests {
    @Test(arguments: ["0751-6920122", "13719971687", "０７５１－６９２０１２２", "020-12345678", "6920122"])
    func validPhones(_ text: String) { #expect(PhoneNumber.isValid(text)) }

    @Test(arguments: ["0751-69201", "1371997168", "23719971687", "电话", "12345"])
    func invalidPhones(_ text: String) { #expect(!PhoneNumber.isValid(text)) }

    @Test func datesParseAndValidate() {
        #expect(CalendarDate("2024年3月25日") == CalendarDate(year: 2024, month: 3, day: 25))
        #expect(CalendarDate("2024-3-25") == CalendarDate("2024.3.25"))
        #expect(CalendarDate("2024 年 2 月 29 日")?.isValid == true)
        #expect(CalendarDate("2023年2月29日")?.isValid == false)
        #expect(CalendarDate("2024年13月1日")?.isValid == false)
        #expect(CalendarDate("2024年4月15日")?.iso == "2024-04-15")
        #expect(CalendarDate(year: 2023, month: 12, day: 8).isAfterEnd(ofFiscalYear: 2023) == false)
    }

    @Test func directionLexicon() {
        #expect(DirectionLexicon.conflict(name: "单场演出成本", direction: .atLeast) == "成本")
        #expect(DirectionLexicon.conflict(name: "单场演出成本", direction: .atMost) == nil)
        #expect(DirectionLexicon.conflict(name: "群众满意度", direction: .atMost) == "满意度")
        #expect(DirectionLexicon.conflict(name: "资金支出执行率", direction: .atLeast) == nil)
    }

    @Test func statedRateToleranceIsHalfTheLastDigit() {
        #expect(StatedRateCheck(statedPercent: 79, statedPlaces: 0, numerator: 15, denominator: 19).matches == true)
        #expect(StatedRateCheck(statedPercent: ExactDecimal("92.64")!, statedPlaces: 2, numerator: 3460, denominator: 3735).matches == true)
        #expect(StatedRateCheck(statedPercent: ExactDecimal("92.6")!, statedPlaces: 1, numerator: 3460, denominator: 3735).matches == true)
        #expect(StatedRateCheck(statedPercent: ExactDecimal("92.65")!, statedPlaces: 2, numerator: 3460, denominator: 3735).matches == false)
        #expect(StatedRateCheck(statedPercent: 80, statedPlaces: 0, numerator: 15, denominator: 19).matches == false)
        #expect(StatedRateCheck(statedPercent: 80, statedPlaces: 0, numerator: 1, denominator: 0).matches == nil)
    }

    @Test func sumToleranceIsOneCentPerTerm() {
        let a = StatedAmount(label: "基本支出", value: ExactDecimal("390.73")!)
        let b = StatedAmount(label: "项目支出", value: ExactDecimal("620.85")!)
        let near = SumCheck(terms: [(1, a), (1, b)], total: StatedAmount(label: "支出合计", value: ExactDecimal("1011.59")!))
        #expect(near.holds)
        let far = SumCheck(terms: [(1, a), (1, b)], total: StatedAmount(label: "支出合计", value: ExactDecimal("921.52")!))
        #expect(!far.holds)
        #expect(CheckMessages.sum(far) == "基本支出 390.73 万元 + 项目支出 620.85 万元 = 1,011.58 万元，与支出合计 921.52 万元不符（相差 90.06 万元）")
    }

    @Test func gradeFromTotalAndEnumeration() {
        #expect(GradeCheck.mismatch(stated: .excellent, total: 89)?.rule == "score.grade")
        #expect(GradeCheck.mismatch(stated: .good, total: 89) == nil)
        #expect(EnumerationSequence.breaks(in: [1, 2, 3, 4, 5, 6, 5]).map(\.expected) == [7])
        #expect(EnumerationSequence.breaks(in: [1, 2, 1, 2, 3]).isEmpty)
        #expect(ChineseNumeral.value(Array("二十三".unicodeScalars)) == 23)
    }

    @Test func figureRulesAreExpressions() {
        #expect(FigureRule.builtIn.map(\.rule) == ["sum.expenditure", "sum.basic", "balance"])
        #expect(FigureRule.builtIn[2].formula.figureIDs == ["carryoverStart", "incomeTotal", "expenditureTotal"])
    }
}
