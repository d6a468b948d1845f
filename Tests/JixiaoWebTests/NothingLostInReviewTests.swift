import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15, no lost work: 提交审核 sends what the editor shows, and 退回 or 通过 on the review
/// page takes the re-scores typed and not yet saved with it.
@Suite("Nothing typed is lost in submission and review", .timeLimit(.minutes(10)))
struct NothingLostInReviewTests {
    @Test(
        "提交审核 belongs to the editor form: unsaved edits are saved and submitted; a refused value is kept and nothing submitted",
        arguments: TestDatabase.all)
    func submitCarriesEdits(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the complete example with what it leaves open typed in the page, not saved
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.completeEvaluationID(app)
            let page = try await filer.get("/evaluations/\(id)").body.string
            var form = try await Fixtures.form(&filer, id)
            form["indicators.财政拨款收入预决算差异率.note"] = "追加预算未及时调整"
            form["indicators.社会经济环境效益.note"] = "部分工作尚在推进"
            for section in ReportSection.required(for: .departmentWide) {
                form["narrative.\(section.key)"] = "\(section.title)：本局情况说明"
            }
            for (figure, value) in [
                ("fixedAssetsInUse", "100"), ("fixedAssetsTotal", "100"),
                ("publicExpenditure", "50"), ("publicExpenditureBudget", "60"),
            ] {
                form["figures.\(figure)"] = value
            }
            var bad = form
            bad["figures.incomeTotal"] = "一千"
            // when a bad value is sent with 提交审核, then the good form
            let refused = try await filer.post("/evaluations/\(id)/submit", form: bad)
            let afterRefusal = try await ReviewFixtures.find(app, id)
            let submitted = try await filer.post("/evaluations/\(id)/submit", form: form)
            let stored = try await ReviewFixtures.find(app, id).evaluation
            // then
            let button = try #require(HTMLTokens(page).elements.first { $0.attribute("id") == "submit" })
            #expect(button.attribute("form") == "editor" && button.attribute("formaction") == "/evaluations/\(id)/submit")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("class=\"error-banner\"") && refused.body.string.contains("未保存"))
            #expect(refused.body.string.contains("value=\"一千\""))
            #expect(afterRefusal.evaluation.status == .draft && afterRefusal.version == 1)
            #expect(submitted.status == .seeOther)
            #expect(stored.status == .submitted)
            #expect(stored.narrative.contains { $0.text.hasSuffix("：本局情况说明") })
            #expect(stored.indicators["社会经济环境效益"]?.note == "部分工作尚在推进")
        }
    }

    @Test(
        "退回 on the review page posts the score form: typed re-scores are saved with the return; a bad one or a missing reason keeps score, reason and notes",
        arguments: TestDatabase.all)
    func returnCarriesScores(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an approved evaluation and an item with a maximum
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.set(app, id, status: .approved)
            let leaves = try await app.frameworks.analyze(stored.evaluation).score?.nodes.flatMap(\.leaves) ?? []
            let leaf = try #require(leaves.first { ($0.max ?? 0) >= 1 })
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let page = try await reviewer.get("/review/\(id)").body.string
            let base = [
                "version": String(stored.version), "action": "sendBack", "reason": "请补充佐证",
                "noteField1": "figures.expenditureTotal", "noteText1": "请核对<合计>",
            ]
            // when 退回 is sent with an over-maximum score, then with a good one
            let refused = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: base.merging([
                    "score.\(leaf.id)": "999", "comment.\(leaf.id)": "意见甲",
                ]) { $1 })
            let afterRefusal = try await ReviewFixtures.find(app, id).evaluation
            let noReason = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: base.merging([
                    "reason": " ", "score.\(leaf.id)": "2", "comment.\(leaf.id)": "意见丙",
                ]) { $1 })
            let returned = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: base.merging([
                    "score.\(leaf.id)": "1", "comment.\(leaf.id)": "意见乙",
                ]) { $1 })
            let after = try await ReviewFixtures.find(app, id).evaluation
            // then the page's steps are buttons of the score form
            let elements = HTMLTokens(page).elements
            let sendBack = try #require(elements.first { $0.attribute("id") == "do-sendBack" })
            #expect(sendBack.attribute("name") == "action" && sendBack.attribute("value") == "sendBack")
            #expect(sendBack.attribute("formaction") == "/evaluations/\(id)/workflow")
            #expect(elements.first { $0.attribute("id") == "bar-accept" }?.attribute("form") == "review-form")
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("value=\"999\"") && html.contains("value=\"意见甲\""))
            #expect(html.contains(">请补充佐证</textarea>") && html.contains("value=\"请核对&lt;合计&gt;\""))
            #expect(afterRefusal.status == .approved && afterRefusal.review?.scores[leaf.id] == nil)
            #expect(noReason.status == .conflict)
            #expect(noReason.body.string.contains("id=\"score-\(leaf.id)\" value=\"2\"") && noReason.body.string.contains("value=\"意见丙\""))
            #expect(noReason.body.string.contains(ReviewText.reasonField(.sendBack)))
            #expect(returned.status == .seeOther)
            #expect(after.status == .returned && after.review?.returnReason == "请补充佐证")
            #expect(after.review?.scores[leaf.id] == ReviewScore(score: ExactDecimal("1"), comment: "意见乙"))
        }
    }

    @Test(
        "财政审核通过 posted with the score form keeps the typed re-score and not the 退回理由 typed beside it",
        arguments: [TestDatabase.sqlite])
    func acceptCarriesScores(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.set(app, id, status: .approved)
            let leaves = try await app.frameworks.analyze(stored.evaluation).score?.nodes.flatMap(\.leaves) ?? []
            let leaf = try #require(leaves.first { ($0.max ?? 0) >= 1 })
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let accepted = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "version": String(stored.version), "action": "accept", "reason": "未用的理由", "score.\(leaf.id)": "1",
                ])
            let history = try await reviewer.get("/evaluations/\(id)/history").body.string
            // then
            let after = try await ReviewFixtures.find(app, id).evaluation
            #expect(accepted.status == .seeOther)
            #expect(after.status == .accepted && after.review?.scores[leaf.id]?.score == ExactDecimal("1"))
            #expect(!history.contains("未用的理由"))
        }
    }
}
