import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The accepted declaration as the reference of the self-evaluation: `target.changed` in the editor
/// and the API, the accepted version in force during a 调整, last year's actual values, open years.
@Suite("绩效目标：已批准的版本", .timeLimit(.minutes(10)))
struct DeclarationInForceTests {
    static let project = "政务服务热线运行维护"

    /// The example project declaration of 2025, accepted, of the filer's unit.
    static func accepted(_ app: Application) async throws -> String {
        try await FluentDeclarationRepository(database: app.db).create(
            DeclarationState(unitCode: Fixtures.filerUnit, declaration: try DeclarationWorkflowTests.example(), status: .accepted),
            by: "甲"
        ).id
    }

    /// The project's 2025 evaluation created by the filer (its targets filled from the declaration).
    static func evaluation(_ filer: inout Browser) async throws -> String {
        DeclarationWorkflowTests.id(
            from: try await filer.post(
                "/evaluations",
                form: ["framework": "mof-2020-project", "year": "2025", "unit": Fixtures.filerUnit, "project": project]))
    }

    @Test(
        "a target changed in the evaluation is a target.changed error at its input and in the API; unchanged it is clean",
        arguments: TestDatabase.all)
    func changedTarget(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the accepted declaration and the evaluation filled from it
            _ = try await Self.accepted(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let id = try await Self.evaluation(&filer)
            let before = try await api.get("/api/v1/evaluations/\(id)/check").body.string
            // when: the filer lowers 热线接通率 (row 2) from 95 to 90 and saves
            var fields = try await Fixtures.form(&filer, id)
            // The form helper reads text inputs only; the directions are selects.
            for (i, row) in try DeclarationWorkflowTests.example().rows.enumerated() {
                fields["targets.\(i).direction"] = row.target.direction.rawValue
            }
            #expect(fields["targets.1.name"] == "热线接通率" && fields["targets.1.target"] == "95")
            fields["targets.1.target"] = "90"
            let saved = try await filer.post("/evaluations/\(id)", form: fields)
            let page = try await filer.get("/evaluations/\(id)").body.string
            let after = try await api.get("/api/v1/evaluations/\(id)/check").body.string
            fields["targets.1.target"] = "95"
            let live = try await filer.post("/evaluations/\(id)/analyze", form: fields).body.string
            // then
            #expect(saved.status == .seeOther)
            #expect(!before.contains("target.changed"))
            #expect(page.contains("data-rule=\"target.changed\""))
            #expect(page.contains("id=\"targets.1.target--findings\""))
            #expect(page.contains("指标「热线接通率」的指标值与已批准的绩效目标申报表不一致：申报表为「95」，自评表为「90」"))
            #expect(after.contains("\"target.changed\"") && after.contains("targets.1.target"))
            #expect(!live.contains("target.changed"))
        }
    }

    @Test(
        "during an adjustment the accepted version stays in force (list, API, evaluation) until accepted; a return leaves it",
        arguments: TestDatabase.all)
    func adjustmentInForce(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the accepted declaration, its evaluation, and an adjustment raising 热线接通率 to 98
            let did = try await Self.accepted(app)
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let eid = try await Self.evaluation(&filer)
            _ = try await filer.post("/targets/\(did)/workflow", form: ["action": "adjust", "reason": "追加预算"])
            var fields = DeclarationForm(try await DeclarationWorkflowTests.stored(app, did).state.declaration).fields
            fields["targets.2.target"] = "98"
            _ = try await filer.post("/targets/\(did)", form: fields)
            func inForceValue() async throws -> ExactDecimal? {
                try await DeclarationWorkflowTests.stored(app, did).state.inForce?.rows[1].target.targetValue
            }
            // when: adjusting, then returned, then accepted
            let adjusting = try await inForceValue()
            let list = try await filer.get("/targets").body.string
            let read = try await api.get("/api/v1/targets/\(did)").body.string
            let checkAdjusting = try await api.get("/api/v1/evaluations/\(eid)/check").body.string
            _ = try await filer.post("/targets/\(did)/workflow", form: ["action": "submit"])
            _ = try await approver.post("/targets/\(did)/workflow", form: ["action": "approve"])
            _ = try await reviewer.post("/targets/\(did)/workflow", form: ["action": "sendBack", "reason": "依据不足"])
            let returned = try await inForceValue()
            _ = try await filer.post("/targets/\(did)/workflow", form: ["action": "submit"])
            _ = try await approver.post("/targets/\(did)/workflow", form: ["action": "approve"])
            let accept = try await reviewer.post("/targets/\(did)/workflow", form: ["action": "accept"])
            let done = try await DeclarationWorkflowTests.stored(app, did)
            let accepted = try await inForceValue()
            let checkAccepted = try await api.get("/api/v1/evaluations/\(eid)/check").body.string
            // then
            #expect(adjusting == 95 && returned == 95 && accept.status == .seeOther)
            #expect(done.state.status == .accepted && done.state.accepted == nil && accepted == 98)
            #expect(list.contains("财政已审（调整中：草稿）"))
            #expect(read.contains("\"inForce\"") && read.contains("\"target\":\"95\"") && read.contains("\"target\":\"98\""))
            #expect(!checkAdjusting.contains("target.changed"))
            #expect(checkAccepted.contains("\"target.changed\"") && checkAccepted.contains("targets.1.target"))
        }
    }

    @Test("last year's evaluation of the unit and project fills `previous`; another project's does not", arguments: TestDatabase.all)
    func previousFromLastYear(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: the project's 2024 evaluation with 热线接通率 at 96.5%
            let unit = try #require(try await FluentAccountRepository(database: app.db).unit(code: Fixtures.filerUnit))
            let last = Evaluation(
                kind: .project, unit: unit, fiscalYear: 2024, frameworkID: "mof-2020-project",
                project: ProjectInfo(name: Self.project),
                targets: [
                    Target(name: "热线接通率", direction: .atLeast, targetValue: 95, unit: "%", actualValue: ExactDecimal("96.5")),
                    Target(name: "宣传活动", direction: .qualitative, targetText: "开展", actualText: "已开展"),
                ])
            _ = try await FluentEvaluationRepository(database: app.db).create(last, metrics: .init(), by: "test")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let id = DeclarationWorkflowTests.id(
                from: try await filer.post("/targets", form: ["scope": "project", "year": "2025", "project": Self.project]))
            let other = DeclarationWorkflowTests.id(
                from: try await filer.post("/targets", form: ["scope": "project", "year": "2025", "project": "另一项目"]))
            let saved = try await filer.post(
                "/targets/\(id)",
                form: [
                    "version": "1", "targets.1.level1": "产出指标", "targets.1.level2": "质量指标", "targets.1.name": "热线接通率",
                    "targets.1.direction": "≥", "targets.1.target": "95", "targets.1.unit": "%",
                ])
            let page = try await filer.get("/targets/\(id)").body.string
            // then
            let previous = try await DeclarationWorkflowTests.stored(app, id).state.declaration.previous
            #expect(previous == [PreviousActual(name: "热线接通率", value: ExactDecimal("96.5")!)])
            #expect(try await DeclarationWorkflowTests.stored(app, other).state.declaration.previous.isEmpty)
            #expect(saved.status == .seeOther && page.contains("data-rule=\"targets.regression\""))
            #expect(page.contains("96.5"))
        }
    }

    @Test(
        "a declaration for a year that is not set up or is closed is refused in Chinese, on the page and in the API",
        arguments: TestDatabase.all)
    func closedYears(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let example = try String(
                contentsOf: Fixtures.packageRoot().appendingPathComponent("examples/targets-project.yaml"), encoding: .utf8)
            // when
            let closed = try await filer.post("/targets", form: ["scope": "department", "year": "2021"])
            let unknown = try await filer.post("/targets", form: ["scope": "department", "year": "2090"])
            let viaAPI = try await api.send(
                .POST, "/api/v1/targets", body: example.replacingOccurrences(of: "fiscalYear: 2025", with: "fiscalYear: 2022"),
                contentType: .plainText)
            let list = try await filer.get("/targets").body.string
            // then
            #expect(closed.status == .unprocessableEntity && closed.body.string.contains("2021 年度已关闭填报，不能新建该年度的绩效目标申报表。"))
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("2090 年度尚未设立，不能申报该年度的绩效目标"))
            #expect(viaAPI.status == .unprocessableEntity && viaAPI.body.string.contains("2022 年度已关闭填报"))
            #expect(list.contains("id=\"year\" value=\"\(ReviewController.defaultYear)\""))
            #expect(try await FluentDeclarationRepository(database: app.db).list(unitCode: nil, fiscalYear: nil, limit: 10).isEmpty)
        }
    }
}
