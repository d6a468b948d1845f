import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// `?after=` pages (keyset): every row once, in the list's order, also where rows share
/// `updated_at` (a batch written in one transaction does).
@Suite("Keyset pages", .timeLimit(.minutes(10)))
struct KeysetPaginationTests {
    /// `count` project drafts of the filer's unit for 2030, written in one batch (one `updated_at`),
    /// then `single` more one by one.
    static func addDrafts(_ app: Application, batch count: Int, single: Int) async throws {
        let unit = try #require(try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit))
        let repository = FluentEvaluationRepository(database: app.db)
        let drafts = (0..<count + single).map { i in
            Evaluation(
                kind: .project, unit: unit, fiscalYear: 2030, frameworkID: "mof-2020-project",
                project: ProjectInfo(name: "翻页项目 \(i)"))
        }
        try await repository.createMany(drafts.prefix(count).map { NewEvaluation(evaluation: $0, metrics: .init()) }, by: "test")
        for e in drafts.dropFirst(count) { _ = try await repository.create(e, metrics: .init(), by: "test") }
    }

    @Test(
        "following next through the API gives every row once, in the order of the offset pages",
        arguments: TestDatabase.all)
    func apiWalk(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            try await Self.addDrafts(app, batch: 40, single: 5)
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "reviewer")
            let all = try await client.get("/api/v1/evaluations?year=2030&per=500").content.decode(EvaluationListDTO.self)
            // when
            var walked: [String] = []
            var pages = 0
            var query = "/api/v1/evaluations?year=2030&per=7"
            for _ in 0..<20 {
                let page = try await client.get(query).content.decode(EvaluationListDTO.self)
                walked.append(contentsOf: page.items.map(\.id))
                pages += 1
                guard let next = page.next else { break }
                query = "/api/v1/evaluations?year=2030&per=7&after=" + next
            }
            let bad = try await client.get("/api/v1/evaluations?after=1%20OR%201=1")
            // then
            #expect(all.total == 45 && all.items.count == 45 && all.next == nil)
            #expect(walked == all.items.map(\.id))
            #expect(Set(walked).count == 45)
            #expect(pages == 7)
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("after（翻页位置）取值无效"))
        }
    }

    @Test(
        "deep list pages link the next page by after=, and it holds the rows the offset page would",
        arguments: TestDatabase.all)
    func listPageLinks(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: 11 pages of 50
            try await Self.addDrafts(app, batch: 540, single: 3)
            var browser = try await Browser.signedIn(app, as: "filer")
            let tenth = try await browser.get("/evaluations?year=2030&page=10").body.string
            let link = try #require(Self.nextLink(tenth))
            // when
            let byCursor = try await browser.get(link).body.string
            let byOffset = try await browser.get("/evaluations?year=2030&page=11").body.string
            let early = try await browser.get("/evaluations?year=2030&page=2").body.string
            // then
            #expect(link.contains("page=11&amp;after=".replacingOccurrences(of: "&amp;", with: "&")))
            #expect(Self.ids(byCursor).count == 43)
            #expect(Self.ids(byCursor) == Self.ids(byOffset))
            #expect(Set(Self.ids(byCursor)).isDisjoint(with: Self.ids(tenth)))
            #expect(byCursor.contains("第 11 / 11 页，共 543 条"))
            #expect(Self.nextLink(early)?.contains("after=") == false)
        }
    }

    /// The "next" link's target, unescaped.
    static func nextLink(_ html: String) -> String? {
        guard let range = html.range(of: #"rel="next" href="[^"]+""#, options: .regularExpression) else { return nil }
        return String(html[range].dropFirst(#"rel="next" href=""#.count).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The evaluation ids linked from the list's rows, in order.
    static func ids(_ html: String) -> [String] {
        let table = html.components(separatedBy: "id=\"evaluation-list\"").last ?? ""
        return table.components(separatedBy: "<tr><td><a href=\"/evaluations/").dropFirst().map { String($0.prefix(36)) }
    }
}
