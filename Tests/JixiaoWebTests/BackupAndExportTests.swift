import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Exports and the whole-database backup", .timeLimit(.minutes(10)))
struct BackupAndExportTests {
    @Test("export → import into an empty database → export gives identical JSON", arguments: TestDatabase.all)
    func roundTrip(_ target: TestDatabase) async throws {
        // given a SQLite database with history, a review and a token
        let exported: Data? = try await withJixiaoApp(.sqlite) { app in
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.find(app, id)
            var e = stored.evaluation
            e.status = .approved
            e.review = Review(scores: ["A1": ReviewScore(score: ExactDecimal("7.25"), comment: "复核")], returnReason: "理由")
            _ = try await FluentEvaluationRepository(database: app.db).update(
                id: id, expectedVersion: stored.version, evaluation: e, metrics: EvaluationMetrics(), by: "测试",
                changes: ReviewDiff.changes(from: nil, to: e.review))
            _ = try await Fixtures.token(app, for: "reviewer")
            // and the administration tables: an uploaded framework, a closed year, a disabled user, the log
            var admin = try await Browser.signedIn(app, as: "admin")
            _ = try await admin.upload("/admin/frameworks", fileField: "file", filename: "t.csv", content: AdminFixtures.csv)
            _ = try await admin.post(
                "/admin/years/2023",
                form: [
                    "state": "closed", "default.departmentWide": "upload-csv",
                    "deadline": "2024-04-30",
                ])
            _ = try await admin.post(
                "/admin/users/\(try await AdminFixtures.userID(app, "filer-xinfeng"))/state",
                form: ["disabled": "1"])
            return try await DatabaseBackup.export(from: app.db).json()
        }
        let first = try #require(exported)
        // when it is imported into an emptied database of the target kind and exported again
        let again: (Data, [StatusCount])? = try await withJixiaoApp(target) { app in
            try await Self.empty(app.db)
            try await DatabaseBackup.read(first).restore(into: app.db)
            let counts = try await FluentEvaluationRepository(database: app.db).counts(EvaluationFilter())
            return (try await DatabaseBackup.export(from: app.db).json(), counts)
        }
        // then
        let (second, counts) = try #require(again)
        // the list counts (kept by triggers) follow the imported rows
        let backupRows = try DatabaseBackup.read(first).evaluations
        #expect(counts.reduce(0) { $0 + $1.count } == backupRows.count)
        #expect(
            counts.filter { $0.status == .approved }.reduce(0) { $0 + $1.count }
                == backupRows.filter { $0.status == "approved" }.count)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
        let backup = try DatabaseBackup.read(first)
        #expect(!backup.units.isEmpty && backup.users.count >= 4 && backup.apiTokens.count == 1)
        #expect(backup.history.contains { $0.field == "review.scores.A1.score" && $0.newValue == "7.25" })
        #expect(backup.frameworks.map(\.frameworkID) == ["upload-csv"] && backup.frameworks.first?.sourceText == AdminFixtures.csv)
        #expect(
            backup.fiscalYears.contains {
                $0.year == 2023 && !$0.isOpen && $0.defaultDepartment == "upload-csv"
                    && $0.deadline == "2024-04-30"
            })
        #expect(backup.users.contains { $0.username == "filer-xinfeng" && $0.disabled == true })
        #expect(backup.adminLog.count == 3)
    }

    @Test("a format-1 backup (before the administration tables) still imports", arguments: [TestDatabase.sqlite])
    func formatOne(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: today's export without the tables and fields format 1 lacked
            let data = try await DatabaseBackup.export(from: app.db).json()
            var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for key in ["fiscalYears", "frameworks", "adminLog"] { json.removeValue(forKey: key) }
            json["format"] = "jixiao-backup-1"
            json["users"] = (json["users"] as? [[String: Any]])?.map { $0.filter { $0.key != "disabled" } }
            let old = try JSONSerialization.data(withJSONObject: json)
            // when
            try await Self.empty(app.db)
            try await DatabaseBackup.read(old).restore(into: app.db)
            // then
            let restored = try await DatabaseBackup.export(from: app.db)
            #expect(restored.users.count >= 4 && restored.users.allSatisfy { $0.disabled == false })
            #expect(restored.fiscalYears.isEmpty && restored.frameworks.isEmpty)
        }
    }

    @Test("import refuses a database that already has data", arguments: [TestDatabase.sqlite])
    func refusesNonEmpty(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let backup = try await DatabaseBackup.export(from: app.db)
            await #expect(throws: BackupError.databaseNotEmpty) { try await backup.restore(into: app.db) }
        }
    }

    @Test("a year's evaluations as CSV and .xlsx for the finance bureau only", arguments: [TestDatabase.sqlite])
    func yearExport(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let year = try await ReviewFixtures.find(app, Fixtures.evaluationID(app)).evaluation.fiscalYear
            let count = try await DashboardQuery(database: app.db).rows(year: year).count
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let csv = try await reviewer.get("/exports/evaluations.csv?year=\(year)")
            let xlsx = try await reviewer.get("/exports/evaluations.xlsx?year=\(year)")
            let refused = try await filer.get("/exports/evaluations.csv?year=\(year)")
            // then
            let lines = csv.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("\u{FEFF}单位编码,单位名称,类型,评价,状态,计算得分,等级") == true)
            #expect(lines.count == count + 1)
            #expect(lines.contains { $0.hasPrefix("wuhua-data,五华县政务服务数据管理局,") })
            #expect(lines.first?.hasSuffix(",问题") == true)
            #expect(xlsx.status == .ok)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            #expect(refused.status == .forbidden)
        }
    }

    static func empty(_ db: any Database) async throws {
        try await AdminLogRecord.query(on: db).delete()
        try await FrameworkRecord.query(on: db).delete()
        try await FiscalYearRecord.query(on: db).delete()
        try await HistoryRecord.query(on: db).delete()
        try await VersionRecord.query(on: db).delete()
        try await EvaluationRecord.query(on: db).delete()
        try await ApiTokenRecord.query(on: db).delete()
        try await UserRecord.query(on: db).delete()
        try await UnitRecord.query(on: db).delete()
    }
}
