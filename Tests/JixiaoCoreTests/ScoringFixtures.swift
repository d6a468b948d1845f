@testable import JixiaoCore

/// Frameworks and evaluations built in Swift for the scoring tests.
enum ScoringFixtures {
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    /// A framework whose top level is `indicators`; its total is their sum unless given.
    static func framework(
        _ indicators: [Indicator], kind: EvaluationKind = .departmentWide, total: ExactDecimal? = nil,
        parameters: FrameworkParameters = FrameworkParameters()
    ) -> Framework {
        Framework(
            id: "test", title: "测试指标体系", kind: kind, region: "测试", year: 2024, source: "测试",
            total: total ?? indicators.reduce(ExactDecimal.zero) { $0 + $1.max },
            parameters: parameters, indicators: indicators)
    }

    static func evaluation(
        figures: [String: ExactDecimal] = [:], inputs: [String: IndicatorInput] = [:],
        targets: [Target] = [], kind: EvaluationKind = .departmentWide
    ) -> Evaluation {
        Evaluation(
            kind: kind, unit: Unit(name: "测试单位"), fiscalYear: 2024, frameworkID: "test",
            figures: Figures(figures), targets: targets, indicators: inputs)
    }

    /// Scores a single leaf and returns its node and the whole result.
    static func scoreLeaf(
        _ leaf: Indicator, figures: [String: ExactDecimal] = [:], input: IndicatorInput? = nil,
        parameters: FrameworkParameters = FrameworkParameters()
    ) -> (node: ScoredNode, result: ScoreResult) {
        let scorer = Scorer(framework: framework([leaf], parameters: parameters))
        let result = scorer.score(evaluation(figures: figures, inputs: input.map { [leaf.id: $0] } ?? [:]))
        return (result.nodes[0], result)
    }

    /// A leaf scored by `rule` on the value of `value` (a figure named `x` by default).
    static func leaf(_ rule: ScoringRule, name: String = "控制率", max: ExactDecimal = 10, value: String? = "x") -> Indicator {
        Indicator(name: name, max: max, value: value, rule: rule)
    }

    /// The score of `leaf` when figure `x` is `x`.
    static func score(
        _ leaf: Indicator, x: String, input: IndicatorInput? = nil,
        parameters: FrameworkParameters = FrameworkParameters()
    ) -> ExactDecimal? {
        scoreLeaf(leaf, figures: ["x": d(x)], input: input, parameters: parameters).node.score
    }

    /// The rule ids of the findings.
    static func rules(_ result: ScoreResult) -> [String] { result.findings.map(\.rule) }
}
