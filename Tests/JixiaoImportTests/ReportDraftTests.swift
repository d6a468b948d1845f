import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// `ReportDraft` on its own (no framework): the year, section texts and their limits.
struct ReportDraftTests {
    let base = Evaluation(kind: .departmentWide, unit: Unit(name: "测试局"), fiscalYear: 2025, frameworkID: "x")

    func draft(_ text: String, ext: String = "txt") throws -> ReportDraft {
        try ReportDraft.read(data: Data(text.utf8), ext: ext, filename: "r.\(ext)", base: base, framework: nil)
    }

    @Test("the report's year replaces the chosen one with a notice; a report without a year keeps the chosen one silently")
    func year() throws {
        let with = try draft("测试局2023年度部门整体支出绩效自评报告\n（一）部门职能\n负责全县政务服务。")
        let without = try draft("测试局部门整体支出绩效自评报告\n（一）部门职能\n负责全县政务服务。")
        #expect(with.evaluation.fiscalYear == 2023)
        #expect(with.notices == ["报告所写年度为 2023 年，与所选的 2025 年不同：草稿按报告记为 2023 年度。"])
        #expect(without.evaluation.fiscalYear == 2025)
        #expect(without.notices.isEmpty)
    }

    @Test("sections keep at most 200 KB together, each at least 4 KB, with a note of what was cut")
    func textBudget() throws {
        let long = String(repeating: "本单位严格执行预算管理制度，资金使用规范。\n", count: 3_000)  // ≈ 190 KB
        let text = "（一）部门职能\n" + long + "（二）年度总体工作和重点工作任务\n" + long + "（三）部门整体支出绩效目标\n" + long
        let narrative = try draft(text).evaluation.narrative
        let kept = narrative.map(\.text.utf8.count).reduce(0, +)
        #expect(kept <= ReportDraft.maxKeptText + 2 * ReportDraft.minSectionTextForTests + 600)
        #expect(narrative.first { $0.key == "targets" }?.text.contains("全文过长") == true)
        #expect(narrative.first { $0.key == "functions" }?.text.hasPrefix("本单位严格执行预算管理制度") == true)
    }

    @Test("Markdown sections keep the text without its marks; a text without any section heading is kept whole")
    func markdownAndWhole() throws {
        let markdown = try draft("## （一）部门职能\n\n负责**全县**政务服务。\n", ext: "md")
        let plain = try draft("本单位全年工作顺利。\n没有分节。")
        #expect(markdown.evaluation.narrative.first { $0.key == "functions" }?.text == "负责全县政务服务。")
        #expect(plain.evaluation.narrative.map(\.key) == ["report"])
        #expect(plain.evaluation.narrative.first?.text == "本单位全年工作顺利。\n没有分节。")
    }
}

extension ReportDraft {
    static var minSectionTextForTests: Int { DraftMapper.minSectionText }
}
