import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Testing

@testable import JixiaoRender

/// The 申报表 as LibreOffice prints it: the text on a portrait page, the indicator table on a landscape one.
@Suite(.serialized, .enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
struct LibreOfficeDeclarationTests {
    @Test func theIndicatorTableIsPrintedOnALandscapePage() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try DeclarationDocumentTests.load("targets-project.yaml")
        let url = folder.appendingPathComponent("declaration.docx")
        try DocxRenderer.render(ReportDocument(declaration: loaded.declaration)).write(to: url)
        // when
        try LibreOffice.convert([url], to: "pdf", in: folder)
        // then
        let pdf = folder.appendingPathComponent("declaration.pdf")
        let orientations = try LibreOffice.landscapePages(pdf)
        #expect(orientations.first == false && orientations.contains(true))
        let landscape = try #require(orientations.firstIndex(of: true)) + 1
        let table = try LibreOffice.text(pdf, pages: landscape...landscape)
        for row in loaded.declaration.rows where row.target.name.count <= 6 {
            #expect(table.contains(row.target.name), "\(row.target.name)")
        }
        #expect(table.contains("评（扣）分标准") || table.contains("评（扣）分标"))
        #expect(try LibreOffice.text(pdf, pages: 1...1).contains("120.00"))
    }
}

/// `jixiao check` on the 申报表 printed to PDF (LibreOffice, then pdftotext): the same rows and findings
/// as the declaration file it was rendered from.
@Suite(.serialized, .enabled(if: LibreOffice.enabled && PdfText.toolPath != nil, "LibreOffice (soffice) or pdftotext is not installed"))
struct DeclarationPDFTests {
    @Test(arguments: ["targets-project.yaml", "targets-department.yaml"])
    func thePrintedDeclarationReadsBackWithTheSameFindings(_ name: String) throws {
        // given: the example, with one planted defect (a cost row as a lower bound), printed to PDF
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var declaration = try DeclarationDocumentTests.load(name).declaration
        let cost = try #require(declaration.rows.firstIndex { $0.target.levels.last == "成本指标" })
        declaration.rows[cost].target.direction = .atLeast
        let url = folder.appendingPathComponent("declaration.docx")
        try DocxRenderer.render(ReportDocument(declaration: declaration)).write(to: url)
        try LibreOffice.convert([url], to: "pdf", in: folder)
        // when
        let analysis = try ReportReader.analyse(path: folder.appendingPathComponent("declaration.pdf").path)
        // then
        let read = try #require(analysis.declaration?.declaration)
        let expected = DeclarationChecker().check(declaration).map { "\($0.rule) \($0.location.field ?? "")" }.sorted()
        #expect(read.rows.map(\.target.name) == declaration.rows.map(\.target.name))
        #expect(read.rows.map(\.target.targetValue) == declaration.rows.map(\.target.targetValue))
        #expect(read.rows.map(\.target.targetText) == declaration.rows.map(\.target.targetText))
        #expect(analysis.findings.map { "\($0.rule) \($0.location.field ?? "")" }.sorted() == expected)
        #expect(expected.contains("target.direction targets.\(cost + 1).direction"))
    }
}
