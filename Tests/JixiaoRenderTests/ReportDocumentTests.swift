import JixiaoCore
import Testing

@testable import JixiaoRender

@Suite struct ReportDocumentTests {
    @Test func departmentReportFollowsTheSectionCatalogue() {
        // when
        let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
        // then
        let headings = report.blocks.compactMap { block -> String? in
            if case .heading(_, let text) = block { return text } else { return nil }
        }
        #expect(headings == ReportSection.departmentWide.map(\.heading))
        #expect(report.title == "示例县数据服务管理局2023年度部门整体支出绩效自评报告")
        #expect(report.meta.map(\.label) == ["部门名称", "下属二级预算单位数量", "填报人", "联系电话", "填报日期"])
        #expect(report.meta.last?.value == "2024年4月15日")
        #expect(report.findings.isEmpty)
        #expect(report.signature.date == "2024年4月15日")
    }

    @Test func missingRequiredSectionIsAVisibleGapAndAFinding() {
        // given
        var evaluation = Fixtures.departmentEvaluation()
        evaluation.narrative.removeAll { $0.key == "problems" || $0.key == "targets" }
        // whitespace and control characters only count as no text
        evaluation.narrative = evaluation.narrative.map {
            $0.key == "execution" ? NarrativeSection(key: "execution", title: $0.title, text: "  \n\t\u{0} ") : $0
        }
        // when
        let report = ReportDocument(evaluation: evaluation, score: Fixtures.departmentScore())
        // then
        #expect(report.findings.map(\.rule) == ["section.missing", "section.missing", "section.missing"])
        #expect(report.findings.map(\.location.field) == ["narrative.targets", "narrative.execution", "narrative.problems"])
        #expect(report.blocks.contains(.gap("【此部分未填写：存在问题及改进意见】")))
        // the optional 下一步工作计划 is left out silently
        #expect(!report.blocks.contains(.gap("【此部分未填写：下一步工作计划】")))
        // no template guidance is put in place of the missing text
        let guidance = ReportSection.departmentWide.compactMap(\.guidance)
        #expect(
            !report.blocks.contains { block in
                if case .paragraph(let text) = block { return guidance.contains(text) } else { return false }
            })
    }

    @Test func moneyTableTotalsAreSumsOnlyWhenThePartsAgree() throws {
        // given
        var evaluation = Fixtures.departmentEvaluation()
        // when
        let table = ReportDocument(evaluation: evaluation, score: Fixtures.departmentScore()).tables[0]
        // then 支出合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费
        #expect(table.rows[2].cells[1] == .sum(Fixtures.d("563.02"), places: 2, rows: [3, 6]))
        #expect(table.rows[3].cells[1] == .sum(Fixtures.d("410.50"), places: 2, rows: [4, 5]))
        // given parts that do not add up
        evaluation.figures["projectExpenditure"] = Fixtures.d("150")
        let wrong = ReportDocument(evaluation: evaluation, score: Fixtures.departmentScore()).tables[0]
        // then the stated total stays a plain number (the check reports the difference)
        #expect(wrong.rows[2].cells[1] == .number(Fixtures.d("563.02"), places: 2))
    }

    @Test func scoreTableHasOneRowPerLeafAndATotalThatAddsUp() throws {
        // when
        let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
        let table = try #require(report.tables.first { $0.name == "评分表" })
        // then
        #expect(table.columns.map(\.title) == ["一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明", "偏差原因"])
        #expect(table.rows.count == 11)
        #expect(table.rows[1].cells[0] == .continued)
        #expect(table.rows[5].cells[6] == .text("部分采购延至次年执行"))
        let total = try #require(table.rows.last)
        #expect(total.isTotal)
        #expect(total.cells[3] == .sum(100, places: 2, rows: Array(0..<10)))
        #expect(total.cells[4] == .sum(Fixtures.d("93.85"), places: 2, rows: Array(0..<10)))
        #expect(total.cells[5] == .text("自评等级：优"))
        #expect(
            report.blocks.contains(
                .paragraph(
                    "经自评，本部门2023年度部门整体支出绩效自评综合得分为93.85分（满分100.00分），自评等级为“优”。")))
    }

    @Test func computedIndicatorsShowTheFormulaInChinese() throws {
        let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
        let table = try #require(report.tables.first { $0.name == "计算指标" })
        #expect(
            table.rows[0].cells.map(\.text) == [
                "政府采购执行率", "实际政府采购金额 ÷ 政府采购预算 = 18.50 ÷ 20.00 = 92.50%",
                "实际政府采购金额 18.50 万元；政府采购预算 20.00 万元", "92.50%",
            ])
    }

    @Test func projectTableCarriesTargetsAndFunds() throws {
        // when
        let report = ReportDocument(evaluation: Fixtures.projectEvaluation(), score: Fixtures.projectScore())
        // then
        #expect(report.title == "项目支出绩效自评表（2023年度）")
        #expect(report.meta.map(\.label) == ["项目名称", "主管部门", "实施单位", "填报单位", "填报人", "联系电话", "填报日期"])
        #expect(
            report.meta.map(\.value) == [
                "便民热线运行项目", "示例县数据服务管理局", "示例县政务服务中心",
                "示例县政务服务中心", "李测试", "13800000000", "2024年3月20日",
            ])
        let funds = try #require(report.tables.first { $0.name == "项目资金" })
        #expect(funds.rows[0].cells.map(\.text) == ["年度资金总额", "120.00", "125.00", "118.40", "10.00", "94.72%", "9.47"])
        #expect(funds.rows.count == 1, "no 其中 rows while none of their figures is entered")
        let indicators = try #require(report.tables.first { $0.name == "自评表" })
        let orders = try #require(indicators.rows.first { $0.cells[2] == .text("受理工单数") })
        #expect(orders.cells[3...6].map(\.text) == ["≥", "5,000", "件", "5,936"])
        #expect(indicators.rows.last?.cells[8] == .sum(Fixtures.d("99.25"), places: 2, rows: Array(0..<6)))
        #expect(report.blocks.contains(.paragraph("保障热线全年稳定运行，工单按时办结。")))
        #expect(report.findings.isEmpty)
    }

    /// The 其中 rows follow the total once a part is entered; a part left blank says 未填报.
    @Test func fundsTableShowsItsPartsOnceEntered() throws {
        var evaluation = Fixtures.projectEvaluation()
        evaluation.figures["fiscalFundsInitial"] = 100
        evaluation.figures["fiscalFundsAdjusted"] = 105
        evaluation.figures["fiscalFundsExecuted"] = Fixtures.d("99.4")
        evaluation.figures["carryoverFundsAdjusted"] = 20
        evaluation.figures["carryoverFundsExecuted"] = 19
        let report = ReportDocument(evaluation: evaluation, score: Fixtures.projectScore())
        let funds = try #require(report.tables.first { $0.name == "项目资金" })
        #expect(
            funds.rows.map { $0.cells.map(\.text) } == [
                ["年度资金总额", "120.00", "125.00", "118.40", "10.00", "94.72%", "9.47"],
                ["其中：本年财政拨款", "100.00", "105.00", "99.40", "", "94.67%", ""],
                ["上年结转资金", "未填报", "20.00", "19.00", "", "95.00%", ""],
                ["其他资金", "未填报", "未填报", "未填报", "", "", ""],
            ])
    }

    @Test func narrativeWithAnUnknownKeyFindsItsSectionByTitle() {
        // given
        var evaluation = Fixtures.departmentEvaluation()
        evaluation.narrative.removeAll { $0.key == "problems" }
        evaluation.narrative.append(NarrativeSection(key: "issues", title: "存在的问题", text: "采购计划编制偏晚。"))
        evaluation.narrative.append(NarrativeSection(key: "annex", title: "附：数据说明", text: "数据取自决算报表。"))
        // when
        let report = ReportDocument(evaluation: evaluation, score: Fixtures.departmentScore())
        // then
        let problems = report.blocks.firstIndex(of: .heading(level: 1, text: "三、存在问题及改进意见"))
        #expect(problems.map { report.blocks[$0 + 1] } == .paragraph("采购计划编制偏晚。"))
        #expect(report.findings.isEmpty)
        #expect(Array(report.blocks.suffix(2)) == [.heading(level: 1, text: "附：数据说明"), .paragraph("数据取自决算报表。")])
    }
}
