import Testing

@testable import JixiaoCore

@Suite struct ThresholdStepRuleTests {
    typealias F = ScoringFixtures
    /// 湖南: ≤ 100% full, −0.5 per percentage point over, on a leaf worth 5.
    private func rule(_ side: Direction = .atMost, partial: Bool, per: String = "0.01") -> Indicator {
        F.leaf(
            .thresholdStep(standard: 1, side: side, deduct: F.d("0.5"), per: F.d(per), partialSteps: partial),
            name: "在职人员控制率", max: 5)
    }

    @Test func fullWithinTheStandardIncludingTheBoundary() {
        #expect(F.score(rule(partial: false), x: "0.8") == 5)
        #expect(F.score(rule(partial: false), x: "1") == 5)
        #expect(F.score(rule(.atLeast, partial: false), x: "1") == 5)
        #expect(F.score(rule(.atLeast, partial: false), x: "1.2") == 5)
    }

    @Test func wholeStepsOnlyUnlessPartialStepsCount() {
        #expect(F.score(rule(partial: false), x: "1.025") == 4)
        #expect(F.score(rule(partial: true), x: "1.025") == F.d("3.5"))
        #expect(F.score(rule(partial: false), x: "1.03") == F.d("3.5"))
        #expect(F.score(rule(partial: true), x: "1.03") == F.d("3.5"))
        #expect(F.score(rule(partial: false), x: "1.009") == 5)
        #expect(F.score(rule(partial: true), x: "1.001") == F.d("4.5"))
    }

    @Test func belowAStandardOnTheHigherSide() {
        // 预算完成率: 100% full, −2 per 5 points below.
        let leaf = F.leaf(
            .thresholdStep(standard: 1, side: .atLeast, deduct: 2, per: F.d("0.05"), partialSteps: false),
            name: "预算完成率", max: 10)
        #expect(F.score(leaf, x: "0.9") == 6)
        #expect(F.score(leaf, x: "0.94") == 8)
    }

    @Test func strictSideExcludesTheBoundary() {
        #expect(F.score(rule(.lessThan, partial: true), x: "1") == F.d("4.5"))
        #expect(F.score(rule(.lessThan, partial: false), x: "1") == 5)
        #expect(F.score(rule(.lessThan, partial: true), x: "0.99") == 5)
    }

    @Test func deductsDownToZeroOnly() {
        #expect(F.score(rule(partial: false), x: "1.1") == 0)
        #expect(F.score(rule(partial: false), x: "3") == 0)
        let node = F.scoreLeaf(rule(partial: false), figures: ["x": 3]).node
        #expect(node.explanation.hasSuffix("扣完为止，得 0 分"))
    }

    @Test func explainsTheDeduction() {
        let node = F.scoreLeaf(rule(partial: false), figures: ["x": F.d("1.025")]).node
        #expect(
            node.explanation == "在职人员控制率 = x = 1.025 = 102.50%，不满足 ≤ 100.00%，超出 2.5 个百分点，每 1 个百分点扣 0.5 分（不足一档不扣），计 2 档 × 0.5 = 扣 1 分，得 4 分")
    }

    @Test func missingValueIsNotComputable() {
        let leaf = F.leaf(
            .thresholdStep(standard: 1, side: .atMost, deduct: 1, per: F.d("0.01"), partialSteps: false),
            name: "在职人员控制率", max: 5, value: "在职人数 / 编制数")
        let (node, result) = F.scoreLeaf(leaf, figures: ["staffActual": 20])
        #expect(node.score == nil)
        #expect(node.explanation == "无法计算（缺少数据“编制数”）")
        #expect(result.findings.map(\.location.field) == ["figures.staffAuthorized"])
        let zero = F.scoreLeaf(leaf, figures: ["staffActual": 20, "staffAuthorized": 0]).node
        #expect(zero.explanation == "无法计算（除数“编制数”为零）")
    }
}
