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
        #expect(
            StatedRateCheck(statedPercent: ExactDecimal("92.65")!, statedPlaces: 2, numerator: 3460, denominator: 3735).matches == false)
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
        #expect(
            FigureRule.builtIn.map(\.rule) == [
                "sum.expenditure", "sum.basic", "balance", "sum.funds", "sum.funds", "sum.funds",
                "sum.income",
            ])
        #expect(FigureRule.builtIn[6].formula.figureIDs == ["fiscalIncome", "otherIncome"])
        #expect(FigureRule.builtIn[4].formula.figureIDs == ["fiscalFundsAdjusted", "carryoverFundsAdjusted", "otherFundsAdjusted"])
        #expect(FigureRule.builtIn[2].formula.figureIDs == ["carryoverStart", "incomeTotal", "expenditureTotal"])
    }

    /// sum.expenditure, sum.basic and balance as the built-in rules apply them: the
    /// exact sum of the terms, within 0.01 万元 per term added (two decimals written).
    /// A difference equal to the tolerance holds; one cent more fires.
    @Test(arguments: [
        ("sum.expenditure", ["basicExpenditure": "300.00", "projectExpenditure": "180.00"], "expenditureTotal", "480.00", "0.02"),
        ("sum.basic", ["personnelExpenditure": "250.37", "publicExpenditure": "49.64"], "basicExpenditure", "300.01", "0.02"),
        ("balance", ["carryoverStart": "20.00", "incomeTotal": "500.00", "expenditureTotal": "480.00"], "carryoverEnd", "40.00", "0.03"),
        (
            "sum.funds", ["fiscalFundsInitial": "100.00", "carryoverFundsInitial": "20.00", "otherFundsInitial": "0.50"],
            "budgetInitial", "120.50", "0.03"
        ),
    ])
    func figureRuleToleranceEdge(rule: String, terms: [String: String], total: String, sum: String, tolerance: String) throws {
        let figureRule = try #require(FigureRule.builtIn.first { $0.rule == rule })
        var amounts: [String: StatedAmount] = [:]
        for (id, text) in terms { amounts[id] = StatedAmount(label: FigureCatalog.label(id), value: ExactDecimal(text)!) }
        let exact = ExactDecimal(sum)!, allowed = ExactDecimal(tolerance)!, cent = ExactDecimal("0.01")!
        func fires(_ stated: ExactDecimal) -> Bool {
            var all = amounts
            all[total] = StatedAmount(label: FigureCatalog.label(total), value: stated)
            if let check = figureRule.check(all) {
                #expect(check.computed == exact)
                #expect(check.tolerance == allowed)
            }
            return !FigureRule.findings(all, rules: [figureRule]) { _ in FindingLocation(field: total) }.isEmpty
        }
        #expect(!fires(exact))
        #expect(!fires(exact + allowed))
        #expect(!fires(exact - allowed))
        #expect(fires(exact + allowed + cent))
        #expect(fires(exact - allowed - cent))
    }

    /// A term written with three decimals narrows the tolerance to its own last digit.
    @Test func finerWrittenPrecisionNarrowsTheTolerance() {
        let a = StatedAmount(label: "基本支出", value: ExactDecimal("300.125")!, precision: ExactDecimal("0.001")!)
        let b = StatedAmount(label: "项目支出", value: ExactDecimal("180.00")!)
        let at = SumCheck(terms: [(1, a), (1, b)], total: StatedAmount(label: "支出合计", value: ExactDecimal("480.136")!))
        #expect(at.tolerance == ExactDecimal("0.011")! && at.holds)
        let over = SumCheck(terms: [(1, a), (1, b)], total: StatedAmount(label: "支出合计", value: ExactDecimal("480.137")!))
        #expect(!over.holds)
    }
}
