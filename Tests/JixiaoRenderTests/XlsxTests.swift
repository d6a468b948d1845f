import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

@Suite struct XlsxTests {
    let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())

    @Test func oneSheetPerTableWithWellFormedXML() throws {
        // when
        let data = try XlsxRenderer.render(report)
        let workbook = try Package.part("xl/workbook.xml", of: data)
        // then
        #expect(try Package.allXMLWellFormed(data))
        #expect(workbook.contains("<sheet name=\"报告正文\" sheetId=\"1\""))
        for (index, table) in report.tables.enumerated() {
            #expect(workbook.contains("<sheet name=\"\(table.name)\" sheetId=\"\(index + 2)\""))
        }
        #expect(workbook.contains("fullCalcOnLoad=\"1\""))
    }

    @Test func scoreSheetHasTheFormHeaderNumbersAndTotalFormulas() throws {
        // given
        let index = try #require(report.tables.firstIndex { $0.name == "评分表" })
        // when
        // (sheet 1 is the report's text)
        let sheet = try Package.part("xl/worksheets/sheet\(index + 2).xml", of: XlsxRenderer.render(report))
        // then title, caption, filer line and the column headers come first
        let strings = XML.texts(of: "t", in: sheet)
        #expect(
            Array(strings.prefix(3)) == [
                report.title, "部门整体支出绩效自评评分表",
                "部门名称：示例县数据服务管理局　下属二级预算单位数量：2　填报人：张测试　联系电话：0751-1234567　填报日期：2024年4月15日",
            ])
        #expect(Array(strings[3..<10]) == ["一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明", "偏差原因"])
        // numbers are numbers with a #,##0.00 format; totals are formulas with their stored values
        let twoPlaces = XlsxStyles.cell(format: 4, bold: false)
        #expect(sheet.contains("<c r=\"E10\" s=\"\(twoPlaces)\"><v>1.85</v></c>"))
        #expect(sheet.contains("<f>SUM(D5:D14)</f><v>100</v>"))
        #expect(sheet.contains("<f>SUM(E5:E14)</f><v>93.85</v>"))
        #expect(XlsxStyles.xml.contains("<xf numFmtId=\"4\""))
        // 一级/二级 cells merge down over their leaves
        #expect(sheet.contains("<mergeCell ref=\"A5:A8\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"B9:B11\"/>"))
    }

    @Test func columnsAreWideEnoughForChineseText() throws {
        let table = try #require(report.tables.first { $0.name == "评分表" })
        let widths = XlsxSheet(table: table, title: "", meta: "").columnWidths()
        // 财政拨款收入预决算差异率: 12 characters, 24 units wide
        #expect(widths[2] >= 24)
        #expect(widths.allSatisfy { $0 >= 8 && $0 <= 50 })
    }

    @Test func sumArgumentsUseRanges() {
        #expect(XlsxCellReference.sumArguments(column: 1, rows: [5, 6, 7, 9, 12, 11]) == "B5:B7,B9,B11:B12")
        #expect(XlsxCellReference.column(26) == "AA")
    }

    @Test func longCellTextIsCutToTheExcelLimit() {
        let cut = XlsxSheet.fitting(Fixtures.long(100_000))
        #expect(cut.utf16.count <= XlsxSheet.maxCellLength)
        #expect(cut.hasSuffix("（已截断）"))
    }
}
