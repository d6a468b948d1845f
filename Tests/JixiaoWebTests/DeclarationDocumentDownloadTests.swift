import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The 申报表 downloaded from its page as .docx and .xlsx: the document `jixiao targets --render` writes.
@Suite("绩效目标申报表下载", .timeLimit(.minutes(10)))
struct DeclarationDocumentDownloadTests {
    @Test(
        "the .docx reads back as the same declaration; .xlsx is a workbook; other formats and units are refused",
        arguments: TestDatabase.all)
    func download(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let example = try DeclarationWorkflowTests.example()
            let id = try await FluentDeclarationRepository(database: app.db).create(
                DeclarationState(unitCode: Fixtures.filerUnit, declaration: example), by: "甲"
            ).id
            var filer = try await Browser.signedIn(app, as: "filer"), other = try await Browser.signedIn(app, as: "filer-xinfeng")
            // when
            let page = try await filer.get("/targets/\(id)").body.string
            let docx = try await filer.get("/targets/\(id)/document/docx")
            let xlsx = try await filer.get("/targets/\(id)/document/xlsx")
            let pdf = try await filer.get("/targets/\(id)/document/pdf")
            let outside = try await other.get("/targets/\(id)/document/docx")
            // then
            #expect(page.contains("href=\"/targets/\(id)/document/docx\"") && page.contains("href=\"/targets/\(id)/document/xlsx\""))
            #expect(docx.status == .ok && xlsx.status == .ok)
            #expect(docx.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(xlsx.headers.contentType?.subType.contains("spreadsheet") == true)
            let read = try ReportReader.analyse(data: Data(buffer: docx.body), ext: "docx", path: "d.docx")
            #expect(read.declaration?.declaration.rows.map(\.target.name) == example.rows.map(\.target.name))
            #expect(read.findings.isEmpty)
            #expect(pdf.status == .unprocessableEntity && pdf.body.string.contains("只能下载为 docx 或 xlsx"))
            #expect(outside.status == .notFound)
        }
    }
}
