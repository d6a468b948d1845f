import JixiaoCore

/// Minimal demo evaluations (invented figures) for the sample units.
enum DemoEvaluations {
    static func all(units: [JixiaoCore.Unit]) -> [Evaluation] {
        units.filter { $0.code != "finance" }.enumerated().map { index, unit in
            var e = Evaluation(kind: .departmentWide, unit: unit, fiscalYear: 2023,
                               frameworkID: "guangdong-county-department",
                               narrative: NarrativeTemplate.sections(for: .departmentWide))
            let base = ExactDecimal(500 + 100 * index)
            e.figures["incomeTotal"] = base
            e.figures["expenditureTotal"] = base
            e.figures["basicExpenditure"] = base - 120
            e.figures["projectExpenditure"] = 120
            e.figures["budgetAdjusted"] = base + 20
            e.figures["budgetExecuted"] = base
            e.targets = [
                Target(levels: ["产出指标", "数量指标"], name: "办件量", direction: .atLeast,
                       targetValue: 1000, unit: "件", actualValue: ExactDecimal(1000 + 50 * index)),
            ]
            return e
        }
    }
}
