import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Hostile text in every field of a declaration is shown literally on its pages, for every role.
@Suite("绩效目标申报: hostile text", .timeLimit(.minutes(10)))
struct DeclarationHostileTextTests {
    @Test("hostile text in the head, every row part, a verdict, a reason and the history is never markup", arguments: TestDatabase.all)
    func hostile(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a project declaration whose every text is hostile, submitted and returned with hostile notes
            let h = HostileText.text
            var filer = try await Browser.signedIn(app, as: "filer")
            let created = try await filer.post("/targets", form: ["scope": "project", "year": "2025", "project": h])
            let id = DeclarationWorkflowTests.id(from: created)
            var fields = ["version": "1", "overallGoal": h, "annualGoal": h, "sector": h, "projectAttribute": h]
            for part in DeclarationFields.rowParts.map(\.key) where part != "direction" { fields["targets.1.\(part)"] = h }
            _ = try await filer.post("/targets/\(id)", form: fields)
            var state = try #require(try await FluentDeclarationRepository(database: app.db).find(id: id))
            state.state.status = .approved
            _ = try await FluentDeclarationRepository(database: app.db).update(
                id: id, expectedVersion: state.version,
                state: state.state, by: h, changes: [])
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            _ = try await reviewer.post(
                "/targets/\(id)/workflow",
                form: [
                    "action": "sendBack", "reason": h,
                    "verdict.1": "revise", "comment.1": h,
                ])
            // when
            var pages: [String] = []
            for user in ["filer", "approver", "reviewer", "admin"] {
                var browser = try await Browser.signedIn(app, as: user)
                pages.append(try await browser.get("/targets/\(id)").body.string)
                pages.append(try await browser.get("/targets").body.string)
                pages.append(try await browser.get("/todo").body.string)
            }
            pages.append(try await filer.get("/targets/\(id)?q=\(Browser.encode(h))").body.string)
            // then
            for page in pages { #expect(HostileText.problems(page).isEmpty) }
            #expect(HostileText.showsLiterally(pages[0]))
            #expect(pages[0].contains("退回理由：") && HostileText.showsLiterally(pages[4]))
        }
    }
}
