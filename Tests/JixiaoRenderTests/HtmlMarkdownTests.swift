import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

@Suite struct HtmlMarkdownTests {
    let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())

    @Test func htmlIsAPrintablePageWithTheSameContent() {
        // when
        let html = HtmlRenderer.render(report)
        // then
        #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(html.contains("<h1>示例县数据服务管理局2023年度部门整体支出绩效自评报告</h1>"))
        #expect(html.contains("<h2>一、部门基本情况</h2>"))
        #expect(html.contains("<h3>（一）部门职能</h3>"))
        #expect(html.contains("<td rowspan=\"4\">预算编制</td>"))
        #expect(html.contains("<tr class=\"jx-total\"><td>合计</td>"))
        #expect(html.contains("<td class=\"jx-number\">93.85</td>"))
        #expect(html.contains("<dt>填报人</dt><dd>张测试</dd>"))
    }

    @Test func markdownHasHeadingsTablesAndTotals() {
        // when
        let markdown = MarkdownRenderer.render(report)
        // then
        #expect(markdown.hasPrefix("# 示例县数据服务管理局2023年度部门整体支出绩效自评报告\n"))
        #expect(markdown.contains("\n## 三、存在问题及改进意见\n"))
        #expect(markdown.contains("| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 评分说明 | 偏差原因 |\n| --- | --- | --- | ---: | ---: | --- | --- |"))
        #expect(markdown.contains("| **合计** |  |  | **100.00** | **93.85** | **自评等级：优** |  |"))
        #expect(markdown.contains("填报日期：2024年4月15日"))
    }

    @Test func markdownEscapesSyntax() {
        #expect(MarkdownText.escape("# a*b*_c_ <x> & [l](u) | `c`") == "\\# a\\*b\\*\\_c\\_ \\<x\\> \\& \\[l\\](u) \\| \\`c\\`")
        #expect(MarkdownText.escape("1. 项") == "1\\. 项")
        #expect(MarkdownText.escape("- 项") == "\\- 项")
        #expect(MarkdownText.cell("甲\n乙|丙") == "甲<br>乙\\|丙")
        #expect(MarkdownText.cell("100.00") == "100.00")
        #expect(MarkdownText.escape("2023年") == "2023年")
    }
}
