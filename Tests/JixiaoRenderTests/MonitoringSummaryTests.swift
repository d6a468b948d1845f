import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Testing

@testable import JixiaoRender

/// The 监控情况汇总表 (.xlsx) read back: one row per target of every round, the budget row of
/// each round, numbers as numbers, lights as words and as cell colours.
@Suite struct MonitoringSummaryTests {
    static func entry(_ name: String) throws -> MonitoringSummary.Entry {
        let round = try MonitoringReader.read(url: packageRoot.appendingPathComponent("examples/\(name)"), file: name).round
        return MonitoringSummary.Entry(round: round, result: round.evaluate())
    }

    static func twoRounds() throws -> WorkbookCells {
        let entries = [try entry("monitoring-2025-07.yaml"), try entry("monitoring-2025-07-issues.yaml")]
        return try WorkbookCells(MonitoringSummary(entries: entries).xlsx())
    }

    @Test func everyTargetOfEveryRoundIsOneRowWithItsLightAndArithmetic() throws {
        // when
        let book = try Self.twoRounds()
        // then the header, then 1 + 5 targets from row 5
        #expect(book.workbook.sheets.map(\.name) == ["目标完成情况", "预算执行情况"])
        #expect(book.text(1, "A1") == "监控情况汇总表")
        #expect(book.text(1, "A3") == "2025年度　数据截至 2025-07-31　共 2 轮")
        #expect((0..<15).map { book.text(1, XlsxWorksheet.reference(column: $0, row: 4)) } == MonitoringLabels.targetColumns)
        #expect(book.workbook.sheets[0].lastRow == 10)
        #expect(book.text(1, "D5") == "热线接通率" && book.text(1, "C5") == "2025-07-31")
        #expect(book.number(1, "F5") == "95" && book.number(1, "H5") == "96.2" && book.number(1, "J5") == "1.0126")
        #expect(book.text(1, "K5") == "绿灯")
        #expect(try book.fill(1, "K5") == CellFill.green.rgb)
        #expect(book.text(1, "L5") == "完成值 96.2% ÷ 目标值 95% = 101.26%，不低于 80% 且低于 120%，绿灯")
        // the cumulative count behind its share of the year is yellow, with its reason
        #expect(book.text(1, "D6") == "工单办结量" && book.number(1, "J6") == "0.7" && book.text(1, "K6") == "黄灯")
        #expect(try book.fill(1, "K6") == CellFill.yellow.rgb)
        #expect(book.text(1, "L6").hasPrefix("累计完成值 4900 件 ÷（目标值 12000 件 × 7 ÷ 12 = 7000）= 70.00%"))
        #expect(book.text(1, "N6") == "人员保障：上半年两名话务员离职" && book.text(1, "O6").isEmpty)
        // a qualitative target: its answer as text, no ratio
        #expect(book.text(1, "D9") == "服务规范化水平" && book.text(1, "H9") == "部分达成" && book.number(1, "J9") == nil)
        #expect(book.text(1, "F9") == "有效提升" && book.text(1, "K9") == "黄灯")
        // only the light cells are coloured
        #expect(try book.fill(1, "J5") == nil)
        #expect(try book.fill(1, "D5") == nil)
    }

    @Test func eachRoundHasItsBudgetRow() throws {
        let book = try Self.twoRounds()
        #expect((0..<12).map { book.text(2, XlsxWorksheet.reference(column: $0, row: 4)) } == MonitoringLabels.budgetColumns)
        #expect(book.workbook.sheets[1].lastRow == 6)
        // 30 ÷ 120 = 25.00%; 7 ÷ 12 = 58.33%; 25.00 ÷ 58.33 = 42.86%: red
        #expect(book.number(2, "D5") == "120" && book.number(2, "E5") == "30")
        #expect(book.number(2, "F5") == "0.25" && book.number(2, "G5") == "0.5833" && book.number(2, "H5") == "0.4286")
        #expect(book.text(2, "I5") == "红灯")
        #expect(try book.fill(2, "I5") == CellFill.red.rgb)
        #expect(book.text(2, "J5").hasSuffix("执行率 25.00% ÷ 时间进度 58.33% = 42.86%，低于 60%，红灯"))
        #expect(book.number(2, "K5") == "118" && book.text(2, "L5") == "红灯")
        // 84 ÷ 120 = 70.00% ÷ 58.33% = 120.00%: green, while the round as a whole is yellow
        #expect(book.number(2, "H6") == "1.2" && book.text(2, "I6") == "绿灯" && book.text(2, "L6") == "黄灯")
        #expect(try book.fill(2, "L6") == CellFill.yellow.rgb)
    }

    @Test func aZeroBudgetAndAMissingActualNeverStopTheTable() throws {
        // given a unit round with no budget and one target without an actual
        let target = MonitoredTarget(target: Target(name: "培训人次", direction: .atLeast, targetValue: 100, unit: "人次"))
        let round = MonitoringRound(
            unit: "某局", fiscalYear: 2025, asOf: CalendarDate(year: 2025, month: 1, day: 31),
            budget: MonitoredBudget(annual: .zero, executed: .zero), targets: [target])
        // when
        let book = try WorkbookCells(MonitoringSummary(entries: [.init(round: round, result: round.evaluate())]).xlsx())
        // then
        #expect(book.text(1, "K5") == "未亮灯")
        #expect(try book.fill(1, "K5") == nil)
        #expect(book.text(1, "L5") == "未填写完成值，无法亮灯")
        #expect(book.text(2, "I5") == "红灯" && book.number(2, "F5") == nil)
        #expect(book.text(2, "J5") == "年度预算为 0，无法计算执行率，红灯")
    }

    @Test func hostileTextStaysTextInWellFormedXML() throws {
        var entry = try Self.entry("monitoring-2025-07.yaml")
        entry.round.unit = "<某局>&\"'\u{1}"
        entry.round.targets[0].deviationReason = "</t><f>HYPERLINK(\"x\")</f>\n第二行"
        let data = try MonitoringSummary(entries: [entry]).xlsx()
        let book = try WorkbookCells(data)
        #expect(try Package.allXMLWellFormed(data))
        #expect(book.text(1, "A5") == "<某局>&\"'")
        #expect(book.text(1, "N5") == "</t><f>HYPERLINK(\"x\")</f>\n第二行")
        #expect(!(try Package.part("xl/worksheets/sheet1.xml", of: data)).contains("<f>HYPERLINK"))
    }
}
