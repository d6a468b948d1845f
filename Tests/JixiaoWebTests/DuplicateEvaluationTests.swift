import FluentKit
import FluentSQL
import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoStore
@testable import JixiaoWeb

/// One evaluation per unit, year and kind, and project name for projects (issue 13 item 4).
@Suite("One evaluation per unit, year and kind", .timeLimit(.minutes(10)))
struct DuplicateEvaluationTests {
    @Test("the web form refuses a second one with a message and a link to the first", arguments: TestDatabase.all)
    func webForm(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the seeded 2024 department-wide evaluation of the filer's unit
            let existing = try await Fixtures.evaluationID(app)
            let year = try await ReviewFixtures.find(app, existing).evaluation.fiscalYear
            var filer = try await Browser.signedIn(app, as: "filer")
            let before = try await FluentEvaluationRepository(database: app.db).counts(EvaluationFilter()).reduce(0) { $0 + $1.count }
            // when
            let again = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "guangdong-county-department", "year": String(year), "unit": Fixtures.filerUnit,
                ])
            let project = [
                "framework": "mof-2020-project", "year": String(year), "unit": Fixtures.filerUnit,
                "project": "档案数字化",
            ]
            let first = try await filer.post("/evaluations", form: project)
            let second = try await filer.post("/evaluations", form: project)
            var other = project
            other["project"] = "政务热线运维"
            let different = try await filer.post("/evaluations", form: other)
            // then
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("五华县政务服务数据管理局 \(year) 年度已有部门整体支出绩效自评，不能重复创建"))
            #expect(again.body.string.contains("href=\"/evaluations/\(existing)\""))
            #expect(first.status == .seeOther)
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("项目「档案数字化」"))
            let firstID = try #require(first.headers.first(name: .location)).split(separator: "/").last.map(String.init)
            #expect(second.body.string.contains("href=\"/evaluations/\(try #require(firstID))\""))
            #expect(different.status == .seeOther)
            let after = try await FluentEvaluationRepository(database: app.db).counts(EvaluationFilter()).reduce(0) { $0 + $1.count }
            #expect(after == before + 2)
        }
    }

    @Test(
        "the API answers 409 with the existing id, on create and on an update into another's key",
        arguments: TestDatabase.all)
    func api(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var client = Browser(app: app)
            client.bearer = try await Fixtures.token(app, for: "filer")
            func body(_ name: String) -> String {
                """
                {"kind":"project","unit":{"name":"x","code":"wuhua-data"},"fiscalYear":2024,"frameworkID":"mof-2020-project",
                 "status":"draft","filing":{},"project":{"name":"\(name)"},"figures":{},
                 "targets":[],"indicators":{},"narrative":[]}
                """
            }
            // when
            let created = try await client.json(.POST, "/api/v1/evaluations", body("政务热线运维"))
            let again = try await client.json(.POST, "/api/v1/evaluations", body("政务热线运维"))
            let other = try await client.json(.POST, "/api/v1/evaluations", body("档案数字化"))
            let first = try created.content.decode(EvaluationDTO.self)
            var renamed = try other.content.decode(EvaluationDTO.self).evaluation
            renamed.project?.name = "政务热线运维"
            let update = String(
                decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: 1, evaluation: renamed)),
                as: UTF8.self)
            let clash = try await client.json(.PUT, "/api/v1/evaluations/\(try other.content.decode(EvaluationDTO.self).id)", update)
            // then
            #expect(created.status == .created)
            #expect(again.status == .conflict)
            let error = try again.content.decode(APIErrorDTO.self).error
            #expect(error.status == 409)
            #expect(error.existingId == first.id)
            #expect(error.message.contains("项目「政务热线运维」的项目支出绩效自评，不能重复创建"))
            #expect(other.status == .created)
            #expect(clash.status == .conflict)
            #expect(try clash.content.decode(APIErrorDTO.self).error.existingId == first.id)
        }
    }

    @Test(
        "duplicates made before the index are listed and kept; the index comes once they are gone",
        arguments: TestDatabase.all)
    func existingDuplicates(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a database from before migration 017 that holds a duplicate
            let sql = try #require(app.db as? any SQLDatabase)
            try await CreateUniqueEvaluationIndex().revert(on: app.db)
            let id = try await Fixtures.evaluationID(app)
            let original = try #require(try await EvaluationRecord.find(UUID(uuidString: id), on: app.db))
            let copy = try Self.copy(of: original)
            try await copy.create(on: app.db)
            // when the migration runs on it
            try await CreateUniqueEvaluationIndex().prepare(on: app.db)
            let log = LogLines()
            let listed = try await DuplicateEvaluations.checkAtStartup(sql, logger: Logger(label: "test") { _ in log })
            // then both are kept, the duplicate is listed, and the repository still refuses a third
            #expect(listed.count == 1)
            #expect(listed.first?.unitCode == Fixtures.filerUnit && listed.first?.count == 2)
            #expect(log.lines.contains { $0.contains("重复评价：单位 \(Fixtures.filerUnit)") && $0.contains("共 2 份") })
            #expect(try await EvaluationRecord.query(on: app.db).filter(\.$unitCode == Fixtures.filerUnit).count() == 2)
            let e = try await ReviewFixtures.find(app, id).evaluation
            let copyID = try #require(copy.id).uuidString.lowercased()
            do {
                _ = try await FluentEvaluationRepository(database: app.db).create(e, metrics: .init(), by: "测试")
                Issue.record("a third evaluation with the same key was stored")
            } catch RepositoryError.duplicate(let existing) {
                #expect(existing == id || existing == copyID)
            }
            // and the duplicates stay editable
            let stored = try await ReviewFixtures.find(app, copyID)
            var edited = stored.evaluation
            edited.filing.filedBy = "张三"
            _ = try await FluentEvaluationRepository(database: app.db).update(
                id: stored.id, expectedVersion: stored.version, evaluation: edited, metrics: .init(), by: "测试", changes: [])
            // when one is removed and the server starts again
            try await copy.delete(on: app.db)
            let none = try await DuplicateEvaluations.checkAtStartup(sql, logger: app.logger)
            // then the unique index holds
            #expect(none.isEmpty)
            let again = try Self.copy(of: original)
            await #expect(throws: (any Error).self) { try await again.create(on: app.db) }
        }
    }

    /// A row with the key of `record` and a new id, written past the repository.
    static func copy(of record: EvaluationRecord) throws -> EvaluationRecord {
        let copy = EvaluationRecord()
        copy.id = UUID()
        copy.unitCode = record.unitCode; copy.unitName = record.unitName; copy.fiscalYear = record.fiscalYear
        copy.kind = record.kind; copy.status = record.status; copy.frameworkID = record.frameworkID
        copy.title = record.title; copy.total = record.total; copy.grade = record.grade
        copy.errorCount = record.errorCount; copy.warningCount = record.warningCount; copy.version = 1
        copy.document = record.document; copy.updatedBy = record.updatedBy
        copy.createdAt = record.createdAt; copy.updatedAt = record.updatedAt
        return copy
    }
}

/// A log handler that keeps the messages (for the start-up listing of duplicates).
final class LogLines: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String] = []
    var lines: [String] { lock.withLock { kept } }
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
        file: String, function: String, line: UInt
    ) {
        lock.withLock { kept.append(message.description) }
    }
}
