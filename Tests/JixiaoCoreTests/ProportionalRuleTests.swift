import Testing

@testable import JixiaoCore

@Suite struct ProportionalRuleTests {
    typealias F = ScoringFixtures
    private func rule(_ direction: Direction, _ target: String?, _ inverse: InverseFormula? = nil) -> Indicator {
        F.leaf(.proportional(direction: direction, target: target, inverse: inverse), name: "完成值")
    }

    @Test func higherIsBetterIsFullAtOrAboveTargetElseProportional() {
        #expect(F.score(rule(.atLeast, "100"), x: "100") == 10)
        #expect(F.score(rule(.atLeast, "100"), x: "120") == 10)
        #expect(F.score(rule(.atLeast, "100"), x: "95") == F.d("9.5"))
        #expect(F.score(rule(.greaterThan, "100"), x: "100") == 10)
        #expect(F.score(rule(.atLeast, "100"), x: "0") == 0)
        #expect(F.score(rule(.atLeast, "100"), x: "-5") == 0)
        #expect(F.score(rule(.atLeast, "3"), x: "2") == F.d("6.67"))
    }

    @Test func lowerIsBetterRatioAndLinear() {
        let ratio = FrameworkParameters(inverseFormula: .ratio)
        let linear = FrameworkParameters(inverseFormula: .linear)
        #expect(F.score(rule(.atMost, "100"), x: "100") == 10)
        #expect(F.score(rule(.lessThan, "100"), x: "80") == 10)
        #expect(F.score(rule(.atMost, "100"), x: "125", parameters: ratio) == 8)
        #expect(F.score(rule(.atMost, "100"), x: "125", parameters: linear) == F.d("7.5"))
        #expect(F.score(rule(.atMost, "100"), x: "200", parameters: linear) == 0)
        #expect(F.score(rule(.atMost, "100"), x: "300", parameters: linear) == 0)
        #expect(F.score(rule(.atMost, "100"), x: "200", parameters: ratio) == 5)
        // The rule's own choice wins over the framework's.
        #expect(F.score(rule(.atMost, "100", .linear), x: "125", parameters: ratio) == F.d("7.5"))
        #expect(F.score(rule(.atMost, "100", .ratio), x: "125", parameters: linear) == 8)
    }

    @Test func lowerIsBetterWithZeroTarget() {
        #expect(F.score(rule(.atMost, "0"), x: "0") == 10)
        #expect(F.score(rule(.atMost, "0"), x: "5", parameters: FrameworkParameters(inverseFormula: .ratio)) == 0)
        #expect(F.score(rule(.atMost, "0"), x: "5", parameters: FrameworkParameters(inverseFormula: .linear)) == 0)
    }

    @Test func equalTargets() {
        #expect(F.score(rule(.equal, "100"), x: "100") == 10)
        #expect(F.score(rule(.equal, "100"), x: "90") == 9)
        #expect(F.score(rule(.equal, "0"), x: "0") == 10)
        #expect(F.score(rule(.equal, "0"), x: "-1") == 10)
        #expect(F.score(rule(.equal, "0"), x: "0.01") == 0)
    }

    @Test func targetMayBeAFormula() {
        let leaf = F.leaf(.proportional(direction: .atLeast, target: "y * 2", inverse: nil), name: "完成值")
        let scored = F.scoreLeaf(leaf, figures: ["x": 15, "y": 10]).node
        #expect(scored.score == F.d("7.5"))
        let missing = F.scoreLeaf(leaf, figures: ["x": 15]).node
        #expect(missing.score == nil)
        #expect(missing.explanation == "无法计算（缺少数据“y”）")
    }

    @Test func missingTargetIsNotComputable() {
        let (node, result) = F.scoreLeaf(rule(.atLeast, nil), figures: ["x": 1])
        #expect(node.score == nil)
        #expect(node.explanation == "无法计算（未设定目标值）")
        #expect(F.rules(result) == ["figure.missing"])
    }

    @Test func explainsWithTheNumbers() {
        let leaf = Indicator(
            name: "预算执行率", max: 10, value: "全年执行数 / 全年预算数",
            rule: .proportional(direction: .atLeast, target: "100%", inverse: nil))
        let full = F.scoreLeaf(leaf, figures: ["budgetExecuted": F.d("563.02"), "budgetAdjusted": F.d("563.02")]).node
        #expect(full.explanation == "预算执行率 = 全年执行数 ÷ 全年预算数 = 563.02 ÷ 563.02 = 100.00% ≥ 100.00%，得满分 10 分")
        #expect(full.value?.inputs == ["budgetExecuted": F.d("563.02"), "budgetAdjusted": F.d("563.02")])
        let part = F.scoreLeaf(leaf, figures: ["budgetExecuted": 95, "budgetAdjusted": 100]).node
        #expect(part.explanation == "预算执行率 = 全年执行数 ÷ 全年预算数 = 95.00 ÷ 100.00 = 95.00% < 100.00%，按比例得 95.00% ÷ 100.00% × 10 = 9.5 分")
        let inverse = F.scoreLeaf(
            F.leaf(.proportional(direction: .atMost, target: "1", inverse: .linear), name: "成本率"),
            figures: ["x": F.d("1.25")]
        ).node
        #expect(inverse.explanation == "成本率 = x = 1.25 = 125.00% > 100.00%，超出目标值 25.00%，按 (1 − 25.00%) × 10 = 7.5 分")
    }

    @Test func overshootNeedsAnExplanation() {
        let leaf = rule(.atLeast, "100")
        let high = F.scoreLeaf(leaf, figures: ["x": 130])
        #expect(high.node.score == 10)
        #expect(F.rules(high.result) == ["deviation.missing"])
        #expect(high.result.findings[0].location.field == "indicators.完成值.note")
        let explained = F.scoreLeaf(leaf, figures: ["x": 130], input: IndicatorInput(note: "年初目标偏保守"))
        #expect(explained.result.findings.isEmpty)
        #expect(F.rules(F.scoreLeaf(leaf, figures: ["x": F.d("129.99")]).result).isEmpty)
    }

    @Test func overshootMayLosePointsWhenTheFrameworkSaysSo() {
        let parameters = FrameworkParameters(penaliseOvershoot: true)
        #expect(F.score(rule(.atLeast, "100"), x: "200", parameters: parameters) == 5)
        #expect(F.score(rule(.atLeast, "100"), x: "120", parameters: parameters) == 10)
    }
}
