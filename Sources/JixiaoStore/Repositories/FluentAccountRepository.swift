import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// Users, units, API tokens and failed logins on Fluent: the `AccountRepository` and
/// `UnitRepository` ports. Password and token hashing happen in the caller (the web layer);
/// this type only stores hashes.
public struct FluentAccountRepository: AccountRepository {
    let database: any Database
    /// Where the token check runs (a `DirectSQLiteDatabase` on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func user(username: String) async throws -> StoredUser? {
        try await UserRecord.query(on: database).filter(\.$username == username).first()?.stored
    }

    public func user(id: UUID) async throws -> StoredUser? {
        try await UserRecord.find(id, on: database)?.stored
    }

    public func users() async throws -> [StoredUser] {
        try await UserRecord.query(on: database).sort(\.$username).all().compactMap(\.stored)
    }

    public func credentials(username: String) async throws -> (user: StoredUser, passwordHash: String)? {
        guard let record = try await UserRecord.query(on: database).filter(\.$username == username).first(),
            let user = record.stored
        else { return nil }
        return (user, record.passwordHash)
    }

    public func passwordHash(userID: UUID) async throws -> String? {
        try await UserRecord.find(userID, on: database)?.passwordHash
    }

    public func create(_ account: UserAccount, passwordHash: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            let record = UserRecord(
                username: account.username, displayName: account.displayName, role: account.role,
                unitCode: account.unitCode, passwordHash: passwordHash)
            record.id = account.id
            try await record.create(on: db)
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    public func update(_ account: UserAccount, log: AdminLogEntry?) async throws {
        try await change(account.id, log: log) { record in
            record.displayName = account.displayName
            record.role = account.role.rawValue
            record.unitCode = account.unitCode
        }
    }

    public func setDisabled(_ disabled: Bool, userID: UUID, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            try await Self.apply(userID, log: log, on: db) { $0.disabled = disabled }
            // The disabled flag alone refuses the sessions; deleting them keeps enabling again from reviving them.
            if disabled { try await FluentSessionRepository(database: db).delete(userID: userID) }
        }
    }

    public func setPasswordHash(
        _ hash: String, userID: UUID, keepingSession keptSession: String?,
        log: AdminLogEntry?
    ) async throws {
        try await database.writeTransaction { db in
            try await Self.apply(userID, log: log, on: db) { $0.passwordHash = hash }
            try await FluentSessionRepository(database: db).delete(userID: userID, except: keptSession)
            try await ApiTokenRecord.query(on: db).filter(\.$userID == userID).delete()
        }
    }

    public func activeAdmins() async throws -> Int {
        try await UserRecord.query(on: database).filter(\.$role == Role.admin.rawValue)
            .filter(\.$disabled == false).count()
    }

    /// Applies `edit` to user `id` and records `log`, in one write transaction (on SQLite behind the
    /// write gate, so a save committing meanwhile never makes it meet a locked database).
    private func change(_ id: UUID, log: AdminLogEntry?, _ edit: @escaping @Sendable (UserRecord) -> Void) async throws {
        try await database.writeTransaction { db in try await Self.apply(id, log: log, on: db, edit) }
    }

    private static func apply(
        _ id: UUID, log: AdminLogEntry?, on db: any Database,
        _ edit: @Sendable (UserRecord) -> Void
    ) async throws {
        guard let record = try await UserRecord.find(id, on: db) else { throw RepositoryError.notFound(id: id.uuidString) }
        edit(record)
        try await record.save(on: db)
        if let log { try await FluentAdminLog(database: db).record(log) }
    }
}

extension UserRecord {
    /// The Core value, or nil when the stored role is unknown.
    var stored: StoredUser? { account.map { StoredUser(account: $0, disabled: disabled) } }
}
