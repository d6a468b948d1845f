import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15: the editor's and the review page's buttons sit in one action bar (sticky in
/// `app.css`), each tied to its form by `form=`; score inputs are labelled by their indicator.
@Suite("Action bar and review labels", .timeLimit(.minutes(10)))
struct ActionBarTests {
    /// The `<div id="action-bar">` of `html`, up to the end of the page.
    static func bar(_ html: String) -> String? {
        html.range(of: "id=\"action-bar\"").map { String(html[$0.lowerBound...]) }
    }

    /// The start tags of `html` with attribute `name` equal to `value`.
    static func tags(_ html: String, _ name: String, _ value: String) -> [HTMLTokens.Element] {
        HTMLTokens(html).elements.filter { $0.attribute(name) == value }
    }

    @Test("the filer's draft: 保存 and 提交审核 are tied to the editor form; a reviewer reading it gets no bar")
    func editorBar() async throws {
        try await withJixiaoApp(.sqlite) { app in
            let id = try await Fixtures.evaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let mine = try await filer.get("/evaluations/\(id)").body.string
            let theirs = try await reviewer.get("/evaluations/\(id)").body.string
            // then
            let bar = try #require(Self.bar(mine))
            let save = try #require(Self.tags(bar, "id", "save").first)
            #expect(save.attribute("form") == "editor")
            #expect(save.attribute("type") == "submit")
            let submit = try #require(Self.tags(bar, "id", "submit").first)
            #expect(submit.attribute("form") == "editor" && submit.attribute("formaction") == "/evaluations/\(id)/submit")
            #expect(Self.tags(mine, "id", "save").count == 1)
            #expect(Self.bar(theirs) == nil)
            #expect(theirs.contains("id=\"analysis-details\""))
        }
    }

    @Test("an approved evaluation's review page: 保存复核得分, 财政审核通过 and a link to 退回's reason in the bar; inputs labelled")
    func reviewBar() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given an evaluation the department approved
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .approved)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let html = try await reviewer.get("/review/\(id)").body.string
            // then
            let bar = try #require(Self.bar(html))
            #expect(Self.tags(bar, "id", "save-review").first?.attribute("form") == "review-form")
            // While re-scoring, 通过 posts the score form to the workflow route (typed scores go with it).
            let accept = try #require(Self.tags(bar, "id", "bar-accept").first)
            #expect(accept.attribute("form") == "review-form" && accept.attribute("value") == "accept")
            #expect(accept.attribute("data-confirm") == ReviewText.confirm(.accept))
            #expect(Self.tags(html, "id", "workflow-accept").count == 1)
            #expect(Self.tags(bar, "href", "#workflow-sendBack").count == 1)
            #expect(Self.tags(html, "id", "workflow-sendBack").count == 1)
            let scores = HTMLTokens(html).elements.filter { ($0.attribute("name") ?? "").hasPrefix("score.") }
            #expect(scores.count > 5)
            #expect(scores.allSatisfy { ($0.attribute("aria-label") ?? "").hasSuffix(" · 财政复核得分") })
            let labels = scores.compactMap { $0.attribute("aria-label") }
            #expect(Set(labels).count == labels.count)
        }
    }

    @Test("a submitted evaluation on the reviewer's review page has no bar (nothing to do there yet)")
    func noBar() async throws {
        try await withJixiaoApp(.sqlite) { app in
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let html = try await reviewer.get("/review/\(id)").body.string
            #expect(html.contains("id=\"review-scores\""))
            #expect(Self.bar(html) == nil)
        }
    }
}
