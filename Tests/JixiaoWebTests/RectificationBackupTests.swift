import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

@Suite("整改 in backups", .timeLimit(.minutes(10)))
struct RectificationBackupTests {
    @Test(
        "a backup carries the rectifications; restored, they read as before; a backup without the key restores", arguments: TestDatabase.all
    )
    func backup(_ database: TestDatabase) async throws {
        // given an item answered once, exported
        let exported: (Data, StoredRectification)? = try await withJixiaoApp(database) { app in
            let repository = FluentRectificationRepository(database: app.db)
            let created = try await repository.create(
                Rectification(
                    subject: RectificationSubject(kind: .monitoring, id: "r", target: 1, targetName: "受理量", title: "2025年7月31日监控"),
                    unitCode: Fixtures.filerUnit, unitName: "五华", fiscalYear: 2025, requirement: "说明偏差",
                    deadline: CalendarDate(year: 2025, month: 9, day: 30), raisedBy: "李审核",
                    raisedAt: Date(timeIntervalSince1970: 1_750_000_000)))
            let filer = UserAccount(id: UUID(), username: "f", displayName: "王填报", role: .filer, unitCode: Fixtures.filerUnit)
            let answered = try created.item.applying(.answer, text: "已说明", by: filer, at: Date(timeIntervalSince1970: 1_750_100_000))
            let saved = try await repository.update(id: created.id, expectedVersion: 1, item: answered)
            return (try await DatabaseBackup.export(from: app.db).json(), saved)
        }
        let (data, saved) = try #require(exported)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object.removeValue(forKey: "rectifications")
        let older = try JSONSerialization.data(withJSONObject: object)
        // when it is restored into an emptied database, and a backup without the key too
        let restored: (StoredRectification?, [StoredRectification])? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(data).restore(into: app.db)
            let repository = FluentRectificationRepository(database: app.db)
            return (
                try await repository.find(id: saved.id), try await repository.list(RectificationFilter(unitCodes: [Fixtures.filerUnit]))
            )
        }
        let withoutKey: Int? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(older).restore(into: app.db)
            return try await FluentRectificationRepository(database: app.db).list(RectificationFilter()).count
        }
        // then
        let (found, list) = try #require(restored)
        #expect(found?.item == saved.item && found?.version == 2)
        #expect(list.map(\.id) == [saved.id])
        #expect(withoutKey == 0)
    }
}
