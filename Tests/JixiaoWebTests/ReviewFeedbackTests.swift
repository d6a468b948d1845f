import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Review page feedback: refused steps and scores come back with a banner and the input kept", .timeLimit(.minutes(10)))
struct ReviewFeedbackTests {
    @Test(
        "退回 without a reason shows the review page again, the reason field marked and the notes kept",
        arguments: [TestDatabase.sqlite])
    func returnWithoutReason(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an approved evaluation and the reviewer
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .approved)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when the reviewer returns it with notes but a blank reason
            let response = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "sendBack", "reason": "  ", "noteField1": "figures.expenditureTotal",
                    "noteText1": "请与决算报表<核对>",
                ])
            // then
            let html = response.body.string
            #expect(response.status == .conflict)
            #expect(html.contains("id=\"review-scores\""))
            #expect(html.contains("class=\"error-banner\"") && html.contains(ReviewText.reasonMissing(.sendBack)))
            #expect(html.contains("「退回理由」"))
            #expect(html.contains(ReviewText.reasonField(.sendBack)))
            #expect(html.contains("value=\"请与决算报表&lt;核对&gt;\""))
            #expect(html.contains("value=\"figures.expenditureTotal\" selected=\"selected\""))
            #expect(!html.contains("出错了"))
            #expect(try await ReviewFixtures.find(app, id).evaluation.status == .approved)
        }
    }

    @Test(
        "an over-maximum re-score names the item and its maximum and keeps what was typed",
        arguments: [TestDatabase.sqlite])
    func scoreAboveMaximum(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an approved evaluation whose framework scores an item with a maximum
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.set(app, id, status: .approved)
            let leaves = try await app.frameworks.analyze(stored.evaluation).score?.nodes.flatMap(\.leaves) ?? []
            let leaf = try #require(leaves.first { $0.max != nil })
            let max = try #require(leaf.max)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let response = try await reviewer.post(
                "/review/\(id)/scores",
                form: [
                    "version": String(stored.version), "score.\(leaf.id)": "999", "comment.\(leaf.id)": "复核意见甲",
                ])
            // then
            let html = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(html.contains("class=\"error-banner\""))
            #expect(html.contains("「\(HTMLEscape.escape(leaf.name))」超过该指标满分 \(max.description)"))
            #expect(html.contains("value=\"999\"") && html.contains("value=\"复核意见甲\""))
            #expect(try await ReviewFixtures.find(app, id).evaluation.review?.scores[leaf.id] == nil)
        }
    }

    @Test(
        "涉及字段 lists the fields in the editor's order, grouped, with their Chinese labels",
        arguments: [TestDatabase.sqlite])
    func fieldsInFormOrder(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an approved evaluation and its framework's leaves
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.set(app, id, status: .approved)
            let framework = try await app.frameworks.framework(id: stored.evaluation.frameworkID)
            let leaves = EditorPageModel.scoredLeaves(framework)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let html = try await reviewer.get("/review/\(id)").body.string
            // then
            let select = try #require(
                html.components(separatedBy: "<select name=\"noteField1\"").dropFirst().first?
                    .components(separatedBy: "</select>").first)
            let values = select.components(separatedBy: "<option value=\"").dropFirst()
                .compactMap { $0.split(separator: "\"").first.map(String.init) }
            let scored = values.filter { $0.hasPrefix("indicators.") }
            #expect(leaves.count > 1)
            #expect(scored == leaves.map { "indicators.\($0.id).selfScore" })
            #expect(Array(values.prefix(3)) == ["filing.filedBy", "filing.phone", "filing.filedOn"])
            #expect(values.firstIndex(of: "figures.incomeTotal")! < values.firstIndex(of: scored[0])!)
            #expect(values.firstIndex(of: "statedTotal") == values.firstIndex(of: scored.last!)! + 1)
            #expect(values.last?.hasPrefix("narrative.") == true)
            #expect(select.contains("<optgroup label=\"填报信息\">") && select.contains("<optgroup label=\"自评得分\">"))
            #expect(select.contains(">\(HTMLEscape.escape(leaves[0].name)) 自评得分</option>"))
        }
    }
}
