import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Declarations as documents (issue 16, web): create, edit, submit, department approval, finance
/// review per row, return with reason, fix, accept, adjustment; scopes and versions.
@Suite("绩效目标申报 workflow", .timeLimit(.minutes(10)))
struct DeclarationWorkflowTests {
    static func example(_ name: String = "targets-project.yaml") throws -> TargetDeclaration {
        try DeclarationReader.read(url: Fixtures.packageRoot().appendingPathComponent("examples/\(name)")).declaration
    }

    static func id(from response: TestingHTTPResponse) -> String {
        let location = response.headers.first(name: .location) ?? ""
        return String(location.split(separator: "/").last?.split(separator: "?").first ?? "")
    }

    static func stored(_ app: Application, _ id: String) async throws -> StoredDeclaration {
        try #require(try await FluentDeclarationRepository(database: app.db).find(id: id))
    }

    @Test(
        "declare → submit → approve → return per row with reason → fix → accept → adjustment reviewed again",
        arguments: TestDatabase.all)
    func wholeCycle(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the filer declares the example project in the web form
            let example = try Self.example()
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let created = try await filer.post("/targets", form: ["scope": "project", "year": "2025", "project": example.project ?? ""])
            let id = Self.id(from: created)
            var fields = DeclarationForm(example).fields
            fields["version"] = "1"
            let saved = try await filer.post("/targets/\(id)", form: fields)
            // when: submitted, approved, returned with a verdict on row 2
            let submitted = try await filer.post("/targets/\(id)/workflow", form: ["action": "submit", "version": "2"])
            let approved = try await approver.post("/targets/\(id)/workflow", form: ["action": "approve"])
            let noReason = try await reviewer.post("/targets/\(id)/workflow", form: ["action": "sendBack"])
            let returned = try await reviewer.post(
                "/targets/\(id)/workflow",
                form: [
                    "action": "sendBack", "reason": "接通率目标偏低", "verdict.1": "agree", "verdict.2": "revise",
                    "comment.2": "不低于上年实际 93.5%，建议 96",
                ])
            let afterReturn = try await Self.stored(app, id)
            let filerPage = try await filer.get("/targets/\(id)").body.string
            // the filer fixes row 2 and submits again; approved; accepted at the 复审 with verdicts
            fields = DeclarationForm(afterReturn.state.declaration).fields
            fields["targets.2.target"] = "96"
            fields["version"] = String(afterReturn.version)
            _ = try await filer.post("/targets/\(id)", form: fields)
            _ = try await filer.post("/targets/\(id)/workflow", form: ["action": "submit"])
            _ = try await approver.post("/targets/\(id)/workflow", form: ["action": "approve"])
            let reviewPage = try await reviewer.get("/targets/\(id)").body.string
            let stillRevise = try await reviewer.post("/targets/\(id)/workflow", form: ["action": "accept", "verdict.2": "revise"])
            let accepted = try await reviewer.post(
                "/targets/\(id)/workflow", form: ["action": "accept", "verdict.2": "agree", "comment.2": "已调整"])
            let lockedSave = try await filer.post("/targets/\(id)", form: fields)
            // then the adjustment: reason required, back to draft, changed, reviewed, accepted again
            let adjustNoReason = try await filer.post("/targets/\(id)/workflow", form: ["action": "adjust"])
            let adjusted = try await filer.post("/targets/\(id)/workflow", form: ["action": "adjust", "reason": "追加预算后提高受理量"])
            let adjusting = try await Self.stored(app, id)
            fields = DeclarationForm(adjusting.state.declaration).fields
            fields["targets.1.target"] = "65000"
            _ = try await filer.post("/targets/\(id)", form: fields)
            _ = try await filer.post("/targets/\(id)/workflow", form: ["action": "submit"])
            _ = try await approver.post("/targets/\(id)/workflow", form: ["action": "approve"])
            _ = try await reviewer.post("/targets/\(id)/workflow", form: ["action": "accept"])
            let final = try await Self.stored(app, id)
            let history = try await FluentDeclarationRepository(database: app.db).history(id: id)

            #expect(created.status == .seeOther && saved.status == .seeOther && submitted.status == .seeOther)
            #expect(approved.status == .seeOther && returned.status == .seeOther)
            #expect(noReason.status == .conflict && noReason.body.string.contains("「退回」须填写理由"))
            #expect(afterReturn.state.status == .returned && afterReturn.state.review.returnReason == "接通率目标偏低")
            #expect(afterReturn.state.review.rows[2] == RowReview(verdict: .revise, comment: "不低于上年实际 93.5%，建议 96"))
            #expect(afterReturn.state.review.roundLabel == "复审")
            #expect(filerPage.contains("退回理由：接通率目标偏低") && filerPage.contains("需修改：不低于上年实际 93.5%，建议 96"))
            #expect(reviewPage.contains("财政审核（复审）") && reviewPage.contains("name=\"verdict.2\""))
            #expect(stillRevise.status == .conflict && stillRevise.body.string.contains("第2行的意见为「需修改」，不能审核通过"))
            #expect(accepted.status == .seeOther && lockedSave.status == .conflict)
            #expect(adjustNoReason.status == .conflict && adjusted.status == .seeOther)
            #expect(adjusting.state.status == .draft && adjusting.state.review.adjustmentReason == "追加预算后提高受理量")
            #expect(final.state.status == .accepted && final.state.review.adjustments == 1 && final.state.review.adjustmentReason == nil)
            #expect(final.state.declaration.rows[0].target.targetValue == ExactDecimal(65000))
            #expect(final.state.declaration.rows[1].target.targetValue == ExactDecimal(96))
            #expect(history.contains { $0.change.field == "review.adjustmentReason" && $0.change.new == "追加预算后提高受理量" })
            #expect(history.contains { $0.change.field == "targets.1.target" && $0.change.old == "60000" && $0.change.new == "65000" })
            #expect(history.contains { $0.change.field == "review.targets.2" && $0.change.new == "需修改：不低于上年实际 93.5%，建议 96" })
        }
    }

    @Test(
        "scopes and roles: another unit gets 404, the department head and reviewer cannot edit or submit; a stale version is a conflict",
        arguments: TestDatabase.all)
    func scopes(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer"), other = try await Browser.signedIn(app, as: "filer-xinfeng")
            var approver = try await Browser.signedIn(app, as: "approver"), reviewer = try await Browser.signedIn(app, as: "reviewer")
            let id = Self.id(from: try await filer.post("/targets", form: ["scope": "department", "year": "2025"]))
            // when
            let otherPage = try await other.get("/targets/\(id)")
            let otherList = try await other.get("/targets").body.string
            let otherSave = try await other.post("/targets/\(id)", form: ["annualGoal": "x", "version": "1"])
            let approverSave = try await approver.post("/targets/\(id)", form: ["annualGoal": "x", "version": "1"])
            let reviewerSubmit = try await reviewer.post("/targets/\(id)/workflow", form: ["action": "submit"])
            let first = try await filer.post("/targets/\(id)", form: ["annualGoal": "甲", "version": "1"])
            let stale = try await filer.post("/targets/\(id)", form: ["annualGoal": "乙", "version": "1"])
            let duplicate = try await filer.post("/targets", form: ["scope": "department", "year": "2025"])
            let reviewerList = try await reviewer.get("/targets").body.string
            // then
            #expect(otherPage.status == .notFound && otherSave.status == .notFound && !otherList.contains(id))
            #expect(approverSave.status == .forbidden && reviewerSubmit.status == .forbidden)
            #expect(first.status == .seeOther && stale.status == .conflict)
            #expect(duplicate.status == .conflict && duplicate.body.string.contains(id))
            #expect(reviewerList.contains("/targets/\(id)"))
            #expect(try await Self.stored(app, id).state.declaration.annualGoal == "甲")
        }
    }

    @Test(
        "the form: findings and refusals at the field, typed input kept; rows added, moved, removed; library insert",
        arguments: TestDatabase.all)
    func form(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = Self.id(from: try await filer.post("/targets", form: ["scope": "department", "year": "2025"]))
            // when
            let bad = try await filer.post("/targets/\(id)", form: ["funds.total": "一百<b>", "version": "1"])
            _ = try await filer.post(
                "/targets/\(id)",
                form: [
                    "funds.total": "100", "funds.fiscal": "50", "funds.other": "20",
                    "targets.1.name": "甲", "targets.2.name": "乙", "op": "up.2",
                ])
            let moved = try await Self.stored(app, id)
            let page = try await filer.get("/targets/\(id)").body.string
            _ = try await filer.post("/targets/\(id)", form: ["targets.1.name": "乙", "targets.2.name": "甲", "op": "remove.1"])
            let removed = try await Self.stored(app, id)
            let search = try await filer.get("/targets/\(id)?q=满意度").body.string
            let name = try #require(DeclarationCheck.library.search(["满意度"]).first?.name)
            _ = try await filer.post("/targets/\(id)?library=\(Browser.encode(name))", form: ["targets.1.name": "甲", "op": "insert"])
            let inserted = try await Self.stored(app, id)
            // then
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("id=\"funds.total--error\""))
            #expect(bad.body.string.contains("value=\"一百&lt;b&gt;\""))
            #expect(moved.state.declaration.rows.map(\.target.name) == ["乙", "甲"])
            #expect(page.contains("data-rule=\"targets.funds\"") && page.contains("id=\"funds.total--findings\""))
            #expect(removed.state.declaration.rows.map(\.target.name) == ["甲"])
            #expect(search.contains("插入「\(name)」"))
            #expect(inserted.state.declaration.rows.map(\.target.name) == ["甲", name])
        }
    }

    @Test("live findings: the form as typed is checked without saving, each finding naming its input", arguments: TestDatabase.all)
    func live(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = Self.id(from: try await filer.post("/targets", form: ["scope": "department", "year": "2025"]))
            let page = try await filer.get("/targets/\(id)").body.string
            // when
            let typed = try await filer.post(
                "/targets/\(id)/analyze",
                form: [
                    "funds.total": "100", "funds.fiscal": "50", "funds.other": "20",
                    "targets.1.level1": "产出指标", "targets.1.level2": "成本指标", "targets.1.name": "运维成本",
                    "targets.1.direction": "≥", "targets.1.target": "120", "targets.1.unit": "万元",
                ])
            let unreadable = try await filer.post("/targets/\(id)/analyze", form: ["funds.total": "一百"])
            // then
            #expect(page.contains("id=\"editor\"") && page.contains("data-analyze=\"/targets/\(id)/analyze\""))
            #expect(typed.status == .ok && typed.body.string.hasPrefix("<div id=\"analysis-content\">"))
            #expect(typed.body.string.contains("data-rule=\"targets.funds\" data-field=\"funds.total\""))
            #expect(typed.body.string.contains("data-rule=\"target.direction\" data-field=\"targets.1.direction\""))
            #expect(unreadable.body.string.contains("id=\"refusals\"") && unreadable.body.string.contains("href=\"#funds.total\""))
            #expect(try await Self.stored(app, id).version == 1)
        }
    }
}
