import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("List pages", .timeLimit(.minutes(10)))
struct PaginationTests {
    /// Adds `count` drafts of the filer's unit for 2030 (a year the demo data does not use),
    /// created one after another, so the newest is listed first.
    static func addDrafts(_ app: Application, count: Int) async throws -> [String] {
        guard let unit = try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit) else {
            throw Abort(.notFound)
        }
        let repository = FluentEvaluationRepository(database: app.db)
        var ids: [String] = []
        for i in 0..<count {
            // Projects of their own: one unit has one evaluation per year, kind and project.
            let e = Evaluation(
                kind: .project, unit: unit, fiscalYear: 2030, frameworkID: "mof-2020-project",
                project: ProjectInfo(name: "分页项目 \(i)"))
            ids.append(try await repository.create(e, metrics: .init(), by: "test \(i)").id)
        }
        return ids
    }

    @Test("the API pages with page and per, newest first, and reports the total", arguments: TestDatabase.all)
    func apiPages(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let ids = try await Self.addDrafts(app, count: 7)
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "reviewer")
            // when
            let second = try await client.get("/api/v1/evaluations?year=2030&per=3&page=2")
            let last = try await client.get("/api/v1/evaluations?year=2030&per=3&page=3")
            let beyond = try await client.get("/api/v1/evaluations?year=2030&per=3&page=9")
            let capped = try await client.get("/api/v1/evaluations?per=100000")
            // then
            let page2 = try second.content.decode(EvaluationListDTO.self)
            #expect(page2.items.map(\.id) == Array(ids.reversed()[3..<6]))
            #expect((page2.page, page2.per, page2.total) == (2, 3, 7))
            #expect(try last.content.decode(EvaluationListDTO.self).items.map(\.id) == [ids[0]])
            #expect(beyond.status == .badRequest)
            #expect(try beyond.content.decode(APIErrorDTO.self).error.message == ListPage.pastEndMessage(last: 3))
            #expect(try capped.content.decode(EvaluationListDTO.self).per == ListPage.maxPer)
        }
    }

    @Test("the list page shows 50 rows, page numbers and the total; page 2 holds the rest", arguments: TestDatabase.all)
    func listPages(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let ids = try await Self.addDrafts(app, count: ListPage.defaultPer + 2)
            var browser = try await Browser.signedIn(app, as: "filer")
            // when
            let first = try await browser.get("/evaluations?year=2030&status=draft").body.string
            let second = try await browser.get("/evaluations?year=2030&status=draft&page=2").body.string
            // then
            #expect(first.contains("第 1 / 2 页，共 52 条"))
            #expect(first.contains("rel=\"next\" href=\"/evaluations?year=2030&amp;status=draft&amp;page=2\""))
            #expect(first.contains(ids[51]) && !first.contains(ids[1]))
            #expect(second.contains("第 2 / 2 页，共 52 条"))
            #expect(second.contains(ids[0]) && second.contains(ids[1]) && !second.contains(ids[2]))
            #expect(second.contains("上一页") && !second.contains("下一页"))
        }
    }

    @Test(
        "a page past the last is a 400 naming page and the last page; an empty list has page 1; after= decides alone",
        arguments: TestDatabase.all)
    func pastTheEnd(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let ids = try await Self.addDrafts(app, count: ListPage.defaultPer + 2)
            var browser = try await Browser.signedIn(app, as: "filer")
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "filer")
            // when
            let page3 = try await browser.get("/evaluations?year=2030&status=draft&page=3")
            let emptyList = try await browser.get("/evaluations?year=2099")
            let emptyList2 = try await browser.get("/evaluations?year=2099&page=2")
            let apiEmpty = try await client.get("/api/v1/evaluations?year=2099")
            let apiEmpty2 = try await client.get("/api/v1/evaluations?year=2099&page=2")
            let keyset = try await client.get("/api/v1/evaluations?year=2030&per=2&page=40&after=\(ids[2])")
            // then
            #expect(page3.status == .badRequest)
            #expect(page3.body.string.contains(ListPage.pastEndMessage(last: 2)))
            #expect(emptyList.status == .ok && apiEmpty.status == .ok)
            #expect(emptyList2.status == .badRequest && emptyList2.body.string.contains(ListPage.pastEndMessage(last: 1)))
            #expect(apiEmpty2.status == .badRequest)
            #expect(try apiEmpty2.content.decode(APIErrorDTO.self).error.message == ListPage.pastEndMessage(last: 1))
            #expect(keyset.status == .ok)
            #expect(try keyset.content.decode(EvaluationListDTO.self).items.map(\.id) == [ids[1], ids[0]])
        }
    }
}
