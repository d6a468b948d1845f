import JixiaoCore

/// The analyzer used until the scoring engine and the checker are merged: it
/// knows the built-in framework ids and checks the two sums of `checks.md`.
public struct InterimAnalyzer: EvaluationAnalyzer {
    public init() {}

    public let frameworks: [FrameworkChoice] = [
        .init(id: "guangdong-county-department", title: "广东县级部门整体支出绩效自评", kind: .departmentWide),
        .init(id: "mof-2013-department", title: "部门整体支出绩效评价共性指标（财预〔2013〕53号）", kind: .departmentWide),
        .init(id: "hunan-department", title: "湖南部门整体支出绩效自评", kind: .departmentWide),
        .init(id: "mof-2020-project", title: "项目支出绩效自评（财预〔2020〕10号）", kind: .project),
    ]

    public func framework(id: String) -> Framework? { nil }

    public func analyze(_ evaluation: Evaluation) -> EvaluationAnalysis {
        EvaluationAnalysis(score: nil, scoreUnavailable: WebText.scoringPending, findings: InterimChecks.findings(evaluation))
    }
}

/// The two sums of `checks.md` (sum.expenditure, sum.basic), until the checker lands.
enum InterimChecks {
    static func findings(_ evaluation: Evaluation) -> [Finding] {
        let f = evaluation.figures
        var findings: [Finding] = []
        if let message = sumMismatch(f, total: "expenditureTotal", parts: ["basicExpenditure", "projectExpenditure"]) {
            findings.append(CheckCatalog.finding("sum.expenditure", message, field: "figures.expenditureTotal"))
        }
        if let message = sumMismatch(f, total: "basicExpenditure", parts: ["personnelExpenditure", "publicExpenditure"]) {
            findings.append(CheckCatalog.finding("sum.basic", message, field: "figures.basicExpenditure"))
        }
        return findings
    }

    /// "a + b = s ≠ total" when all are present and the parts do not add up.
    static func sumMismatch(_ f: Figures, total: String, parts: [String]) -> String? {
        guard let stated = f[total] else { return nil }
        let values = parts.compactMap { f[$0] }
        guard values.count == parts.count else { return nil }
        let sum = values.reduce(ExactDecimal.zero, +)
        guard sum != stated else { return nil }
        let terms = zip(parts, values).map { "\(FigureCatalog.label($0.0)) \($0.1.formatted(places: 2))" }
        return "\(terms.joined(separator: " + ")) = \(sum.formatted(places: 2)) 万元，与\(FigureCatalog.label(total)) \(stated.formatted(places: 2)) 万元不符"
    }
}
