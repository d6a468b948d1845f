import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import JixiaoWeb

@Suite("Review at scale: search, filters, sort, keyset pages, batch steps and the zip of reports", .timeLimit(.minutes(10)))
struct ReviewAtScaleTests {
    /// The 2024 demo drafts of the two units, put into `wuhua` and `xinfeng` statuses.
    private static func twoUnits(
        _ app: Application, wuhua: EvaluationStatus,
        xinfeng: EvaluationStatus
    ) async throws -> (wuhua: String, xinfeng: String) {
        let rows = try await DashboardQuery(database: app.db).rows(year: 2024)
        let w = try #require(rows.first { $0.unitCode == Fixtures.filerUnit }).id
        let x = try #require(rows.first { $0.unitCode == Fixtures.otherUnit }).id
        try await ReviewFixtures.set(app, w, status: wuhua)
        try await ReviewFixtures.set(app, x, status: xinfeng)
        return (w, x)
    }

    /// Posts the batch form with ticked ids, as a browser sends repeated `ids[]`.
    private static func batch(
        _ browser: inout Browser, _ action: String, _ ids: [String],
        query: String = "?year=2024"
    ) async throws -> TestingHTTPResponse {
        let body = (["action=\(action)", "_csrf=\(browser.csrf ?? "")"] + ids.map { "ids[]=\($0)" }).joined(separator: "&")
        return try await browser.send(.POST, "/review/batch" + query, body: body, contentType: .urlEncodedForm)
    }

    @Test(
        "search by unit name, filter by kind and status, sort by a column; unknown values are a 400",
        arguments: [TestDatabase.sqlite])
    func searchFilterSort(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let ids = try await Self.twoUnits(app, wuhua: .approved, xinfeng: .submitted)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let search = try await reviewer.get("/review?year=2024&q=%E4%BA%94%E5%8D%8E")
            let kind = try await reviewer.get("/review?year=2024&kind=project")
            let status = try await reviewer.get("/review?year=2024&status=submitted")
            let byUnit = try await reviewer.get("/review?year=2024&sort=unit").body.string
            let byStatus = try await reviewer.get("/review?year=2024&sort=status").body.string
            let bogus = try await reviewer.get("/review?year=2024&sort=bogus")
            let long = try await reviewer.get("/review?year=2024&q=" + String(repeating: "a", count: 51))
            #expect(search.body.string.contains("href=\"/review/\(ids.wuhua)\""))
            #expect(!search.body.string.contains("href=\"/review/\(ids.xinfeng)\""))
            #expect(search.body.string.contains("共 1 份"))
            #expect(!kind.body.string.contains("href=\"/review/\(ids.wuhua)\""))
            #expect(status.body.string.contains("href=\"/review/\(ids.xinfeng)\""))
            #expect(!status.body.string.contains("href=\"/review/\(ids.wuhua)\""))
            let w = try #require(byUnit.range(of: ids.wuhua)), x = try #require(byUnit.range(of: ids.xinfeng))
            #expect(w.lowerBound < x.lowerBound)
            let wa = try #require(byStatus.range(of: "href=\"/review/\(ids.wuhua)\"")),
                xs = try #require(byStatus.range(of: "href=\"/review/\(ids.xinfeng)\""))
            #expect(wa.lowerBound < xs.lowerBound, "approved sorts before submitted")
            #expect(byUnit.contains("data-sort=\"gap\""))
            #expect(bogus.status == .badRequest)
            #expect(bogus.body.string.contains("参数 sort（排序）取值无效"))
            #expect(long.status == .badRequest)
        }
    }

    @Test("keyset pages follow every order without overlap or gap", arguments: TestDatabase.all)
    func keysetInEveryOrder(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            _ = try await Self.twoUnits(app, wuhua: .approved, xinfeng: .submitted)
            let query = ReviewListQuery(database: app.db)
            for order in ReviewListFilter.Order.allCases {
                let all = try await query.rows(ReviewListFilter(year: 2024, order: order, limit: 10)).map(\.id)
                try #require(all.count == 2)
                let first = try await query.rows(ReviewListFilter(year: 2024, order: order, limit: 1)).map(\.id)
                let second = try await query.rows(ReviewListFilter(year: 2024, order: order, limit: 1, after: first.first)).map(\.id)
                let third = try await query.rows(ReviewListFilter(year: 2024, order: order, limit: 1, after: second.first)).map(\.id)
                #expect(first + second == all, "\(order)")
                #expect(third.isEmpty, "\(order)")
            }
            // the figures read from the documents after the page match the dashboard's (which reads
            // the execution rate from its column, not the two budget figures)
            let dashboard = Dictionary(
                uniqueKeysWithValues: try await DashboardQuery(database: app.db).rows(year: 2024).map { ($0.id, $0) })
            for row in try await query.rows(ReviewListFilter(year: 2024, order: .gap, limit: 10)) {
                var asDashboard = row
                (asDashboard.budgetAdjusted, asDashboard.budgetExecuted, asDashboard.storedRate) = (nil, nil, row.executionRate)
                #expect(asDashboard == dashboard[row.id])
            }
            #expect(try await query.count(ReviewListFilter(year: 2024, search: "新丰")) == 1)
            #expect(try await query.count(ReviewListFilter(year: 2024, search: "%")) == 0, "LIKE wildcards are literal")
        }
    }

    @Test(
        "batch accept: the approved one is accepted, the submitted one refused with its reason; admin may not accept",
        arguments: TestDatabase.all)
    func batchWithRefusal(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let ids = try await Self.twoUnits(app, wuhua: .approved, xinfeng: .submitted)
            var admin = try await Browser.signedIn(app, as: "admin")
            let byAdmin = try await Self.batch(&admin, "accept", [ids.wuhua])
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let page = try await reviewer.get("/review?year=2024")
            let response = try await Self.batch(&reviewer, "accept", [ids.wuhua, ids.xinfeng])
            let published = try await Self.batch(&reviewer, "publish", [ids.wuhua])
            let none = try await Self.batch(&reviewer, "accept", [])
            let wrongStep = try await Self.batch(&reviewer, "sendBack", [ids.xinfeng])
            #expect(page.body.string.contains("id=\"batch-accept\" data-confirm=\""))
            #expect(page.body.string.contains("id=\"pick-all\""))
            #expect(Assets.javascript.contains("document.getElementById('pick-all')"))
            #expect(page.body.string.contains("name=\"ids[]\" value=\"\(ids.wuhua)\" form=\"batch-form\""))
            #expect(byAdmin.body.string.contains("完成 0 份，1 份未处理"))
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("批量财政审核通过：完成 1 份，1 份未处理："))
            #expect(html.contains("新丰县行政服务中心 2024年"))
            #expect(published.body.string.contains("批量公开：完成 1 份。"))
            #expect(none.status == .badRequest)
            #expect(wrongStep.status == .badRequest)
            #expect(try await ReviewFixtures.find(app, ids.wuhua).evaluation.status == .published)
            #expect(try await ReviewFixtures.find(app, ids.xinfeng).evaluation.status == .submitted)
        }
    }

    @Test(
        "the zip holds the Word report of every evaluation the filter matches, with safe unique names",
        arguments: [TestDatabase.sqlite])
    func reportsZip(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let ids = try await Self.twoUnits(app, wuhua: .accepted, xinfeng: .accepted)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let zip = try await reviewer.get("/review/reports.zip?year=2024&status=accepted")
            let one = try await reviewer.get("/review/reports.zip?year=2024&status=accepted&q=%E6%96%B0%E4%B8%B0")
            let empty = try await reviewer.get("/review/reports.zip?year=2024&status=published")
            var filer = try await Browser.signedIn(app, as: "filer")
            let refused = try await filer.get("/review/reports.zip?year=2024")
            #expect(zip.status == .ok)
            #expect(zip.headers.contentType?.description.hasPrefix("application/zip") == true)
            let archive = try Archive(data: Data(zip.body.readableBytesView), accessMode: .read)
            let names = archive.map(\.path).sorted()
            #expect(names.count == 2)
            #expect(names.allSatisfy { $0.hasSuffix(".docx") && !$0.contains("/") })
            #expect(names.contains { $0.hasPrefix("五华县政务服务数据管理局-2024-") })
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                let inner = try Archive(data: bytes, accessMode: .read)
                #expect(inner["word/document.xml"] != nil)
            }
            #expect(try Archive(data: Data(one.body.readableBytesView), accessMode: .read).map(\.path).count == 1)
            #expect(empty.status == .notFound)
            #expect(empty.body.string.contains(ReviewQueueText.zipEmpty))
            #expect(refused.status == .forbidden)
            _ = ids
        }
    }

    @Test(
        "逾期: past the year's 填报截止日期 the list shows what units still owe; before it, nothing",
        arguments: [TestDatabase.sqlite])
    func overdue(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let ids = try await Self.twoUnits(app, wuhua: .returned, xinfeng: .submitted)
            let years = FluentFiscalYearRepository(database: app.db)
            var year = try await years.find(2024) ?? FiscalYear(year: 2024)
            year.deadline = CalendarDate("2025-01-31")
            try await years.save(year, by: "test")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let past = try await reviewer.get("/review?year=2024&overdue=1").body.string
            year.deadline = CalendarDate("2100-12-31")
            try await years.save(year, by: "test")
            let before = try await reviewer.get("/review?year=2024&overdue=1").body.string
            let bad = try await reviewer.get("/review?year=2024&overdue=2")
            #expect(past.contains("href=\"/review/\(ids.wuhua)\""))
            #expect(!past.contains("href=\"/review/\(ids.xinfeng)\""))
            #expect(before.contains("共 0 份"))
            #expect(bad.status == .badRequest)
        }
    }

    @Test(
        "125 evaluations of a year: three pages by next links (after=) with every row once; the zip is refused over 100",
        arguments: [TestDatabase.sqlite])
    func pagesAndZipLimit(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given 1,000 load evaluations, 125 of them of 2025 and none a draft
            try await LoadSeed.seed(app, count: 1_000, units: 10)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when the reviewer follows the next links and asks for the year's reports
            var path: String? = "/review?year=2025&sort=scoreDescending"
            var seen: [String] = [], pages = 0
            while let next = path, pages < 5 {
                let html = try await reviewer.get(next).body.string
                seen += HTMLIDs.reviewLinks(html)
                path = HTMLIDs.nextPage(html)
                pages += 1
            }
            let zip = try await reviewer.get("/review/reports.zip?year=2025")
            // then
            #expect(pages == 3)
            #expect(seen.count == 125)
            #expect(Set(seen).count == 125)
            #expect(zip.status == .unprocessableEntity)
            #expect(zip.body.string.contains("本筛选有 125 份评价，超过一次下载的上限 100 份"))
        }
    }

    @Test("names in the zip: path and reserved characters replaced, duplicates numbered")
    func fileNames() {
        var names = ReportFileNames()
        #expect(names.unique("a/b\\c:d*?\"<>|e\u{1}", ext: "docx") == "a_b_c_d______e_.docx")
        #expect(names.unique("同名", ext: "docx") == "同名.docx")
        #expect(names.unique("同名", ext: "docx") == "同名-2.docx")
        #expect(names.unique("..", ext: "docx") == "报告.docx")
        #expect(ReportFileNames.sanitised(String(repeating: "长", count: 200)).count == 80)
    }
}

/// Links read from the review list's HTML.
enum HTMLIDs {
    /// The evaluation ids the rows link to, in order.
    static func reviewLinks(_ html: String) -> [String] {
        let regex = try? NSRegularExpression(pattern: #"<a href="/review/([0-9a-f-]{36})""#)
        return (regex?.matches(in: html, range: NSRange(html.startIndex..., in: html)) ?? []).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    /// The href of 下一页, unescaped, or nil.
    static func nextPage(_ html: String) -> String? {
        guard let range = html.range(of: #"<a href="([^"]+)" id="next-page""#, options: .regularExpression) else { return nil }
        let tag = String(html[range])
        return tag.split(separator: "\"").dropFirst().first.map { $0.replacingOccurrences(of: "&amp;", with: "&") }
    }
}
