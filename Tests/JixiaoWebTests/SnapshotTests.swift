import Foundation
import JixiaoCore
import SnapshotTesting
import Testing
import Vapor

@testable import JixiaoWeb

/// The main pages and the report formats of one fixed evaluation (the wuhua 2023 example in the
/// filer's unit), pinned as text in `__Snapshots__/SnapshotTests/`: a change that moves markup
/// shows as a line diff. After an intended change, record them again with
/// `SNAPSHOT_TESTING_RECORD=all swift test --filter SnapshotTests` and review the diff.
@Suite("Pages and reports as snapshots", .timeLimit(.minutes(10)))
struct SnapshotTests {
    @Test("login, the list of every role, editor, review page and queue, public report and administration")
    func pages() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            let id = try await Fixtures.completeEvaluationID(app)
            var anonymous = Browser(app: app)
            var filer = try await Browser.signedIn(app, as: "filer")
            // when / then
            try await Self.page(&anonymous, "/login", named: "login")
            for role in Role.allCases {
                var browser = try await Browser.signedIn(app, as: Fixtures.username(role))
                try await Self.page(&browser, SiteURL.evaluations.path, named: "list-\(role.rawValue)")
            }
            try await Self.page(&filer, SiteURL.evaluation(id).path, named: "editor")
            try await ReviewFixtures.set(app, id, status: .approved)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            try await Self.page(&reviewer, SiteURL.review(id).path, named: "review")
            try await Self.page(&reviewer, SiteURL.reviewQueue.path, named: "review-queue")
            var admin = try await Browser.signedIn(app, as: "admin")
            try await Self.page(&admin, SiteURL.admin.path, named: "admin")
            try await ReviewFixtures.set(app, id, status: .published)
            try await Self.page(&anonymous, SiteURL.publicReport(id).path, named: "public-report")
        }
    }

    @Test("the report as HTML, Markdown, the .docx document and the .xlsx sheets")
    func reports() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            let id = try await Fixtures.completeEvaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let html = try await filer.get(SiteURL.report(id, format: "html").path)
            let markdown = try await filer.get(SiteURL.report(id, format: "md").path)
            let docx = try await filer.get(SiteURL.report(id, format: "docx").path)
            let xlsx = try await filer.get(SiteURL.report(id, format: "xlsx").path)
            // then
            #expect([html, markdown, docx, xlsx].map(\.status) == [.ok, .ok, .ok, .ok])
            assertSnapshot(of: SnapshotText.markup(html.body.string), as: .lines, named: "report-html")
            assertSnapshot(of: SnapshotText.stable(markdown.body.string), as: .lines, named: "report-md")
            assertSnapshot(
                of: try SnapshotText.parts(Data(buffer: docx.body)) { $0 == "word/document.xml" },
                as: .lines, named: "report-docx")
            assertSnapshot(
                of: try SnapshotText.parts(Data(buffer: xlsx.body)) {
                    $0.hasPrefix("xl/worksheets/") || $0 == "xl/sharedStrings.xml"
                }, as: .lines, named: "report-xlsx")
        }
    }

    private static func page(
        _ browser: inout Browser, _ path: String, named name: String,
        fileID: StaticString = #fileID, file: StaticString = #filePath,
        testName: String = #function, line: UInt = #line, column: UInt = #column
    ) async throws {
        let response = try await browser.get(path)
        #expect(response.status == .ok, "\(path)")
        assertSnapshot(
            of: SnapshotText.markup(response.body.string), as: .lines, named: name,
            fileID: fileID, file: file, testName: testName, line: line, column: column)
    }
}
