import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Report preview and download", .timeLimit(.minutes(10)))
struct ReportTests {
    @Test("HTML preview, Word and Excel downloads, and the API render", arguments: [TestDatabase.sqlite])
    func formats(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.completeEvaluationID(app)
            var browser = try await Browser.signedIn(app, as: "approver")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "reviewer")
            // when
            let html = try await browser.get("/evaluations/\(id)/report/html")
            let docx = try await browser.get("/evaluations/\(id)/report/docx")
            let xlsx = try await api.get("/api/v1/evaluations/\(id)/render?format=xlsx")
            let bad = try await api.get("/api/v1/evaluations/\(id)/render?format=pdf")
            // then
            #expect(html.status == .ok)
            #expect(html.body.string.contains("五华县政务服务数据管理局"))
            #expect(docx.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(Array(docx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(docx.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(xlsx.status == .ok)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(bad.status == .unprocessableEntity)
        }
    }
}
