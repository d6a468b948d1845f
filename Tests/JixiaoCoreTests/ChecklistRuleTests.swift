import Testing

@testable import JixiaoCore

@Suite struct ChecklistRuleTests {
    typealias F = ScoringFixtures
    private let system = Indicator(
        name: "管理制度健全性", max: 3,
        rule: .checklist([
            ChecklistItem(name: "有制度", points: 1), ChecklistItem(name: "合法完整", points: 1),
            ChecklistItem(name: "有效执行", points: 1),
        ]))
    private let compliance = Indicator(name: "资金使用合规性", max: 3, rule: .deductions(perBreach: 1))

    @Test func sumsTheTickedItems() {
        let all = F.scoreLeaf(system, input: IndicatorInput(checked: ["有制度", "合法完整", "有效执行"]))
        #expect(all.node.score == 3)
        #expect(all.result.findings.isEmpty)
        let some = F.scoreLeaf(system, input: IndicatorInput(checked: ["有制度", "有效执行"], note: "制度待修订"))
        #expect(some.node.score == 2)
        #expect(some.node.explanation == "满足：有制度（1 分）、有效执行（1 分）；未满足：合法完整（1 分），得 2 分")
        #expect(some.result.findings.isEmpty)
        let none = F.scoreLeaf(system, input: IndicatorInput(checked: []))
        #expect(none.node.score == 0)
        #expect(F.rules(none.result) == ["deviation.missing"])
    }

    @Test func unknownItemsAreInvalid() {
        let scored = F.scoreLeaf(system, input: IndicatorInput(checked: ["有制度", "有制度吗", "合法完整", "有效执行"]))
        #expect(scored.node.score == 3)
        #expect(F.rules(scored.result) == ["indicator.invalid"])
        #expect(scored.result.findings[0].location.field == "indicators.管理制度健全性.checked.有制度")
    }

    @Test func nothingTickedIsNotComputable() {
        let (node, result) = F.scoreLeaf(system)
        #expect(node.score == nil)
        #expect(F.rules(result) == ["figure.missing"])
        #expect(result.findings[0].location.field == "indicators.管理制度健全性.checked.有制度")
    }

    @Test func deductsPerBreachDownToZero() {
        #expect(F.scoreLeaf(compliance, input: IndicatorInput(breaches: 0)).node.score == 3)
        let one = F.scoreLeaf(compliance, input: IndicatorInput(breaches: 1, note: "已整改")).node
        #expect(one.score == 2)
        #expect(one.explanation == "发现 1 处问题 × 1 分 = 扣 1 分，得 2 分")
        let many = F.scoreLeaf(compliance, input: IndicatorInput(breaches: 5, note: "已整改")).node
        #expect(many.score == 0)
        #expect(many.explanation == "发现 5 处问题 × 1 分 = 扣 5 分，扣完为止，得 0 分")
        let negative = F.scoreLeaf(compliance, input: IndicatorInput(breaches: -2))
        #expect(negative.node.score == 3)
        #expect(F.rules(negative.result) == ["indicator.invalid"])
        #expect(F.scoreLeaf(compliance).node.score == nil)
    }

    @Test func halfPointDeductions() {
        // 支付进度: −0.5 per special fund not paid on schedule.
        let leaf = Indicator(name: "支付进度", max: 3, rule: .deductions(perBreach: F.d("0.5")))
        #expect(F.scoreLeaf(leaf, input: IndicatorInput(breaches: 3, note: "x")).node.score == F.d("1.5"))
    }
}
