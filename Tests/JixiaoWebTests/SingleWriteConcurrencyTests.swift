import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The writes outside a repository's transaction (sessions, API tokens, notices, the upload
/// quota, the admin log) made while evaluations are being saved, each on another event loop's
/// connection: on SQLite they queue behind the write gate like every save, so none meets
/// "database is locked" and none waits for the lock spinning on a pool thread.
@Suite("会话、令牌、通知等单条写入与同时进行的评价保存", .timeLimit(.minutes(10)))
struct SingleWriteConcurrencyTests {
    static let saves = 12, writers = 8, rounds = 10

    @Test(
        "sessions, tokens, notices, upload quota and admin log written beside evaluation saves: every one succeeds",
        arguments: TestDatabase.all)
    func singleWritesBesideSaves(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: evaluations of their own projects, and the filer unit's users
            let evaluations = FluentEvaluationRepository(database: app.db)
            let accounts = FluentAccountRepository(database: app.db)
            let filer = try #require(try await accounts.user(username: "filer")).account
            let stored = try await AdminWriteConcurrencyTests.projects(app, count: Self.saves, name: "单条写入项目")
            let about = stored[0].id
            // when: all at once, each on the request of another event loop
            let written = try await withThrowingTaskGroup(of: Int.self) { group in
                for (task, original) in stored.enumerated() {
                    group.addTask {
                        try await AdminWriteConcurrencyTests.save(app, task, original)
                        return 0
                    }
                }
                for task in 0..<Self.writers {
                    group.addTask {
                        let req = AdminWriteConcurrencyTests.request(app, task + 1), now = Date(), key = "single-\(task)"
                        // Rounds of the same writes keep them meeting the saves' write lock.
                        for round in 1..<Self.rounds {
                            try await req.sessions.create(key: "\(key)-\(round)", data: [:], userID: filer.id, at: now)
                            try await req.sessions.touch(key: "\(key)-\(round)", at: now)
                            try await req.sessions.delete(key: "\(key)-\(round)")
                            try await req.adminLog.record(AdminLogEntry(by: "系统", action: "单条写入轮", detail: "\(task)"))
                        }
                        try await req.sessions.deleteExpired(
                            createdBefore: now.addingTimeInterval(-60), seenBefore: now.addingTimeInterval(-60))
                        try await req.sessions.create(key: key, data: ["n": "\(task)"], userID: filer.id, at: now)
                        try await req.sessions.update(key: key, data: ["n": "\(task)", "m": "1"], userID: filer.id)
                        try await req.sessions.touch(key: key, at: now)
                        try await req.sessions.delete(key: "gone-\(task)")
                        try await req.accounts.addToken(userID: filer.id, name: "令牌 \(task)", tokenHash: "hash-\(task)")
                        let notices = FluentNoticeRepository(database: req.db)
                        try await notices.send("通知 \(task)", about: about, toUnit: Fixtures.filerUnit, except: nil, at: now)
                        try await notices.sendOnce(
                            "提醒 \(task)", about: about, toUnit: Fixtures.filerUnit, roles: [.filer], key: "once-\(task)", at: now)
                        let admitted = try await req.reportUploads.admit(unitCode: Fixtures.filerUnit, limit: 100, window: 3600, at: now)
                        try await req.adminLog.record(AdminLogEntry(by: "系统", action: "单条写入", detail: "\(task)"))
                        return admitted ? 1 : 0
                    }
                }
                return try await group.reduce(0, +)
            }
            // then
            #expect(written == Self.writers)
            for original in stored {
                #expect(try await evaluations.find(id: original.id)?.version == original.version + 1)
            }
            #expect(try await accounts.tokens(userID: filer.id).filter { $0.name.hasPrefix("令牌") }.count == Self.writers)
            let sessions = FluentSessionRepository(database: app.db)
            for task in 0..<Self.writers {
                #expect(try await sessions.read(key: "single-\(task)").get()?.data == ["n": "\(task)", "m": "1"])
            }
            let received = try await FluentNoticeRepository(database: app.db).notices(of: filer.id, limit: 100)
            #expect(received.count == 2 * Self.writers)
            #expect(try await AdminLogRecord.query(on: app.db).filter(\.$action == "单条写入").count() == Self.writers)
        }
    }
}
