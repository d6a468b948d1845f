extension Framework {
    /// Name of the 预算执行率 leaf of project frameworks.
    public static let executionRateName = "预算执行率"

    /// `budgetExecuted / <denominator>`: 全年执行数 over the denominator the parameters choose.
    public static func executionRateFormula(_ parameters: FrameworkParameters) -> String {
        "budgetExecuted / " + parameters.executionDenominator
    }

    /// min(rate, 100%) × max: proportional against a 100% target.
    public static let executionRateRule = ScoringRule.proportional(direction: .atLeast, target: "1", inverse: nil)

    /// The 财预〔2020〕10号 project framework: 预算执行率 10 (min(执行数 ÷ 预算数, 1) × 10),
    /// then 产出指标 50, 效益指标 30, 满意度指标 10 filled from the evaluation's targets.
    public static func projectDefault(
        id: String = "mof-2020-project", title: String = "项目支出绩效自评指标体系",
        region: String = "全国", year: Int = 2020, source: String = "财预〔2020〕10号",
        parameters: FrameworkParameters = FrameworkParameters()
    ) -> Framework {
        Framework(
            id: id, title: title, kind: .project, region: region, year: year, source: source,
            parameters: parameters,
            indicators: [
                Indicator(
                    name: executionRateName, max: 10, value: executionRateFormula(parameters),
                    rule: executionRateRule),
                Indicator(name: "产出指标", max: 50, fromTargets: true),
                Indicator(name: "效益指标", max: 30, fromTargets: true),
                Indicator(name: "满意度指标", max: 10, fromTargets: true),
            ])
    }
}
