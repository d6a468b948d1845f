import Foundation
import JixiaoCore
import JixiaoFiles
import Testing

@testable import JixiaoRender

/// One monitoring round as a .docx: the header, the budget table, the targets table on a
/// landscape page, lights in words (and shaded), each light's arithmetic and the findings.
@Suite struct MonitoringDocumentTests {
    static func document(_ name: String) throws -> (round: MonitoringRound, result: MonitoringResult, xml: String) {
        let entry = try MonitoringSummaryTests.entry(name)
        let data = try DocxRenderer.render(ReportDocument(monitoring: entry.round, result: entry.result))
        #expect(try Package.allXMLWellFormed(data))
        return (entry.round, entry.result, try Package.part("word/document.xml", of: data))
    }

    @Test func theRoundReadsAsItsLightsInWords() throws {
        // when
        let (_, result, xml) = try Self.document("monitoring-2025-07-issues.yaml")
        let texts = XML.texts(of: "w:t", in: xml)
        // then
        #expect(texts.prefix(2).joined() == "五华县政务服务数据管理局2025年度项目绩效运行监控表（政务服务热线运行维护）")
        for line in ["数据截至：", "2025年7月31日", "时间进度：", "7 ÷ 12 = 58.33%", "总体亮灯：", "黄灯"] {
            #expect(texts.contains(line), "\(line)")
        }
        #expect(texts.contains(MonitoringLabels.budgetHeading) && texts.contains(MonitoringLabels.targetsHeading))
        // the budget row: 120.00, 84.00, 70.00%, 58.33%, 120.00%, 绿灯, 125.00
        let budget = try #require(texts.firstIndex(of: "全年预计执行"))
        #expect(Array(texts[(budget + 1)...(budget + 7)]) == ["120.00", "84.00", "70.00%", "58.33%", "120.00%", "绿灯", "125.00"])
        // every target's light and its sentence
        #expect(texts.filter { $0 == "黄灯" }.count >= 3)
        #expect(texts.contains("预算执行：" + result.budget.reading.explanation))
        #expect(texts.contains("工单办结量：" + result.targets[0].reading.explanation))
        #expect(texts.contains { $0.hasPrefix("【错误】") && $0.contains("工单办结量") })
        #expect(result.findings.count == 3 && texts.filter { $0.hasPrefix("【错误】") }.count == 3)
    }

    @Test func theTargetsTableIsOnALandscapePageAndLightCellsAreShaded() throws {
        let (_, _, xml) = try Self.document("monitoring-project-2025-07.yaml")
        // the budget table (7 columns) stays portrait; the targets table's section is landscape; the text after is portrait
        #expect(try Self.landscape(xml, after: "全年预计执行") == false)
        #expect(try Self.landscape(xml, after: "工单平均办理时长") == true)
        #expect(try Self.landscape(xml, after: MonitoringLabels.explanationsHeading) == false)
        #expect(xml.contains("w:fill=\"\(CellFill.red.rgb)\"") && xml.contains("w:fill=\"\(CellFill.green.rgb)\""))
        #expect(!xml.contains("w:fill=\"\(CellFill.blue.rgb)\""))
    }

    /// True when the section holding the first `marker` is landscape (a section's properties close it).
    static func landscape(_ xml: String, after marker: String) throws -> Bool {
        let start = try #require(xml.range(of: marker)).upperBound
        let section = try #require(xml.range(of: "<w:sectPr>", range: start..<xml.endIndex))
        let end = try #require(xml.range(of: "</w:sectPr>", range: section.upperBound..<xml.endIndex))
        return xml[section.upperBound..<end.lowerBound].contains("w:orient=\"landscape\"")
    }

    @Test func aRoundWithoutTargetsSaysSo() throws {
        let round = MonitoringRound(
            unit: "某局", fiscalYear: 2025, asOf: CalendarDate(year: 2025, month: 6, day: 30),
            budget: MonitoredBudget(annual: 100, executed: 50))
        let document = ReportDocument(monitoring: round, result: round.evaluate())
        let xml = DocxRenderer.documentXML(document)
        #expect(document.title == "某局2025年度绩效运行监控表")
        #expect(XML.texts(of: "w:t", in: xml).contains(MonitoringLabels.noTargets))
        #expect(document.tables.count == 1)
    }
}
