import Testing

@testable import JixiaoCore

@Suite struct ScorerTotalTests {
    typealias F = ScoringFixtures

    private func manual(_ name: String, _ max: ExactDecimal) -> Indicator { Indicator(name: name, max: max, rule: .manual) }

    private func scoreManual(_ maxima: [ExactDecimal], _ scores: [String], notApplicable: Set<Int> = []) -> ScoreResult {
        let leaves = maxima.enumerated().map { manual("指标\($0.offset + 1)", $0.element) }
        var inputs: [String: IndicatorInput] = [:]
        for (index, score) in scores.enumerated() {
            inputs["指标\(index + 1)"] = IndicatorInput(
                selfScore: F.d(score), note: "说明",
                notApplicable: notApplicable.contains(index) ? true : nil)
        }
        return Scorer(framework: F.framework(leaves, total: 100)).score(F.evaluation(inputs: inputs))
    }

    @Test func roundsLeafScoresHalfUpToHundredths() {
        let leaf = F.leaf(.proportional(direction: .atLeast, target: "8", inverse: nil), name: "完成值")
        #expect(F.score(leaf, x: "3.3") == F.d("4.13"))  // 4.125 → 4.13
        #expect(F.score(leaf, x: "3.2999992") == F.d("4.12"))  // 4.124999 → 4.12
        #expect(
            F.scoreLeaf(manual("m", 5), input: IndicatorInput(selfScore: F.d("4.005"), note: "x")).node.score
                == F.d("4.01"))
    }

    @Test func headingsSumTheirChildren() {
        let framework = F.framework(
            [
                Indicator(
                    name: "预算执行", max: 20,
                    children: [
                        Indicator(name: "资金管理", max: 20, children: [manual("甲", 8), manual("乙", 12)])
                    ]),
                manual("丙", 80),
            ], total: 100)
        let evaluation = F.evaluation(inputs: [
            "甲": IndicatorInput(selfScore: 8), "乙": IndicatorInput(selfScore: F.d("10.5"), note: "x"),
            "丙": IndicatorInput(selfScore: 80),
        ])
        let result = Scorer(framework: framework).score(evaluation)
        #expect(result.nodes[0].score == F.d("18.5"))
        #expect(result.nodes[0].level == 1)
        #expect(result.nodes[0].children[0].level == 2)
        #expect(result.nodes[0].children[0].children[1].level == 3)
        #expect(result.nodes[0].explanation == "下级指标得分合计 18.5 分（分值 20 分）")
        #expect(result.total == F.d("98.5"))
        #expect(result.grade == .excellent)
        #expect(result.nodes[0].leaves.map(\.id) == ["甲", "乙"])
    }

    @Test func gradeEdgesUseTheUnroundedTotal() {
        let edge = scoreManual([50, 50], ["44.998", "44.998"])
        #expect(edge.nodes.map(\.score) == [45, 45])
        #expect(edge.total == 90)
        #expect(edge.unroundedTotal == F.d("89.996"))
        #expect(edge.grade == .good)
        #expect(edge.explanation == "总分 = 各指标得分之和 90 分，等级“良”（按未取整的总分 89.996 分评定）")
        let cases: [(String, Grade)] = [
            ("90", .excellent), ("89.99", .good), ("80", .good), ("79.99", .fair),
            ("60", .fair), ("59.99", .poor), ("0", .poor),
        ]
        for (total, grade) in cases {
            #expect(scoreManual([100], [total]).grade == grade, "\(total)")
        }
        #expect(scoreManual([100], ["95"]).explanation == "总分 = 各指标得分之和 95 分，等级“优”")
    }

    @Test func notApplicableIndicatorsAreExcludedAndTheTotalRescaled() {
        let result = scoreManual([10, 40, 50], ["0", "36", "45"], notApplicable: [0])
        #expect(result.excluded == ["指标1"])
        #expect(result.nodes[0].notApplicable)
        #expect(result.nodes[0].score == nil)
        #expect(result.total == 90)
        #expect(result.grade == .excellent)
        #expect(result.explanation == "不适用指标 指标1（10 分）已剔除，适用指标分值合计 90 分，得分 81 分，折算为 81 ÷ 90 × 100 = 90 分，等级“优”")
        #expect(result.findings.isEmpty)
        let thirds = scoreManual([10, 20, 70], ["0", "20", "60"], notApplicable: [0])
        #expect(thirds.total == F.d("88.89"))  // 80 ÷ 90 × 100
        #expect(thirds.unroundedTotal == F.d("88.888888889"))
        let none = scoreManual([100], ["50"], notApplicable: [0])
        #expect(none.total == 0)
    }

    @Test func headingOfOnlyExcludedIndicatorsIsExcluded() {
        let framework = F.framework(
            [
                Indicator(name: "资产管理", max: 10, children: [manual("甲", 10)]), manual("乙", 90),
            ], total: 100)
        let result = Scorer(framework: framework).score(
            F.evaluation(inputs: [
                "甲": IndicatorInput(notApplicable: true), "乙": IndicatorInput(selfScore: 81, note: "x"),
            ]))
        #expect(result.nodes[0].notApplicable)
        #expect(result.total == 90)
    }

    @Test func uncomputableLeavesFallBackToTheSelfScore() {
        let leaf = Indicator(
            name: "在职人员控制率", max: 5, value: "在职人数 / 编制数",
            rule: .thresholdStep(
                standard: 1, side: .atMost, deduct: F.d("0.5"), per: F.d("0.01"),
                partialSteps: false))
        let (node, result) = F.scoreLeaf(leaf, figures: ["staffActual": 20], input: IndicatorInput(selfScore: 5))
        #expect(node.score == 5)
        #expect(node.explanation == "无法按数据计算（缺少数据“编制数”），采用自评得分 5 分")
        #expect(F.rules(result) == ["figure.missing"])
        #expect(result.findings[0].message == "“在职人员控制率”无法按数据计算：缺少数据“编制数”")
        #expect(result.total == 5)
        #expect(result.computed.map(\.reason) == ["缺少数据“编制数”"])
        let without = F.scoreLeaf(leaf, figures: ["staffActual": 20])
        #expect(without.node.score == nil)
        #expect(without.result.total == 0)
    }

    @Test func selfScoresAboveTheComputedScoreAreUnsupported() {
        let leaf = Indicator(
            name: "预算执行率", max: 10, value: "全年执行数 / 全年预算数",
            rule: .proportional(direction: .atLeast, target: "1", inverse: nil))
        let (node, result) = F.scoreLeaf(
            leaf, figures: ["budgetExecuted": 80, "budgetAdjusted": 100],
            input: IndicatorInput(selfScore: 10, note: "项目延期"))
        #expect(node.score == 8)
        #expect(node.selfScore == 10)
        #expect(F.rules(result) == ["score.unsupported"])
        #expect(
            result.findings[0].message
                == "“预算执行率”自评得分 10 分高于按数据计算的得分 8 分（预算执行率 = 全年执行数 ÷ 全年预算数 = 80.00 ÷ 100.00 = 80.00% < 100.00%，按比例得 80.00% ÷ 100.00% × 10 = 8 分）"
        )
        #expect(result.findings[0].location.field == "indicators.预算执行率.selfScore")
        // The finding takes its explanation from the leaf's record; replacing the
        // nodes keeps the message it had.
        var replaced = result
        replaced.nodes = [node]
        #expect(replaced.findings[0].message == result.findings[0].message)
        let over = F.scoreLeaf(
            leaf, figures: ["budgetExecuted": 80, "budgetAdjusted": 100],
            input: IndicatorInput(selfScore: 11, note: "x"))
        #expect(F.rules(over.result) == ["score.over-max"])
    }

    @Test func inputsAreFoundByNameWhenIdsDiffer() {
        let leaf = Indicator(id: "budgetQuality", name: "预算编制合理性", max: 5, rule: .manual)
        let byName = F.scoreLeaf(leaf, input: nil)
        #expect(byName.node.score == nil)
        let scorer = Scorer(framework: F.framework([leaf]))
        let result = scorer.score(F.evaluation(inputs: ["预算编制合理性": IndicatorInput(selfScore: 5)]))
        #expect(result.nodes[0].score == 5)
    }

    @Test func invalidFormulasAreReportedNotFatal() {
        let leaf = Indicator(name: "坏公式", max: 5, value: "(a + b", rule: .bands([Band(score: 5)]))
        let (node, result) = F.scoreLeaf(leaf, figures: ["a": 1, "b": 2])
        #expect(node.score == nil)
        #expect(node.explanation == "无法计算（公式“(a + b”有误：第 7 列：缺少右括号）")
        #expect(F.rules(result) == ["figure.missing"])
    }

    @Test func ruleKindsAreNamed() {
        let rules: [ScoringRule] = [
            .proportional(direction: .atLeast, target: nil, inverse: nil),
            .thresholdStep(standard: 1, side: .atMost, deduct: 1, per: 1, partialSteps: false),
            .bands([]), .checklist([]), .deductions(perBreach: 1), .qualitative, .manual,
        ]
        #expect(
            rules.map(\.kindName) == [
                "proportional", "thresholdStep", "bands", "checklist", "deductions",
                "qualitative", "manual",
            ])
    }
}
