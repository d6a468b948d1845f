import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// Users, units, API tokens and failed logins on Fluent. Password and token hashing
/// happen in the caller (the web layer); this type only stores hashes.
public struct AccountRepository: Sendable {
    let database: any Database
    /// Where the token check runs (a `DirectSQLiteDatabase` on SQLite); `database` when nil.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func user(username: String) async throws -> UserRecord? {
        try await UserRecord.query(on: database).filter(\.$username == username).first()
    }

    public func user(id: UUID) async throws -> UserRecord? {
        try await UserRecord.find(id, on: database)
    }

    public func users() async throws -> [UserRecord] {
        try await UserRecord.query(on: database).sort(\.$username).all()
    }

    public func create(_ user: UserRecord) async throws { try await user.create(on: database) }

    public func setPasswordHash(_ hash: String, of user: UserRecord) async throws {
        user.passwordHash = hash
        try await user.save(on: database)
    }

    public func units() async throws -> [JixiaoCore.Unit] {
        try await UnitRecord.query(on: database).sort(\.$code).all().map(\.unit)
    }

    public func unit(code: String) async throws -> JixiaoCore.Unit? {
        try await UnitRecord.query(on: database).filter(\.$code == code).first()?.unit
    }

    public func create(_ unit: JixiaoCore.Unit, code: String) async throws {
        try await UnitRecord(unit: unit, code: code).create(on: database)
    }

    /// True when no unit exists yet (a fresh database, to be seeded).
    public func isEmpty() async throws -> Bool { try await UnitRecord.query(on: database).count() == 0 }
}
