import Foundation
import JixiaoCore
import JixiaoFiles
import Testing

@testable import JixiaoRender

/// Layout of the outputs read from the markup itself (LibreOfficeLayoutTests looks at the pages).
@Suite struct LayoutTests {
    /// The wuhua example as `jixiao render` builds it.
    static func wuhua() throws -> ReportDocument {
        let url = packageRoot.appendingPathComponent("examples/wuhua-2023.yaml")
        let scored = try EvaluationScoring.score(url: url, library: FrameworkLibrary.standard())
        return try #require(ReportDocument(analysis: scored.analysis))
    }

    @Test func docxTablesBreakWithARepeatedHeaderAndNoKeepChain() throws {
        // given
        let report = try Self.wuhua()
        // when
        let xml = DocxRenderer.documentXML(report)
        // then every table: its header row repeats and does not split, no row or cell keeps
        // with the next, and the paragraph right before it is its caption (which keeps with it)
        let tables = xml.components(separatedBy: "<w:tbl>").dropFirst()
        #expect(tables.count == report.tables.count)
        for table in tables.map({ $0.components(separatedBy: "</w:tbl>")[0] }) {
            let rows = table.components(separatedBy: "<w:tr>").dropFirst()
            #expect(rows.first?.hasPrefix("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") == true)
            #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("<w:trPr><w:cantSplit/></w:trPr>") })
            #expect(!table.contains("keepNext") && !table.contains("keepLines"))
        }
        let beforeTables = xml.components(separatedBy: "<w:tbl>").dropLast().map { $0.components(separatedBy: "<w:p>").last ?? "" }
        #expect(beforeTables.allSatisfy { $0.hasPrefix("<w:pPr><w:pStyle w:val=\"JxCaption\"/>") })
        #expect(
            DocxStyles.xml.contains(
                "w:styleId=\"JxCaption\"><w:name w:val=\"Jixiao Caption\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"))
        #expect(DocxStyles.xml.components(separatedBy: "<w:keepNext/>").count == 4)  // 一级, 二级 headings and the caption
    }

    @Test func docxColumnsAreNeverNarrowerThanTheirShortHeader() throws {
        // given the score table of the example: 7 columns, 二级指标 by weight only 3/29 of 156 mm
        let table = try #require(try Self.wuhua().tables.first { $0.columns.count == 7 })
        let size = DocxLayout.tableSize(columns: 7)
        // when
        let widths = DocxBody.widths(table.columns, size: size)
        // then up to four characters of 五号 (10.5 pt = 210 twips each) fit besides the cell margins,
        // and the row is the type area
        #expect(widths.reduce(0, +) == DocxLayout.textWidth)
        for (column, width) in zip(table.columns, widths) {
            #expect(width >= min(column.title.count, 4) * 210 + 114, "\(column.title): \(width)")
        }
        #expect(widths[1] >= 4 * 210 + 114)
        #expect(widths[5] > widths[1])  // 评分说明 still the widest after giving up room
    }

    @Test func htmlColumnsHaveWidthsByContentAndTheSignatureIsRight() throws {
        // given
        let report = try Self.wuhua()
        // when
        let page = try HTMLPage(HtmlRenderer.render(report))
        // then every table has one <col> per column, each a class the stylesheet gives a width
        let css = CSSRules(page.style)
        #expect(page.tables.count == report.tables.count)
        for (table, parsed) in zip(report.tables, page.tables) {
            #expect(parsed.cols.count == table.columns.count)
            for col in parsed.cols {
                #expect(css.declarations(".jx-report col.\(col)")["width"]?.hasSuffix("%") == true, "\(col)")
            }
        }
        // the score table: 二级指标 on one line, and its column wide enough for its longest level
        // (156 mm hold 42 characters of 10.5 pt; a level of four characters needs 10% and the padding)
        let table = try #require(report.tables.first { $0.columns.count == 7 && $0.columns[1].title == "二级指标" })
        let scores = try #require(page.tables.first { $0.headers == table.columns.map(\.title) })
        #expect(scores.headerClasses[1] == "jx-short")
        #expect(css.declarations(".jx-report th.jx-short")["white-space"] == "nowrap")
        let longest = table.rows.map { $0.cells[1].text.count }.max() ?? 0
        #expect(longest >= 4)
        let percent = try #require(Int(scores.cols[1].dropFirst("jx-w".count)))
        #expect(Double(percent) / 100 * 42 >= Double(longest) + 0.5, "\(scores.cols)")
        let explanation = try #require(Int(scores.cols[5].dropFirst("jx-w".count)))
        #expect(explanation > percent)  // 评分说明 still the widest text
        // and the signature (unit, date) is right-aligned, its paragraphs included
        #expect(page.signature == [report.signature.unitName, report.signature.date ?? ""])
        #expect(css.declarations(".jx-report .jx-signature")["text-align"] == "right")
        #expect(css.declarations(".jx-report .jx-signature p")["text-align"] == "right")
        #expect(css.declarations(".jx-report p")["text-align"] == "justify")  // why the p needs its own rule
    }

    @Test func xlsxPrintsOnePageWideWithRepeatedTitleRows() throws {
        // given
        let report = try Self.wuhua()
        // when
        let data = try XlsxRenderer.render(report)
        // then every sheet repeats its title and header rows on each printed page
        let workbook = try Package.part("xl/workbook.xml", of: data)
        let names = XML.attributes("name", of: "sheet", in: workbook)
        #expect(names.count == report.tables.count + 1)
        #expect(XML.texts(of: "definedName", in: workbook) == names.map { "'\($0)'!$1:$4" })
        #expect(XML.attributes("localSheetId", of: "definedName", in: workbook) == names.indices.map(String.init))
        #expect(XML.attributes("name", of: "definedName", in: workbook).allSatisfy { $0 == "_xlnm.Print_Titles" })
        for index in names.indices {
            let sheet = try Package.part("xl/worksheets/sheet\(index + 1).xml", of: data)
            // one page wide, as many long as needed
            #expect(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
            #expect(XML.attributes("fitToWidth", of: "pageSetup", in: sheet) == ["1"])
            #expect(XML.attributes("fitToHeight", of: "pageSetup", in: sheet) == ["0"])
            // wide enough for the title (at most two lines), which gets a row of its height
            let widths = XML.attributes("width", of: "col", in: sheet).compactMap(Int.init)
            #expect(widths.reduce(0, +) >= XlsxSheet.minimumWidth, "\(names[index])")
            let rows = XML.attributes("r", of: "row", in: sheet), heights = XML.attributes("ht", of: "row", in: sheet)
            #expect(rows.first == "1" && (heights.first.flatMap(Int.init) ?? 0) >= 22)
        }
    }
}
