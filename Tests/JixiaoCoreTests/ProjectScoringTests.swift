import Testing

@testable import JixiaoCore

@Suite struct ProjectScoringTests {
    typealias F = ScoringFixtures

    private func target(
        _ name: String, _ levels: [String], _ direction: Direction, target: String?, actual: String?,
        unit: String = "件", max: ExactDecimal? = nil, outcome: QualitativeOutcome? = nil,
        note: String? = nil
    ) -> Target {
        Target(
            levels: levels, name: name, direction: direction, targetValue: target.map(F.d), unit: unit,
            actualValue: actual.map(F.d), maxScore: max, outcome: outcome, deviationNote: note)
    }

    private var targets: [Target] {
        [
            target("办件量", ["产出指标", "数量指标"], .atLeast, target: "1000", actual: "1200", max: 20),
            target(
                "按时办结率", ["产出指标", "时效指标"], .atLeast, target: "100", actual: "95", unit: "%", max: 15,
                note: "系统故障"),
            target("单件成本", ["产出指标", "成本指标"], .atMost, target: "50", actual: "40", unit: "元", max: 15),
            target("群众办事便利度", ["效益指标", "社会效益指标"], .qualitative, target: nil, actual: nil, outcome: .achieved),
            target("经济效益", ["效益指标", "经济效益指标"], .qualitative, target: nil, actual: nil, outcome: .achieved),
            target("服务对象满意度", ["满意度指标"], .atLeast, target: "90", actual: "96", unit: "%"),
        ]
    }

    private func evaluation(
        figures: [String: ExactDecimal] = ["budgetExecuted": F.d("563.02"), "budgetAdjusted": F.d("563.02")],
        inputs: [String: IndicatorInput]? = nil
    ) -> Evaluation {
        F.evaluation(
            figures: figures,
            inputs: inputs ?? [
                "群众办事便利度": IndicatorInput(selfScore: 15), "经济效益": IndicatorInput(selfScore: F.d("13.5"), note: "x"),
            ], targets: targets, kind: .project)
    }

    @Test func defaultFrameworkIsTenFiftyThirtyTen() {
        let framework = Framework.projectDefault()
        #expect(framework.indicators.map(\.max) == [10, 50, 30, 10])
        #expect(framework.indicators.map(\.name) == ["预算执行率", "产出指标", "效益指标", "满意度指标"])
        #expect(framework.total == 100)
    }

    @Test func scoresTheProjectTable() {
        let result = Scorer(framework: .projectDefault()).score(evaluation())
        #expect(result.nodes[0].score == 10)
        #expect(
            result.nodes[0].explanation
                == "预算执行率 = 全年执行数 ÷ 全年预算数 = 563.02 ÷ 563.02 = 100.00% ≥ 100.00%，得满分 10 分")
        let output = result.nodes[1]
        #expect(output.children.map(\.name) == ["数量指标", "时效指标", "成本指标"])
        #expect(output.children.map(\.level) == [2, 2, 2])
        #expect(output.children[0].children[0].level == 3)
        #expect(output.children[1].children[0].score == F.d("14.25"))  // 95 ÷ 100 × 15
        #expect(
            output.children[1].children[0].explanation
                == "按时办结率 实际完成值 95% < 100%，按比例得 95% ÷ 100% × 15 = 14.25 分")
        #expect(output.score == F.d("49.25"))
        // Two qualitative targets split 效益指标 30 evenly.
        #expect(result.nodes[2].leaves.map(\.max) == [15, 15])
        #expect(result.nodes[2].score == F.d("28.5"))
        // A target without a second level sits directly under its heading.
        #expect(result.nodes[3].children.map(\.name) == ["服务对象满意度"])
        #expect(result.nodes[3].children[0].level == 2)
        #expect(result.nodes[3].score == 10)
        #expect(result.total == F.d("97.75"))
        #expect(result.grade == .excellent)
        // 办件量 1200 ≥ 130% of 1000? No (120%): no explanation required.
        #expect(result.findings.isEmpty)
    }

    @Test func executionRateUsesTheChosenDenominatorAndIsCapped() {
        let parameters = FrameworkParameters(executionDenominator: "budgetInitial")
        let scorer = Scorer(framework: .projectDefault(parameters: parameters))
        let result = scorer.score(evaluation(figures: ["budgetExecuted": 90, "budgetInitial": 100, "budgetAdjusted": 90]))
        #expect(result.nodes[0].score == 9)
        #expect(result.nodes[0].explanation.hasPrefix("预算执行率 = 全年执行数 ÷ 年初预算数 = 90.00 ÷ 100.00 = 90.00%"))
        let over = Scorer(framework: .projectDefault()).score(evaluation(figures: ["budgetExecuted": 110, "budgetAdjusted": 100]))
        #expect(over.nodes[0].score == 10)
    }

    @Test func executionRateLeafWithoutFormulaGetsTheDefault() {
        let framework = F.framework([Indicator(name: "预算执行率", max: 10)], kind: .project)
        let result = Scorer(framework: framework).score(evaluation(figures: ["budgetExecuted": 45, "budgetAdjusted": 50]))
        #expect(result.nodes[0].score == 9)
        #expect(result.nodes[0].ruleKind == "proportional")
    }

    @Test func stateMaximaAndEvenSplits() {
        let targets = [
            target("甲", ["产出指标"], .atLeast, target: "1", actual: "1", max: 20),
            target("乙", ["产出指标"], .atLeast, target: "1", actual: "1"),
            target("丙", ["产出指标"], .atLeast, target: "1", actual: "1"),
            target("丁", ["产出指标"], .atLeast, target: "1", actual: "1"),
        ]
        #expect(Scorer.split(50, among: targets) == [20, 10, 10, 10])
        #expect(Scorer.split(10, among: Array(targets.dropFirst())) == [F.d("3.33"), F.d("3.33"), F.d("3.34")])
    }

    @Test func headingNamesMatchWithOrWithout指标() {
        #expect(Scorer.sameHeading("产出", "产出指标"))
        #expect(Scorer.sameHeading("产出指标", "产出指标"))
        #expect(!Scorer.sameHeading("效益指标", "产出指标"))
        #expect(!Scorer.sameHeading(nil, "产出指标"))
    }

    @Test func missingTargetsAndValuesAreReported() {
        let empty = F.evaluation(figures: ["budgetExecuted": 1, "budgetAdjusted": 1], kind: .project)
        let result = Scorer(framework: .projectDefault()).score(empty)
        #expect(result.nodes[1].score == nil)
        #expect(result.nodes[1].explanation == "未填报该类绩效目标")
        #expect(F.rules(result) == ["figure.missing", "figure.missing", "figure.missing"])
        #expect(result.total == 10)

        let noActual = [target("办件量", ["产出指标"], .atLeast, target: "100", actual: nil)]
        let partial = Scorer(framework: .projectDefault())
            .score(F.evaluation(figures: ["budgetExecuted": 1, "budgetAdjusted": 1], targets: noActual, kind: .project))
        #expect(partial.nodes[1].children[0].explanation == "无法计算（缺少实际完成值）")
        #expect(partial.findings[0].location.field == "targets.0.actual")
    }

    @Test func targetFindingsPointAtTheTargetAndItsInput() {
        let low = [target("办件量", ["产出指标"], .atLeast, target: "100", actual: "50")]
        let result = Scorer(framework: .projectDefault()).score(
            F.evaluation(
                figures: ["budgetExecuted": 1, "budgetAdjusted": 1], inputs: ["办件量": IndicatorInput(selfScore: 50)],
                targets: low, kind: .project))
        // The self-score is the target's indicator input; the 偏差原因 is its row's input (row 0).
        let rules = result.findings.filter { ["score.unsupported", "deviation.missing"].contains($0.rule) }
        #expect(rules.map(\.rule) == ["score.unsupported", "deviation.missing"])
        #expect(rules.map(\.location.field) == ["indicators.办件量.selfScore", "targets.0.deviationNote"])
        let high = [target("办件量", ["产出指标"], .atLeast, target: "100", actual: "130")]
        let overshoot = Scorer(framework: .projectDefault()).score(
            F.evaluation(
                figures: ["budgetExecuted": 1, "budgetAdjusted": 1], targets: high, kind: .project))
        #expect(
            overshoot.findings.first { $0.rule == "deviation.missing" }?.message
                == "“办件量”实际完成值 130件 达到目标值 100件 的 130.00% 以上，需说明原因（目标是否偏低）")
    }

    @Test func notApplicableTargetsAreExcluded() {
        var inputs = ["群众办事便利度": IndicatorInput(selfScore: 15), "经济效益": IndicatorInput(notApplicable: true)]
        inputs["单件成本"] = IndicatorInput(notApplicable: true)
        let result = Scorer(framework: .projectDefault()).score(evaluation(inputs: inputs))
        #expect(result.excluded == ["单件成本", "经济效益"])
        // Applicable 70, scored 10 + 20 + 14.25 + 15 + 10 = 69.25 → 98.93.
        #expect(result.total == F.d("98.93"))
    }
}
