import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("整改 pages: raised on the review page, answered by the unit, closed by the bureau", .timeLimit(.minutes(10)))
struct RectificationPageTests {
    /// A deadline the rules accept on any day this test runs: 30 June of next year.
    static var deadline: String { CalendarDate(year: Deadlines.today().year + 1, month: 6, day: 30).iso }

    @Test(
        "requested → on the unit's to-do → answered → closed → shown on the review page of that unit and year", arguments: TestDatabase.all)
    func flow(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer"), filer = try await Browser.signedIn(app, as: "filer")
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            let review = try await reviewer.get("/review/\(id)").body.string
            // when: the reviewer marks 需要整改
            let raised = try await reviewer.post(
                "/rectifications",
                form: ["kind": "evaluation", "subject": id, "requirement": "补充<b>偏差原因</b>", "deadline": Self.deadline])
            let item = try #require(raised.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            let filerTodo = try await filer.get("/todo").body.string
            let otherTodo = try await other.get("/todo").body.string
            let hidden = try await other.get(item).status
            let closedByFiler = try await filer.post(item + "/step", form: ["action": "close", "text": ""])
            let answered = try await filer.post(item + "/step", form: ["action": "answer", "text": "已补充偏差原因并调整排班"])
            let reviewerTodo = try await reviewer.get("/todo").body.string
            let closed = try await reviewer.post(item + "/step", form: ["action": "close", "text": "同意"])
            let after = try await reviewer.get("/review/\(id)").body.string
            let filerAfter = try await filer.get("/todo").body.string
            // then
            #expect(review.contains("id=\"rectification-raise\"") && review.contains("rectifications-empty"))
            #expect(raised.status == .seeOther && item.hasPrefix("/rectifications/"))
            #expect(
                filerTodo.contains("todo-rectifications") && filerTodo.contains("补充&lt;b&gt;偏差原因&lt;/b&gt;") && filerTodo.contains(">答复<"))
            #expect(!otherTodo.contains("todo-rectifications"))
            #expect(hidden == .notFound)
            #expect(closedByFiler.status == .unprocessableEntity && closedByFiler.body.string.contains("您不能「整改完成」"))
            #expect(answered.status == .seeOther)
            #expect(reviewerTodo.contains("todo-rectifications") && reviewerTodo.contains(">审核<"))
            #expect(closed.status == .seeOther)
            #expect(after.contains("data-status=\"closed\"") && after.contains("已补充偏差原因并调整排班") && after.contains("已完成"))
            #expect(!after.contains("rectifications-empty"))
            #expect(!filerAfter.contains("todo-rectifications"))
        }
    }

    @Test("a refused request keeps what was typed and names the field; reopen needs a comment", arguments: TestDatabase.all)
    func refusals(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer"), filer = try await Browser.signedIn(app, as: "filer")
            // when
            let badDate = try await reviewer.post(
                "/rectifications", form: ["kind": "evaluation", "subject": id, "requirement": "说明原因", "deadline": "2025-02-30"])
            let empty = try await reviewer.post(
                "/rectifications", form: ["kind": "evaluation", "subject": id, "requirement": " ", "deadline": Self.deadline])
            let unknown = try await reviewer.post(
                "/rectifications",
                form: ["kind": "evaluation", "subject": UUID().uuidString, "requirement": "x", "deadline": Self.deadline])
            let byFiler = try await filer.post(
                "/rectifications", form: ["kind": "evaluation", "subject": id, "requirement": "x", "deadline": Self.deadline])
            let ok = try await reviewer.post(
                "/rectifications", form: ["kind": "evaluation", "subject": id, "requirement": "说明原因", "deadline": Self.deadline])
            let item = try #require(ok.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            let reopen = try await reviewer.post(item + "/step", form: ["action": "close", "text": ""])
            let noComment = try await reviewer.post(item + "/step", form: ["action": "reopen", "text": ""])
            let stale = try await reviewer.post(item + "/step", form: ["action": "reopen", "text": "佐证不足", "version": "1"])
            // then
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.body.string.contains("整改期限「2025-02-30」不是有效日期") && badDate.body.string.contains("说明原因"))
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请填写整改要求。"))
            #expect(unknown.status == .notFound)
            #expect(byFiler.status == .forbidden)
            #expect(reopen.status == .seeOther)
            #expect(noComment.status == .unprocessableEntity && noComment.body.string.contains("请填写审核意见。"))
            #expect(stale.status == .conflict && stale.body.string.contains("现为第 2 版"))
        }
    }

    @Test(
        "an item past its deadline is marked 逾期 on the to-do page and the list filters by status, unit and year",
        arguments: TestDatabase.all)
    func overdueAndList(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: an item whose deadline has passed (stored directly: the form refuses a past date)
            let id = try await Fixtures.evaluationID(app)
            let past = Rectification(
                subject: RectificationSubject(kind: .evaluation, id: id, title: "2024年度部门整体"), unitCode: Fixtures.filerUnit,
                unitName: "五华", fiscalYear: 2024, requirement: "逾期的要求", deadline: CalendarDate(year: 2024, month: 12, day: 31),
                raisedBy: "财政审核员", raisedAt: Date())
            _ = try await FluentRectificationRepository(database: app.db).create(past)
            var filer = try await Browser.signedIn(app, as: "filer"), reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let todo = try await filer.get("/todo").body.string
            let open = try await reviewer.get("/rectifications?status=open&unit=\(Fixtures.filerUnit)&year=2024").body.string
            let closed = try await reviewer.get("/rectifications?status=closed").body.string
            let otherYear = try await reviewer.get("/rectifications?year=2023").body.string
            let badStatus = try await reviewer.get("/rectifications?status=done").status
            let badUnit = try await reviewer.get("/rectifications?unit=nowhere").status
            // then
            #expect(todo.contains("rectification-overdue-count") && todo.contains("overdue-mark"))
            #expect(open.contains("逾期的要求") && open.contains("其中逾期 1 项"))
            #expect(closed.contains("rectifications-empty") && otherYear.contains("rectifications-empty"))
            #expect(badStatus == .badRequest && badUnit == .badRequest)
        }
    }
}
