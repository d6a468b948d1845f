import FluentKit
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("消息 on return, acceptance and publication", .timeLimit(.minutes(10)))
struct NoticeRouteTests {
    static func unread(_ page: String) -> String? {
        guard let range = page.range(of: #"id="unread-count">[0-9]+<"#, options: .regularExpression) else { return nil }
        return String(page[range].dropFirst("id=\"unread-count\">".count).dropLast())
    }

    @Test(
        "the unit's users hear of each step, with the reason of a return; marking read lowers the count",
        arguments: TestDatabase.all)
    func cycle(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a submitted evaluation of 五华
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            let before = try await filer.get("/evaluations").body.string
            // when: approve, return with a reason, approve again, accept, publish
            _ = try await approver.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            _ = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "sendBack", "reason": "支出合计与明细不符"])
            try await ReviewFixtures.set(app, id, status: .approved)
            _ = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "accept"])
            _ = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "publish"])
            let filerHome = try await filer.get("/evaluations").body.string
            let filerNotices = try await filer.get("/notices").body.string
            let approverHome = try await approver.get("/evaluations").body.string
            let otherNotices = try await other.get("/notices").body.string
            // then: four messages for the filer; the approver did not hear of their own approval
            #expect(Self.unread(before) == nil)
            #expect(Self.unread(filerHome) == "4")
            #expect(filerHome.contains("id=\"todo-unread\">未读消息 4 条"))
            #expect(Self.unread(approverHome) == "3")
            #expect(filerNotices.contains("五华县政务服务数据管理局 2024年度部门整体支出绩效自评被财政退回，请修改后重新提交。退回理由：支出合计与明细不符"))
            #expect(filerNotices.contains("已通过部门审核") && filerNotices.contains("已通过财政审核") && filerNotices.contains("已公开"))
            #expect(filerNotices.contains("href=\"/evaluations/\(id)\""))
            #expect(otherNotices.contains("notices-empty"))

            // when: one marked read by its owner, one by someone else, then all
            let notices = try await FluentNoticeRepository(database: app.db)
                .notices(of: try #require(try await UserRecord.query(on: app.db).filter(\.$username == "filer").first()?.id), limit: 10)
            let first = try #require(notices.first).id.uuidString.lowercased()
            let foreign = try await other.post("/notices/\(first)/read", form: [:])
            let marked = try await filer.post("/notices/\(first)/read", form: [:])
            let afterOne = try await filer.get("/evaluations").body.string
            let all = try await filer.post("/notices/read-all", form: [:])
            let afterAll = try await filer.get("/notices").body.string
            // then
            #expect(foreign.status == .notFound)
            #expect(marked.status == .seeOther)
            #expect(Self.unread(afterOne) == "3")
            #expect(all.status == .seeOther)
            #expect(Self.unread(afterAll) == nil && afterAll.contains("没有未读消息"))
        }
    }

    @Test("a message sent through one process is counted by the other", arguments: TestDatabase.all)
    func twoProcesses(_ database: TestDatabase) async throws {
        try await TwoProcessTests.withTwoApps(database) { a, b in
            let id = try await Fixtures.evaluationID(a)
            try await ReviewFixtures.set(a, id, status: .submitted)
            var approver = try await Browser.signedIn(a, as: "approver"), filer = try await Browser.signedIn(b, as: "filer")
            _ = try await approver.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            #expect(Self.unread(try await filer.get("/todo").body.string) == "1")
        }
    }
}
