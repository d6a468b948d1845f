import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport
@testable import JixiaoRender

/// A budget execution export as .xlsx: a workbook with a title above its header (as our own
/// writer and budget systems make them), numbers stored as numbers, read and checked.
@Suite struct ExecutionWorkbookReaderTests {
    @Test func aWorkbookWithTitleRowsIsReadFromItsHeader() throws {
        // given a sheet with a title, caption and context line above the header row (row 4)
        let table = ReportTable(
            name: "执行", caption: "2025年预算执行",
            columns: ["单位编码", "项目名称", "月份", "执行数（万元）"].map { ReportColumn($0, weight: 1) },
            rows: [
                ReportRow([.text("101001"), .text("热线运维"), .text("2025-06"), .number(ExactDecimal("12.5")!, places: 2)]),
                ReportRow([.text("101001"), .text("热线运维"), .number(45_869, places: 0), .number(ExactDecimal("7.25")!, places: 2)]),
                ReportRow([.text("999"), .empty, .text("2025-07"), .number(1, places: 2)]),
            ])
        let data = try XlsxRenderer.render(tables: [table], title: "预算执行导出", meta: "导出日期 2025-08-01")
        // when
        let sheet = try ExecutionWorkbookReader.sheet(data, file: "执行.xlsx")
        let result = ExecutionParser.read(sheet, fiscalYear: 2025, knownUnits: ["101001"])
        // then the date serial 45869 is 2025-07-31, and the unknown unit is named at its sheet row
        #expect(sheet.rows.first?.cells == ["预算执行导出"])
        #expect(result.problems.map(\.description) == ["执行.xlsx 第 7 行「单位编码」：单位编码「999」不在单位名录中"])
        let clean = ExecutionParser.read(sheet, fiscalYear: 2025, knownUnits: ["101001", "999"])
        #expect(clean.rows.map(\.month) == [6, 7, 7] && clean.rows.map(\.amount) == [ExactDecimal("12.5")!, ExactDecimal("7.25")!, 1])
    }

    @Test func exponentsAndBadFilesAreHandled() {
        #expect(ExecutionWorkbookReader.text(.number("1.2345E7")) == "12345000")
        #expect(ExecutionWorkbookReader.text(.number("5E-3")) == "0.005")
        #expect(ExecutionWorkbookReader.text(.number("1E400")) == "1E400")
        #expect(ExecutionWorkbookReader.column(of: "AB12") == 27)
        #expect(throws: ExecutionProblem(file: "x.xlsx", message: XlsxReadError.notXlsx.message)) {
            try ExecutionWorkbookReader.sheet(Data("单位编码,月份".utf8), file: "x.xlsx")
        }
    }
}
