import Foundation
import JixiaoCore
import JixiaoFiles

/// Demo evaluations: a 2024 draft with invented figures per unit, plus the example
/// files (examples/*.yaml) of the units they name.
enum DemoEvaluations {
    /// The evaluations of the example files in `folder` whose unit is a demo unit.
    static func examples(folder: String, units: [JixiaoCore.Unit]) -> [Evaluation] {
        let url = URL(fileURLWithPath: folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { name in
            guard var e = try? EvaluationReader.read(url: url.appendingPathComponent(name)).evaluation,
                let unit = units.first(where: { $0.name == e.unit.name })
            else { return nil }
            e.unit = unit
            return e
        }
    }

    static func all(units: [JixiaoCore.Unit]) -> [Evaluation] {
        units.filter { $0.code != "finance" }.enumerated().map { index, unit in
            var e = Evaluation(
                kind: .departmentWide, unit: unit, fiscalYear: 2024,
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
                Target(
                    levels: ["产出指标", "数量指标"], name: "办件量", direction: .atLeast,
                    targetValue: 1000, unit: "件", actualValue: ExactDecimal(1000 + 50 * index))
            ]
            return e
        }
    }
}
