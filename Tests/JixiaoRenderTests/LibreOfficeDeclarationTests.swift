import Foundation
import JixiaoCore
import JixiaoFiles
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
