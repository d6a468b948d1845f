import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("待办 per role", .timeLimit(.minutes(10)))
struct TodoRouteTests {
    @Test(
        "each role sees what waits for it, in its own scope; the home page counts the same",
        arguments: TestDatabase.all)
    func perRole(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the seed's 2024 drafts, wuhua's submitted
            let wuhua = try await Fixtures.evaluationID(app), xinfeng = try await Fixtures.evaluationID(app, unit: Fixtures.otherUnit)
            try await ReviewFixtures.set(app, wuhua, status: .submitted)
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            var otherFiler = try await Browser.signedIn(app, as: "filer-xinfeng")
            // when
            let filerTodo = try await filer.get("/todo").body.string
            let approverTodo = try await approver.get("/todo").body.string
            let otherTodo = try await otherFiler.get("/todo").body.string
            let approverHome = try await approver.get("/evaluations").body.string
            try await ReviewFixtures.set(app, wuhua, status: .approved)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let reviewerTodo = try await reviewer.get("/todo").body.string
            let approverAfter = try await approver.get("/todo").body.string
            // then
            #expect(!filerTodo.contains("/evaluations/\(wuhua)") && filerTodo.contains("todo-empty"))
            #expect(approverTodo.contains("todo-submitted") && approverTodo.contains("/evaluations/\(wuhua)"))
            #expect(!approverTodo.contains(xinfeng))
            #expect(otherTodo.contains("todo-draft") && otherTodo.contains(xinfeng) && !otherTodo.contains(wuhua))
            #expect(approverHome.contains("id=\"todo-count-submitted\">已提交，待部门审核 1 项"))
            #expect(reviewerTodo.contains("todo-approved") && reviewerTodo.contains("/review/\(wuhua)"))
            #expect(!reviewerTodo.contains("/review/\(xinfeng)"))
            #expect(approverAfter.contains("todo-empty"))
        }
    }

    @Test("two processes on one database show the same to-do counts", arguments: TestDatabase.all)
    func twoProcesses(_ database: TestDatabase) async throws {
        try await TwoProcessTests.withTwoApps(database) { a, b in
            // given a submitted evaluation, on the department head's list in process B
            let id = try await Fixtures.evaluationID(a)
            try await ReviewFixtures.set(a, id, status: .submitted)
            var viaA = try await Browser.signedIn(a, as: "approver"), viaB = try await Browser.signedIn(b, as: "approver")
            let before = try await viaB.get("/todo").body.string
            // when: approved through process A
            let approved = try await viaA.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            let after = try await viaB.get("/todo").body.string
            // then
            #expect(approved.status == .seeOther)
            #expect(before.contains("/evaluations/\(id)"))
            #expect(!after.contains("/evaluations/\(id)"))
        }
    }
}
