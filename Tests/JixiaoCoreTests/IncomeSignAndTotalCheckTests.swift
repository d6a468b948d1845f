import Testing

@testable import JixiaoCore

/// The checks of issue 13 item 6 and issue 12 row 12, each with a fixture that
/// triggers it and a near-identical one that does not.
@Suite struct IncomeSignAndTotalCheckTests {
    typealias F = ScoringFixtures

    private func rules(_ e: Evaluation) -> [String] { EvaluationChecker.check(e).map { "\($0.rule) \($0.location.field ?? "")" } }

    @Test func incomeTotalMustBeTheSumOfItsParts() throws {
        var e = EvaluationCheckerTests.good()
        e.figures["fiscalIncome"] = F.d("563.02")
        e.figures["otherIncome"] = 20
        e.figures["incomeTotal"] = 600
        e.figures["carryoverEnd"] = 140
        let found = EvaluationChecker.check(e)
        #expect(found.map(\.rule) == ["sum.income"])
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(finding.location.field == "figures.incomeTotal")
        #expect(finding.message.contains("财政拨款收入 563.02 万元 + 其他收入 20.00 万元 = 583.02 万元"))
        e.figures["incomeTotal"] = F.d("583.02")
        e.figures["carryoverEnd"] = F.d("123.02")
        #expect(EvaluationChecker.check(e) == [])
    }

    @Test func incomeSumHoldsAtTheWrittenPrecision() {
        var e = EvaluationCheckerTests.good()
        e.figures["fiscalIncome"] = F.d("480.004")
        e.figures["otherIncome"] = F.d("20.004")
        e.figures["incomeTotal"] = F.d("500.02")
        e.figures["carryoverEnd"] = F.d("40.02")
        #expect(EvaluationChecker.check(e) == [])
        e.figures["incomeTotal"] = F.d("500.05")
        e.figures["carryoverEnd"] = F.d("40.05")
        #expect(EvaluationChecker.check(e).map(\.rule) == ["sum.income"])
    }

    @Test func negativeMoneyIsAnErrorAtItsField() throws {
        var e = EvaluationCheckerTests.good()
        e.figures["incomeTotal"] = -500
        e.figures["carryoverStart"] = 1000
        e.figures["carryoverEnd"] = 20
        let found = EvaluationChecker.check(e)
        #expect(found.map { "\($0.rule) \($0.location.field ?? "")" } == ["figure.negative figures.incomeTotal"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == "收入合计为 -500.00 万元，不能为负数")
        e.figures["incomeTotal"] = 500
        e.figures["carryoverStart"] = 20
        e.figures["carryoverEnd"] = 40
        #expect(EvaluationChecker.check(e) == [])
    }

    @Test func aNegativeBalanceCarriedOverIsNotFlagged() {
        var e = EvaluationCheckerTests.good()
        e.figures["carryoverStart"] = -20
        e.figures["carryoverEnd"] = 0
        #expect(EvaluationChecker.check(e) == [])
    }

    @Test func negativeSelfScoreIsAnErrorAtTheField() throws {
        var e = EvaluationCheckerTests.good()
        e.indicators["A1"] = IndicatorInput(selfScore: -1)
        let found = EvaluationChecker.check(e)
        #expect(found.map { "\($0.rule) \($0.location.field ?? "")" } == ["score.negative indicators.A1.selfScore"])
        #expect(found.first?.severity == .error)
        e.indicators["A1"] = IndicatorInput(selfScore: 0)
        #expect(EvaluationChecker.check(e) == [])
        e.statedTotal = -3
        #expect(rules(e) == ["score.negative statedTotal"])
    }

    @Test func negativeSelfScoreStillShowsInTheScoredTree() throws {
        let leaf = Indicator(name: "预算编制", max: 5, rule: .manual)
        let scored = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: -1, note: "x"))
        #expect(scored.node.selfScore == -1)
        #expect(scored.node.score == 0)
        #expect(scored.node.explanation.contains("-1"))
    }

    @Test func statedTotalMustEqualTheComputedTotal() throws {
        let framework = F.framework([Indicator(name: "甲", max: 50, rule: .manual), Indicator(name: "乙", max: 50, rule: .manual)])
        var e = F.evaluation(inputs: ["甲": IndicatorInput(selfScore: 48, note: "n"), "乙": IndicatorInput(selfScore: 49, note: "n")])
        e.statedTotal = 98
        let result = Scorer(framework: framework).score(e)
        #expect(result.total == 97)
        let finding = try #require(result.findings.first { $0.rule == "score.total-mismatch" })
        #expect(finding.location.field == "statedTotal")
        #expect(finding.message == "填报的自评总分 98.00 分与按各项得分计算的总分 97.00 分不符")
        e.statedTotal = 97
        #expect(!Scorer(framework: framework).score(e).findings.contains { $0.rule == "score.total-mismatch" })
        e.statedTotal = nil
        #expect(!Scorer(framework: framework).score(e).findings.contains { $0.rule == "score.total-mismatch" })
    }

    @Test func everyNewRuleIsInTheCatalogue() {
        for id in ["sum.income", "score.total-mismatch", "score.negative", "figure.negative"] {
            #expect(CheckCatalog.entry(id) != nil, "\(id)")
        }
    }
}
