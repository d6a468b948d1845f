import JixiaoCore
import Testing

@testable import JixiaoImport

/// The project self-evaluation table (财预〔2020〕10号 style) written as a Markdown table.
@Suite struct ProjectReportTests {
    static let base = (try? Support.fixture("project-good.md")) ?? ""

    @Test func factsOfTheTable() {
        let analysis = ReportAnalysis(text: Self.base)
        #expect(analysis.kind == .project)
        #expect(analysis.findings.map(\.message) == [])
        let f = analysis.facts
        #expect(f.unitName?.value == "青山县文化服务中心" && f.unitName?.line == 5)
        #expect(f.amount("budgetAdjusted")?.value.value == 150 && f.amount("budgetExecuted")?.line == 8)
        #expect(f.selfScore?.value == 98 && f.statedGrade?.value == .excellent)
        #expect(f.targets.map(\.name) == ["新建文化广场", "验收合格率", "完工时间", "单个广场建设成本", "受益群众", "群众满意度"])
        #expect(f.targets[4].actual == 21000 && f.targets[4].max == 30 && f.targets[4].note?.hasPrefix("两个广场") == true)
    }

    static let triggers: [(String, String, String, String)] = [
        ("rate.mismatch", "| 10 | 100% | 10 |", "| 10 | 95% | 10 |", "全年执行数 150 万元 ÷ 全年预算数 150 万元 = 100.00%"),
        ("score.sum", "| 100 | 98 | |", "| 100 | 99 | |", "与自评总分 99 分不符"),
        ("score.grade", "| 自评等级 | 优 |", "| 自评等级 | 良 |", "应为「优」"),
        ("deviation.missing", "| 个 | 10 | 20 | 20 |", "| 个 | 14 | 20 | 20 |", "实际完成值 14 为目标值 10 的 140.00%"),
        ("target.direction", "| 完工时间 | ≤ |", "| 完工时间 | ≥ |", "含「时间」"),
        ("target.unquantified", "| ≥ | 10 | 个 |", "| ≥ | 10 | |", "缺少度量单位"),
    ]

    @Test(arguments: triggers.indices)
    func changedTableTriggersTheRule(_ index: Int) {
        let (rule, old, new, fragment) = Self.triggers[index]
        let findings = ReportAnalysis(text: Self.base.replacing(once: old, with: new)).findings.filter { $0.rule == rule }
        #expect(findings.count == 1, "\(rule)")
        #expect(findings.first.map { $0.message.contains(fragment) } == true, "\(findings.first?.message ?? "-")")
    }
}
