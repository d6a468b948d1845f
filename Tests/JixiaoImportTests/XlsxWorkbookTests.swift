import Foundation
import Testing

@testable import JixiaoImport

@Suite("XlsxWorkbook reads uploaded workbooks in memory, within limits")
struct XlsxWorkbookTests {
    static let workbook = #"""
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="评分表" sheetId="1" r:id="rId1"/><sheet name="其他" sheetId="2" r:id="rId2"/></sheets></workbook>
        """#
    // openpyxl writes absolute targets; the renderer relative ones.
    static let rels = #"""
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="worksheets/sheet2.xml"/></Relationships>
        """#
    static let shared = #"""
        <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>九十</t></si><si><r><t>经费</t></r><r><t>下达晚</t></r><rPh><t>けいひ</t></rPh></si></sst>
        """#
    static let sheet1 = #"""
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="5"><c r="E5"><v>1.5</v></c><c r="F5" t="s"><v>0</v></c><c r="G5" t="s"><v>1</v></c></row><row r="6"><c r="E6" t="inlineStr"><is><t>3 &amp; 4</t></is></c><c r="F6" t="str"><f>A1</f><v>公式</v></c><c r="G6" t="b"><v>1</v></c><c r="H6" t="e"><v>#DIV/0!</v></c><c r="I6" s="1"/></row></sheetData></worksheet>
        """#
    static let sheet2 = #"""
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>2E-3</v></c></row></sheetData></worksheet>
        """#

    static func book(sheet1: String = sheet1, extra: [(String, Data)] = []) throws -> Data {
        try HostileDocxTests.zip(
            [
                ("[Content_Types].xml", Data("<Types/>".utf8)), ("xl/workbook.xml", Data(workbook.utf8)),
                ("xl/_rels/workbook.xml.rels", Data(rels.utf8)), ("xl/sharedStrings.xml", Data(shared.utf8)),
                ("xl/worksheets/sheet1.xml", Data(sheet1.utf8)), ("xl/worksheets/sheet2.xml", Data(sheet2.utf8)),
            ] + extra)
    }

    static func failure(_ data: Data, limits: XlsxLimits = .standard) -> XlsxReadError? {
        do { _ = try XlsxWorkbook.read(data, limits: limits); return nil } catch let error as XlsxReadError { return error } catch {
            return nil
        }
    }

    @Test func readsEveryKindOfCellInSheetOrder() throws {
        let book = try XlsxWorkbook.read(try Self.book())
        #expect(book.sheets.map(\.name) == ["评分表", "其他"])
        let sheet = try #require(book.sheet("评分表"))
        #expect(sheet.cells["E5"] == .number("1.5"))
        #expect(sheet.cells["F5"] == .text("九十"))
        #expect(sheet.cells["G5"] == .text("经费下达晚"))
        #expect(sheet.cells["E6"] == .text("3 & 4"))
        #expect(sheet.cells["F6"] == .text("公式"))
        #expect(sheet.cells["G6"] == .bool(true))
        #expect(sheet.cells["H6"] == .error("#DIV/0!"))
        #expect(sheet.cells["I6"] == nil)
        #expect(sheet[4, 5] == .number("1.5"))
        #expect(sheet.lastRow == 6)
        #expect(book.sheet("其他")?.cells["A1"] == .number("2E-3"))
        #expect(XlsxWorksheet.reference(column: 27, row: 3) == "AB3")
    }

    @Test func refusesWhatIsNotASafeWorkbook() throws {
        #expect(Self.failure(Data("不是表格".utf8)) == .notXlsx)
        let dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData/></worksheet>"
        #expect(Self.failure(try Self.book(sheet1: dtd)) == .unsafe("「xl/worksheets/sheet1.xml」含有 DTD 声明"))
        #expect(Self.failure(try Self.book(extra: [("../evil.xml", Data("x".utf8))])) == .unsafe("路径「../evil.xml」"))
        let broken = Self.failure(try Self.book(sheet1: "<worksheet><sheetData><row><c r=\"A1\"><v>1</c></row>"))
        #expect(broken == .malformedXML("xl/worksheets/sheet1.xml"))
        // cut off inside an element (Linux's XMLParser reports no error for it)
        #expect(Self.failure(try Self.book(sheet1: "<worksheet><sheetData><row>")) == .malformedXML("xl/worksheets/sheet1.xml"))
        var few = XlsxLimits.standard
        few.maxCells = 3
        #expect(Self.failure(try Self.book(), limits: few) == .tooLarge("单元格超过 3 个"))
        var short = XlsxLimits.standard
        short.maxCellCharacters = 3
        #expect(Self.failure(try Self.book(), limits: short) != nil)
        let bomb = Data(repeating: 0x20, count: 3 << 20)
        #expect(Self.failure(try Self.book(extra: [("xl/big.xml", bomb)])) == .tooLarge("「xl/big.xml」压缩比超过 200:1"))
    }
}
