import Testing

@testable import JixiaoCore

@Suite struct ManualRuleTests {
    typealias F = ScoringFixtures
    private let leaf = Indicator(name: "预算编制合理性", max: 5, rule: .manual)

    @Test func usesTheEnteredScore() {
        let full = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: 5))
        #expect(full.node.score == 5)
        #expect(full.node.selfScore == 5)
        #expect(full.node.explanation == "自评 5 分（人工评分）")
        #expect(full.result.findings.isEmpty)
    }

    @Test func belowMaximumNeedsAJustification() {
        let bare = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: F.d("4.5")))
        #expect(bare.node.score == F.d("4.5"))
        #expect(F.rules(bare.result) == ["deviation.missing"])
        #expect(bare.result.findings[0].location.field == "indicators.预算编制合理性.note")
        #expect(bare.result.findings[0].message == "“预算编制合理性”得分 4.5 分低于分值 5 分，未说明偏差原因及改进措施")
        let blank = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: 4, note: "  "))
        #expect(F.rules(blank.result) == ["deviation.missing"])
        let justified = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: 4, note: "部分项目未细化"))
        #expect(justified.result.findings.isEmpty)
        #expect(justified.node.deviationNote == "部分项目未细化")
    }

    @Test func aboveMaximumIsCappedAndFlagged() {
        let over = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: 6))
        #expect(over.node.score == 5)
        #expect(over.node.explanation == "自评 6 分（人工评分）；超过分值，按 5 分计")
        #expect(F.rules(over.result) == ["score.over-max"])
        #expect(over.result.findings[0].location.field == "indicators.预算编制合理性.selfScore")
    }

    @Test func negativeScoresFloorAtZero() {
        let negative = F.scoreLeaf(leaf, input: IndicatorInput(selfScore: -1, note: "x"))
        #expect(negative.node.score == 0)
    }

    @Test func missingScoreIsReported() {
        let (node, result) = F.scoreLeaf(leaf)
        #expect(node.score == nil)
        #expect(node.explanation == "无法计算（未录入评分）")
        #expect(F.rules(result) == ["figure.missing"])
    }
}
