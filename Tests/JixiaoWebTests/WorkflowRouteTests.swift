import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Review workflow over HTTP", .timeLimit(.minutes(10)))
struct WorkflowRouteTests {
    @Test("approve, return with a reason, accept, publish: each by its role, all in the history", arguments: TestDatabase.all)
    func cycle(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a submitted evaluation
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var admin = try await ReviewFixtures.api(app, as: "admin")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let wrongRole = try await filer.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            let approved = try await approver.post("/evaluations/\(id)/workflow", form: ["action": "approve"])
            let noReason = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "sendBack", "reason": " "])
            let returned = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "sendBack", "reason": "支出合计与明细不符，请核对", "noteField1": "figures.expenditureTotal",
                    "noteText1": "请与决算报表核对",
                ])
            let editor = try await filer.get("/evaluations/\(id)")
            try await ReviewFixtures.set(app, id, status: .approved)
            let accepted = try await reviewer.post("/evaluations/\(id)/workflow", form: ["action": "accept"])
            let published = try await admin.json(.POST, "/api/v1/evaluations/\(id)/workflow", #"{"action":"publish"}"#)
            let history = try await reviewer.get("/evaluations/\(id)/history")
            // then
            #expect(wrongRole.status == .forbidden)
            #expect(approved.status == .seeOther)
            #expect(noReason.status == .conflict)
            #expect(noReason.body.string.contains(ReviewText.reasonMissing(.sendBack)))
            #expect(returned.status == .seeOther)
            #expect(editor.body.string.contains("支出合计与明细不符，请核对"))
            #expect(editor.body.string.contains("data-field=\"figures.expenditureTotal\""))
            #expect(editor.body.string.contains("请与决算报表核对"))
            #expect(accepted.status == .seeOther)
            #expect(published.status == .ok)
            #expect(try await ReviewFixtures.find(app, id).evaluation.status == .published)
            let text = history.body.string
            #expect(text.contains("五华负责人") && text.contains("财政审核员") && text.contains("系统管理员"))
            #expect(text.contains("退回：支出合计与明细不符，请核对"))
            #expect(text.contains("部门审核通过") && text.contains("财政审核通过") && text.contains("已公开"))
        }
    }

    @Test("the reviewer's scores sit next to the unit's and are recorded in the history", arguments: [TestDatabase.sqlite])
    func reviewScores(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an evaluation under review with a self-score
            let id = try await Fixtures.evaluationID(app)
            let repository = FluentEvaluationRepository(database: app.db)
            let stored = try await ReviewFixtures.find(app, id)
            var e = stored.evaluation
            e.status = .approved
            e.indicators["A1"] = IndicatorInput(selfScore: 10)
            _ = try await repository.update(
                id: id, expectedVersion: stored.version, evaluation: e,
                metrics: EvaluationMetrics(), by: "测试", changes: [])
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let page = try await reviewer.get("/review/\(id)")
            let row = try #require(ReviewPageRows.ids(page.body.string).first)
            // when
            let bad = try await reviewer.post("/review/\(id)/scores", form: ["version": "2", "score.\(row)": "八"])
            let saved = try await reviewer.post(
                "/review/\(id)/scores",
                form: [
                    "version": "2", "score.\(row)": "1.5", "comment.\(row)": "佐证不足",
                ])
            let after = try await reviewer.get("/review/\(id)")
            // then
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains(ReviewText.scoreInvalid))
            #expect(saved.status == .seeOther)
            #expect(after.body.string.contains("value=\"1.5\""))
            #expect(after.body.string.contains("佐证不足"))
            #expect(try await ReviewFixtures.find(app, id).evaluation.review?.scores[row]?.score == ExactDecimal("1.5"))
            #expect(try await repository.history(id: id).contains { $0.change.label.contains("财政复核得分") && $0.change.new == "1.5" })
        }
    }
}

/// Reads the indicator ids of the review table.
enum ReviewPageRows {
    static func ids(_ html: String) -> [String] {
        html.components(separatedBy: "data-indicator=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}
