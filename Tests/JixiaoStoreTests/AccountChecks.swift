import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentAccountRepository` as the `AccountRepository`: users, passwords, sessions, failed sign-ins.
enum AccountChecks {
    static let all = [
        StoreCheck(name: "users: created, found, edited, disabled; credentials; active administrators") { db in
            // given
            let accounts = FluentAccountRepository(database: db)
            let admin = UnitChecks.user("admin", unit: "fin", role: .admin)
            var filer = UnitChecks.user("filer", unit: "fin")
            try await accounts.create(admin, passwordHash: "hash-a", log: nil)
            try await accounts.create(filer, passwordHash: "hash-f", log: AdminLogEntry(by: "甲", action: "新增用户", detail: "filer"))
            // when
            filer.displayName = "新姓名"
            filer.role = .approver
            filer.unitCode = "data"
            try await accounts.update(filer, log: AdminLogEntry(by: "甲", action: "修改用户", detail: "filer"))
            try await accounts.setDisabled(true, userID: admin.id, log: nil)
            // then
            #expect(try await accounts.user(id: filer.id) == StoredUser(account: filer))
            #expect(try await accounts.user(username: "admin") == StoredUser(account: admin, disabled: true))
            #expect(try await accounts.users().map(\.account.username) == ["admin", "filer"])
            #expect(try await accounts.credentials(username: "filer")?.passwordHash == "hash-f")
            #expect(try await accounts.credentials(username: "nobody") == nil)
            #expect(try await accounts.passwordHash(userID: admin.id) == "hash-a")
            #expect(try await accounts.activeAdmins() == 0)
            #expect(Set(try await FluentAdminLog(database: db).recent().map(\.action)) == ["修改用户", "新增用户"])
            await #expect(throws: RepositoryError.notFound(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!.uuidString)) {
                try await accounts.update(
                    UserAccount(
                        id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!,
                        username: "x", displayName: "x", role: .filer, unitCode: "fin"), log: nil)
            }
        },
        StoreCheck(name: "a new password ends every session but the kept one and revokes every token; disabling ends sessions") { db in
            // given
            let accounts = FluentAccountRepository(database: db)
            let sessions = FluentSessionRepository(database: db)
            let user = UnitChecks.user("filer", unit: "fin"), other = UnitChecks.user("other", unit: "fin")
            try await accounts.create(user, passwordHash: "old", log: nil)
            try await accounts.create(other, passwordHash: "old", log: nil)
            for key in ["kept", "gone"] { try await sessions.create(key: key, data: [:], userID: user.id) }
            try await sessions.create(key: "theirs", data: [:], userID: other.id)
            try await accounts.addToken(userID: user.id, name: "集成", tokenHash: "t1")
            try await accounts.addToken(userID: other.id, name: "集成", tokenHash: "t2")
            // when
            try await accounts.setPasswordHash(
                "new", userID: user.id, keepingSession: "kept",
                log: AdminLogEntry(by: "甲", action: "重置密码", detail: "filer"))
            try await accounts.setDisabled(true, userID: other.id, log: nil)
            // then
            #expect(try await accounts.passwordHash(userID: user.id) == "new")
            #expect(try await sessions.read(key: "kept").get() != nil)
            #expect(try await sessions.read(key: "gone").get() == nil)
            #expect(try await sessions.read(key: "theirs").get() == nil)
            #expect(try await accounts.tokens(userID: user.id).isEmpty)
            #expect(try await accounts.tokens(userID: other.id).map(\.name) == ["集成"])
            #expect(try await FluentAdminLog(database: db).recent().map(\.action) == ["重置密码"])
        },
        StoreCheck(name: "failed sign-ins: counted per name and client since a time, forgotten after a success") { db in
            // given
            let accounts = FluentAccountRepository(database: db)
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            // when
            let roomy = LoginThrottle(freeFailures: 10, firstDelay: 30, maxDelay: 60, window: 600)
            for n in 0..<3 {
                let decision = try await accounts.admitLogin(
                    username: "filer", client: "1.2.3.4", at: start.addingTimeInterval(Double(n)), throttle: roomy)
                #expect(decision == .allow)
            }
            _ = try await accounts.admitLogin(username: "filer", client: "5.6.7.8", at: start, throttle: roomy)
            let counted = try await accounts.failedLogins(username: "filer", client: "1.2.3.4", since: start.addingTimeInterval(1))
            try await accounts.clearFailedLogins(username: "filer", client: "1.2.3.4")
            // then
            #expect(counted.count == 2 && counted.last == start.addingTimeInterval(2))
            #expect(try await accounts.failedLogins(username: "filer", client: "1.2.3.4", since: start).count == 0)
            #expect(try await accounts.failedLogins(username: "filer", client: "5.6.7.8", since: start).count == 1)
        },
        StoreCheck(name: "sign-in tries at once are admitted one by one: exactly the free ones, each counted once") { db in
            // given: a pair with no failures, and twice its free tries sent together
            let accounts = FluentAccountRepository(database: db)
            let throttle = LoginThrottle.standard, now = Date(timeIntervalSince1970: 1_700_000_000)
            // when
            let decisions = try await withThrowingTaskGroup(of: LoginThrottle.Decision.self) { group in
                for _ in 0..<(2 * throttle.freeFailures) {
                    group.addTask { try await accounts.admitLogin(username: "admin", client: "9.9.9.9", at: now, throttle: throttle) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // then
            #expect(decisions.filter { $0 == .allow }.count == throttle.freeFailures)
            #expect(decisions.filter { $0 == .wait(seconds: 30) }.count == throttle.freeFailures)
            let counted = try await accounts.failedLogins(username: "admin", client: "9.9.9.9", since: now)
            #expect(counted.count == throttle.freeFailures && counted.last == now)
        },
    ]
}
