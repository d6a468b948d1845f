import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Workflow steps ask first and end with a message", .timeLimit(.minutes(10)))
struct WorkflowMessageTests {
    @Test(
        "提交, 部门审核通过, 财政审核通过 and 公开 carry their question; approving and accepting end with a message",
        arguments: [TestDatabase.sqlite])
    func confirmAndFlash(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a draft of the filer's unit
            let id = try await Fixtures.evaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let draft = try await filer.get("/evaluations/\(id)")
            try await ReviewFixtures.set(app, id, status: .submitted)
            // when the department head opens it and approves
            let submitted = try await approver.get("/evaluations/\(id)")
            let approved = try await approver.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            let afterApprove = try await approver.get(try #require(approved.headers.first(name: .location)))
            // and the reviewer accepts
            let review = try await reviewer.get("/review/\(id)")
            let accepted = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "accept"])
            let afterAccept = try await reviewer.get(try #require(accepted.headers.first(name: .location)))
            // then
            #expect(draft.body.string.contains("id=\"submit\" data-confirm=\"\(try #require(ReviewText.confirm(.submit)))\""))
            #expect(submitted.body.string.contains("id=\"do-approve\" data-confirm=\"\(try #require(ReviewText.confirm(.approve)))\""))
            #expect(approved.status == .seeOther)
            #expect(afterApprove.body.string.contains("<p class=\"flash\" id=\"flash\">\(ReviewText.done(.approve))</p>"))
            #expect(review.body.string.contains("id=\"do-accept\" data-confirm=\"\(try #require(ReviewText.confirm(.accept)))\""))
            #expect(!review.body.string.contains("id=\"do-sendBack\" data-confirm"))
            #expect(afterAccept.body.string.contains("<p class=\"flash\" id=\"flash\">\(ReviewText.done(.accept))</p>"))
            #expect(afterAccept.body.string.contains("id=\"do-publish\" data-confirm=\"\(try #require(ReviewText.confirm(.publish)))\""))
        }
    }

    @Test("the app's script asks before a button with data-confirm is sent")
    func scriptAsks() {
        #expect(Assets.javascript.contains("getAttribute('data-confirm')"))
        #expect(Assets.javascript.contains("window.confirm(question)"))
        #expect(Assets.javascript.contains("event.preventDefault()"))
    }
}

@Suite("The editor asks before unsaved input is left", .timeLimit(.minutes(10)))
struct UnsavedInputTests {
    @Test("an editable editor form carries data-unsaved; a read-only one does not", arguments: [TestDatabase.sqlite])
    func marker(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let editable = try await filer.get("/evaluations/\(id)")
            let readOnly = try await reviewer.get("/evaluations/\(id)")
            // then
            #expect(editable.body.string.contains("data-unsaved=\"ask\""))
            #expect(readOnly.status == .ok && !readOnly.body.string.contains("data-unsaved"))
            #expect(Assets.javascript.contains("form[data-unsaved]") && Assets.javascript.contains("'beforeunload'"))
        }
    }
}
