import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Testing

@testable import JixiaoRender

/// The 绩效目标申报表 as .docx and .xlsx (one `ReportDocument` for both), and `jixiao check`'s
/// reading of such a document: the same findings as `jixiao targets` on the file it came from.
@Suite struct DeclarationDocumentTests {
    static func load(_ name: String) throws -> LoadedDeclaration {
        try DeclarationReader.read(url: packageRoot.appendingPathComponent("examples/\(name)"), file: name)
    }

    /// The findings as `rule severity field message`, one string each, in order.
    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.severity.rawValue) \($0.location.field ?? "-") \($0.message)" }
    }

    /// The findings `jixiao check` gives for the .docx rendered from `loaded`.
    static func checkedDocx(_ loaded: LoadedDeclaration, checker: DeclarationChecker = DeclarationChecker()) throws -> ReportAnalysis {
        let data = try DocxRenderer.render(ReportDocument(declaration: loaded.declaration))
        return try ReportReader.analyse(data: data, ext: "docx", path: "d.docx", declarations: checker)
    }

    @Test func docxHoldsTheHeaderFundsAndEveryRowOnALandscapeTable() throws {
        // given
        let loaded = try Self.load("targets-project.yaml")
        // when
        let data = try DocxRenderer.render(ReportDocument(declaration: loaded.declaration))
        let xml = try Package.part("word/document.xml", of: data)
        // then
        #expect(try Package.allXMLWellFormed(data))
        let texts = XML.texts(of: "w:t", in: xml)
        // (the long title breaks after 年度)
        #expect(texts.prefix(2).joined() == "五华县政务服务数据管理局2025年度项目支出绩效目标申报表")
        for text in [
            "项目名称：", "政务服务热线运行维护", "2025年1月1日至2025年12月31日", "120.00", "100.00", "20.00",
            "热线受理量", "60,000", "2025年10月31日前", "个工作日", "服务对象满意度指标", "93.5", "89.2",
        ] {
            #expect(texts.contains(text), "missing \(text)")
        }
        #expect(Array(texts.drop { $0 != "一级指标" }.prefix(9)) == DeclarationLabels.indicatorColumns)
        #expect(xml.contains("w:orient=\"landscape\""))
        #expect(xml.components(separatedBy: "<w:tr>").count - 1 == 1 + 1 + 1 + 7 + 1 + 2)
    }

    @Test func xlsxHasTheIndicatorSheetWithNumbersAsNumbers() throws {
        // given
        let loaded = try Self.load("targets-department.yaml")
        let report = ReportDocument(declaration: loaded.declaration)
        // when
        let data = try XlsxRenderer.render(report)
        let workbook = try Package.part("xl/workbook.xml", of: data)
        let index = try #require(report.tables.firstIndex { $0.name == "绩效指标" })
        let sheet = try Package.part("xl/worksheets/sheet\(index + 2).xml", of: data)
        // then
        #expect(try Package.allXMLWellFormed(data))
        #expect(workbook.contains("<sheet name=\"资金情况\"") && workbook.contains("<sheet name=\"绩效指标\""))
        let strings = XML.texts(of: "t", in: sheet)
        for row in loaded.declaration.rows { #expect(strings.contains(row.target.name)) }
        #expect(strings.contains("一级指标") && strings.contains("评（扣）分标准"))
        let funds = try Package.part("xl/worksheets/sheet2.xml", of: data)
        let total = try #require(loaded.declaration.funds?.total?.value)
        #expect(funds.contains("<v>\(total)</v>"))
    }

    @Test func everyTextIsEscapedAndControlCharactersDropped() throws {
        // given
        var declaration = try Self.load("targets-project.yaml").declaration
        declaration.unit = "A&B<局>\"'\u{1}"
        declaration.rows[0].target.name = "<w:t>]]>&amp;\u{0}"
        declaration.rows[0].explanation = "a\u{B}b & c"
        let report = ReportDocument(declaration: declaration)
        // when
        let docx = try DocxRenderer.render(report)
        let xlsx = try XlsxRenderer.render(report)
        // then
        #expect(try Package.allXMLWellFormed(docx))
        #expect(try Package.allXMLWellFormed(xlsx))
        let texts = XML.texts(of: "w:t", in: try Package.part("word/document.xml", of: docx))
        #expect(texts.contains("<w:t>]]>&amp;"))
        #expect(texts.prefix(2).joined() == "A&B<局>\"'2025年度项目支出绩效目标申报表")
        #expect(texts.contains("ab & c"))
    }

    @Test(arguments: ["targets-project.yaml", "targets-department.yaml"])
    func checkingTheDocxGivesTheFindingsOfTheFile(name: String) throws {
        // given: the example with a cost row turned into a lower bound and 其他资金 raised
        var loaded = try Self.load(name)
        let checker = DeclarationChecker(library: try LibraryReader.standard(extraFiles: []))
        let cost = try #require(loaded.declaration.rows.firstIndex { $0.target.levels.joined().contains("成本") })
        loaded.declaration.rows[cost].target.direction = .atLeast
        let other = try #require(loaded.declaration.funds?.other?.value)
        loaded.declaration.funds?.other?.value = other + 5
        let expected = checker.check(loaded.declaration)
        // when
        let analysis = try Self.checkedDocx(loaded, checker: checker)
        // then
        let declared = try #require(analysis.declaration)
        #expect(declared.declaration.rows == loaded.declaration.rows)
        #expect(declared.declaration.funds == loaded.declaration.funds)
        #expect(declared.declaration.period == loaded.declaration.period)
        #expect(declared.declaration.previous == loaded.declaration.previous)
        #expect(Self.summary(analysis.findings) == Self.summary(expected))
        #expect(analysis.findings.contains { $0.rule == "target.direction" && $0.location.field == "targets.\(cost + 1).direction" })
        #expect(analysis.findings.contains { $0.rule == "targets.funds" })
        // and each finding carries the paragraph of its row or field
        #expect(analysis.findings.allSatisfy { $0.location.line != nil })
        let row = try #require(analysis.findings.first { $0.rule == "target.direction" }?.location.line)
        #expect(row == declared.lines["targets.\(cost + 1)"])
    }

    @Test func theCleanExamplesStayClean() throws {
        for name in ["targets-project.yaml", "targets-department.yaml"] {
            let loaded = try Self.load(name)
            let checker = DeclarationChecker(library: try LibraryReader.standard(extraFiles: []))
            #expect(
                Self.summary(try Self.checkedDocx(loaded, checker: checker).findings)
                    == Self.summary(checker.check(loaded.declaration)))
        }
    }

    @Test func aSelfEvaluationReportIsNotReadAsADeclaration() throws {
        let report = try LayoutTests.wuhua()
        let analysis = try ReportReader.analyse(data: DocxRenderer.render(report), ext: "docx", path: "r.docx")
        #expect(analysis.declaration == nil)
        #expect(analysis.kind == .departmentWide)
    }
}
