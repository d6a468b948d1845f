import FluentKit
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15: the department head returns a submission with a reason (部门审核退回) or approves it
/// with a comment; the unit hears of both.
@Suite("部门审核退回 and 部门审核意见", .timeLimit(.minutes(10)))
struct DepartmentReviewTests {
    @Test("the rule: only the unit's department head returns a submission, and only with a reason")
    func rule() {
        let approver = UserAccount(id: UUID(), username: "a", displayName: "部门", role: .approver, unitCode: "U1")
        let otherUnit = UserAccount(id: UUID(), username: "b", displayName: "别的部门", role: .approver, unitCode: "U2")
        let reviewer = UserAccount(id: UUID(), username: "r", displayName: "财政", role: .reviewer, unitCode: "")
        #expect(Workflow.decide(.departmentReturn, from: .submitted, by: approver, unitCode: "U1", reason: "缺附件") == .success(.returned))
        #expect(
            Workflow.decide(.departmentReturn, from: .submitted, by: approver, unitCode: "U1", reason: " ")
                == .failure(.reasonRequired(.departmentReturn)))
        #expect(Workflow.decide(.departmentReturn, from: .submitted, by: otherUnit, unitCode: "U1", reason: "x") == .failure(.otherUnit))
        #expect(
            Workflow.decide(.departmentReturn, from: .submitted, by: reviewer, unitCode: "U1", reason: "x")
                == .failure(.wrongRole(.departmentReturn, .reviewer)))
        #expect(
            Workflow.decide(.departmentReturn, from: .approved, by: approver, unitCode: "U1", reason: "x")
                == .failure(.notAllowed(.departmentReturn, .approved)))
        #expect(Workflow.actions(for: approver, status: .submitted, unitCode: "U1") == [.approve, .departmentReturn])
        #expect(WorkflowNotice.actions.contains(.departmentReturn))
    }

    @Test(
        "a department head returns with a reason and a note: the filer sees both, a message and the item on the to-do list",
        arguments: TestDatabase.all)
    func returnWithComment(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a submitted evaluation of the filer's unit
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            let page = try await approver.get("/evaluations/\(id)").body.string
            // when the department head returns it
            let returned = try await approver.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "departmentReturn", "reason": "项目支出<明细>未附", "noteField1": "figures.expenditureTotal",
                    "noteText1": "请核对支出合计",
                ])
            let after = try await approver.get(try #require(returned.headers.first(name: .location))).body.string
            let editor = try await filer.get("/evaluations/\(id)").body.string
            let notices = try await filer.get("/notices").body.string
            let filerTodo = try await filer.get("/todo").body.string
            let approverTodo = try await approver.get("/todo").body.string
            let history = try await filer.get("/evaluations/\(id)/history").body.string
            // then
            #expect(page.contains("id=\"workflow-departmentReturn\"") && page.contains("id=\"do-departmentReturn\""))
            #expect(returned.status == .seeOther)
            #expect(after.contains(ReviewText.done(.departmentReturn)))
            let stored = try await ReviewFixtures.find(app, id).evaluation
            #expect(stored.status == .returned)
            #expect(stored.review?.returnReason == "项目支出<明细>未附")
            #expect(stored.review?.fieldNotes["figures.expenditureTotal"] == "请核对支出合计")
            #expect(editor.contains("退回理由：</strong>项目支出&lt;明细&gt;未附"))
            #expect(editor.contains("审核意见：请核对支出合计"))
            #expect(notices.contains("被部门退回，请修改后重新提交。退回理由：项目支出&lt;明细&gt;未附"))
            #expect(filerTodo.contains("todo-returned") && filerTodo.contains("/evaluations/\(id)"))
            #expect(!approverTodo.contains("/evaluations/\(id)"))
            #expect(history.contains("部门审核退回：项目支出&lt;明细&gt;未附"))
        }
    }

    @Test(
        "部门审核退回 without a reason shows the editor again, the reason field marked and the notes kept",
        arguments: TestDatabase.all)
    func returnWithoutReason(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var approver = try await Browser.signedIn(app, as: "approver")
            // when
            let response = try await approver.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "departmentReturn", "reason": " ", "noteField1": "figures.expenditureTotal", "noteText1": "请核对<合计>",
                ])
            // then
            let html = response.body.string
            #expect(response.status == .conflict)
            #expect(html.contains("id=\"editor\"") && !html.contains("出错了"))
            #expect(html.contains(ReviewText.reasonMissing(.departmentReturn)))
            #expect(html.contains(ReviewText.reasonField(.departmentReturn)))
            #expect(html.contains("value=\"请核对&lt;合计&gt;\""))
            #expect(html.contains("value=\"figures.expenditureTotal\" selected=\"selected\""))
            #expect(try await ReviewFixtures.find(app, id).evaluation.status == .submitted)
        }
    }

    @Test(
        "部门审核通过 with a comment: kept in the history and sent to the filer",
        arguments: TestDatabase.all)
    func approveWithComment(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            let page = try await approver.get("/evaluations/\(id)").body.string
            // when
            let approved = try await approver.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "approve", "comment": "数据已核对，同意报送",
                ])
            let notices = try await filer.get("/notices").body.string
            let history = try await filer.get("/evaluations/\(id)/history").body.string
            // then
            #expect(page.contains("name=\"comment\""))
            #expect(approved.status == .seeOther)
            #expect(try await ReviewFixtures.find(app, id).evaluation.status == .approved)
            #expect(notices.contains("已通过部门审核，等待财政审核。审核意见：数据已核对，同意报送"))
            #expect(history.contains("部门审核通过：数据已核对，同意报送"))
        }
    }

    @Test(
        "the API: 部门审核退回 needs a reason (409 naming it), then returns; 部门审核通过's reason is its comment",
        arguments: TestDatabase.all)
    func api(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var approver = try await ReviewFixtures.api(app, as: "approver")
            // when
            let refused = try await approver.json(.POST, "/api/v1/evaluations/\(id)/workflow", #"{"action":"departmentReturn"}"#)
            let returned = try await approver.json(
                .POST, "/api/v1/evaluations/\(id)/workflow",
                #"{"action":"departmentReturn","reason":"缺少佐证"}"#)
            try await ReviewFixtures.set(app, id, status: .submitted)
            let approved = try await approver.json(
                .POST, "/api/v1/evaluations/\(id)/workflow",
                #"{"action":"approve","reason":"同意"}"#)
            let history = try await app.historyText(id)
            // then
            #expect(refused.status == .conflict && refused.body.string.contains("理由"))
            #expect(returned.status == .ok && returned.body.string.contains("\"returned\""))
            #expect(approved.status == .ok)
            #expect(history.contains("部门审核退回：缺少佐证") && history.contains("部门审核通过：同意"))
        }
    }
}

extension Application {
    /// The history lines of evaluation `id`, as text.
    fileprivate func historyText(_ id: String) async throws -> String {
        try await FluentEvaluationRepository(database: db).history(id: id).map { $0.change.new ?? "" }
            .joined(separator: "\n")
    }
}
