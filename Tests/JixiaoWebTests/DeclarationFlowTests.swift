import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The flow into the self-evaluation: a new evaluation starts with the accepted targets.
@Suite("绩效目标 → 自评", .timeLimit(.minutes(10)))
struct DeclarationFlowTests {
    @Test(
        "a new project evaluation starts with its accepted declaration's targets; a draft declaration fills nothing",
        arguments: TestDatabase.all)
    func acceptedTargetsFill(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: an accepted project declaration and a draft department one of 2023
            var example = try DeclarationWorkflowTests.example()
            example.fiscalYear = 2023
            let repository = FluentDeclarationRepository(database: app.db)
            _ = try await repository.create(
                DeclarationState(unitCode: Fixtures.filerUnit, declaration: example, status: .accepted), by: "甲")
            var department = try DeclarationWorkflowTests.example("targets-department.yaml")
            department.fiscalYear = 2023
            _ = try await repository.create(DeclarationState(unitCode: Fixtures.filerUnit, declaration: department), by: "甲")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let project = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "mof-2020-project", "year": "2023", "unit": Fixtures.filerUnit, "project": example.project ?? "",
                ])
            let wide = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "guangdong-county-department", "year": "2023", "unit": Fixtures.filerUnit,
                ])
            let evaluations = FluentEvaluationRepository(database: app.db)
            let projectID = DeclarationWorkflowTests.id(from: project), wideID = DeclarationWorkflowTests.id(from: wide)
            let filled = try #require(try await evaluations.find(id: projectID)).evaluation.targets
            let empty = try #require(try await evaluations.find(id: wideID)).evaluation.targets
            // then
            #expect(project.status == .seeOther && wide.status == .seeOther)
            #expect(filled.map(\.name) == example.rows.map(\.target.name))
            #expect(filled.map(\.targetValue) == example.rows.map(\.target.targetValue))
            #expect(filled.map(\.maxScore) == example.rows.map(\.target.maxScore))
            #expect(filled.map(\.direction) == example.rows.map(\.target.direction))
            #expect(filled.allSatisfy { $0.actualValue == nil && $0.actualText == nil })
            #expect(empty.isEmpty)
        }
    }

    @Test("the to-do page lists the declarations waiting for the role, in its scope", arguments: TestDatabase.all)
    func todo(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a submitted declaration of the filer's unit
            let repository = FluentDeclarationRepository(database: app.db)
            let example = try DeclarationWorkflowTests.example()
            let id = try await repository.create(
                DeclarationState(unitCode: Fixtures.filerUnit, declaration: example, status: .submitted), by: "甲"
            ).id
            var filer = try await Browser.signedIn(app, as: "filer"), approver = try await Browser.signedIn(app, as: "approver")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let filerTodo = try await filer.get("/todo").body.string
            let approverTodo = try await approver.get("/todo").body.string
            let reviewerBefore = try await reviewer.get("/todo").body.string
            _ = try await approver.post("/targets/\(id)/workflow", form: ["action": "approve"])
            let reviewerAfter = try await reviewer.get("/todo").body.string
            let approverAfter = try await approver.get("/todo").body.string
            // then
            #expect(!filerTodo.contains("/targets/\(id)"))
            #expect(approverTodo.contains("id=\"todo-declarations\"") && approverTodo.contains("/targets/\(id)"))
            #expect(!reviewerBefore.contains("/targets/\(id)") && reviewerAfter.contains("/targets/\(id)"))
            #expect(!approverAfter.contains("/targets/\(id)"))
        }
    }

    @Test("a backup carries the declarations and their history; restored, they read and list as before", arguments: TestDatabase.all)
    func backup(_ database: TestDatabase) async throws {
        // given a declaration changed once (two history versions), exported
        let exported: (Data, StoredDeclaration, [HistoryEntry])? = try await withJixiaoApp(database) { app in
            let repository = FluentDeclarationRepository(database: app.db)
            let created = try await repository.create(
                DeclarationState(
                    unitCode: Fixtures.filerUnit,
                    declaration: try DeclarationWorkflowTests.example()), by: "甲")
            var changed = created.state
            changed.status = .submitted
            let saved = try await repository.update(
                id: created.id, expectedVersion: 1, state: changed, by: "乙",
                changes: DeclarationDiff.changes(from: created.state, to: changed))
            return (try await DatabaseBackup.export(from: app.db).json(), saved, try await repository.history(id: created.id))
        }
        let (data, saved, history) = try #require(exported)
        // when it is restored into an emptied database
        let restored: (StoredDeclaration?, [HistoryEntry], [StoredDeclaration])? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(data).restore(into: app.db)
            let repository = FluentDeclarationRepository(database: app.db)
            return (
                try await repository.find(id: saved.id), try await repository.history(id: saved.id),
                try await repository.list(unitCode: Fixtures.filerUnit, fiscalYear: nil, limit: 10)
            )
        }
        // then
        let (found, restoredHistory, list) = try #require(restored)
        #expect(try DatabaseBackup.read(data).format == "jixiao-backup-5")
        #expect(found?.state == saved.state && found?.version == 2 && found?.updatedBy == "乙")
        #expect(restoredHistory.map(\.change) == history.map(\.change) && history.count > 2)
        #expect(list.map(\.id) == [saved.id])
    }
}
