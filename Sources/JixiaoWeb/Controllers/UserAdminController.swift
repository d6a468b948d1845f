import Fluent
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Users: add, edit (name, role, unit), reset a password, disable and enable. The last
/// enabled administrator can be neither disabled nor given another role.
struct UserAdminController {
    func create(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let username = (form["username"] ?? "").trimmedSpaces, name = (form["displayName"] ?? "").trimmedSpaces
        let password = form["password"] ?? "", unit = form["unit"] ?? ""
        guard !username.isEmpty, !name.isEmpty, password.count >= 8,
              let role = form["role"].flatMap(Role.init(rawValue:)),
              try await req.accounts.unit(code: unit) != nil,
              try await req.accounts.user(username: username) == nil else {
            return try await AdminController.failed(req, AdminText.userInvalid)
        }
        let hash = try await req.password.async.hash(password)
        try await req.db.transaction { db in
            try await AccountRepository(database: db).create(UserRecord(username: username, displayName: name, role: role,
                                                                        unitCode: unit, passwordHash: hash))
            try await AdminController.log(db, req, "新增用户", "\(username)（\(name)，\(role.label)，\(unit)）")
        }
        return AdminController.done(req, "user")
    }

    func page(_ req: Request) async throws -> Response {
        var model = try await model(req, try await Self.record(req))
        model.flash = req.query[String.self, at: "done"].flatMap { Self.flashes[$0] }
        return UserEditPage.render(model).response()
    }

    func save(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let form = try req.content.decode([String: String].self)
        let name = (form["displayName"] ?? "").trimmedSpaces, unit = form["unit"] ?? ""
        guard !name.isEmpty, let role = form["role"].flatMap(Role.init(rawValue:)),
              try await req.accounts.unit(code: unit) != nil else {
            return try await failed(req, record, AdminText.userEditInvalid)
        }
        if role != .admin, try await isLastAdmin(req, record) { return try await failed(req, record, AdminText.lastAdmin) }
        record.displayName = name
        record.role = role.rawValue
        record.unitCode = unit
        try await commit(req, record, "修改用户", "\(record.username)：\(name)，\(role.label)，\(unit)")
        // An administrator who gave themselves another role may no longer see the user pages.
        if role != .admin, record.id == (try req.requireUser()).id { return req.redirect(to: SiteURL.evaluations.path) }
        return AdminController.done(req, "saved", at: .adminUser(record.id?.uuidString ?? ""))
    }

    func resetPassword(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        guard password.count >= 8 else { return try await failed(req, record, AdminText.passwordTooShort) }
        record.passwordHash = try await req.password.async.hash(password)
        // The user's sessions end and tokens are revoked; an administrator resetting their own
        // password keeps the session they do it from.
        let kept = record.id == (try req.requireUser()).id ? req.session.id?.string : nil
        try await req.db.writeTransaction { db in
            try await AccountRepository(database: db).save(record)
            try await AdminController.log(db, req, "重置密码", record.username)
            if let id = record.id { try await AccountController.endSessionsAndTokens(of: id, keeping: kept, on: db) }
        }
        return AdminController.done(req, "password", at: .adminUser(record.id?.uuidString ?? ""))
    }

    /// Revokes the user's token named by the form field `token`.
    func revokeToken(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        guard let userID = record.id,
              let token = (try? req.content.get(String.self, at: "token")).flatMap(UUID.init(uuidString:)),
              try await req.db.writeTransaction({ db in
                  guard try await AccountRepository(database: db).revokeToken(id: token, userID: userID) else { return false }
                  try await AdminController.log(db, req, "作废令牌", record.username)
                  return true
              }) else {
            return try await failed(req, record, AccountText.tokenUnknown)
        }
        return AdminController.done(req, "token", at: .adminUser(userID.uuidString))
    }

    /// `disabled=1` disables, anything else enables.
    func setState(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let disable = (try? req.content.get(String.self, at: "disabled")) == "1"
        if disable, try await isLastAdmin(req, record) { return try await failed(req, record, AdminText.lastAdmin) }
        record.disabled = disable
        try await commit(req, record, disable ? "停用用户" : "启用用户", record.username)
        if disable, let id = record.id { try await Self.endSessions(of: id, on: req.db) }
        return AdminController.done(req, disable ? "disabled" : "enabled", at: .adminUser(record.id?.uuidString ?? ""))
    }

    /// Deletes the sessions of user `id`, so enabling the user again does not revive them
    /// (the disabled flag alone already refuses them).
    static func endSessions(of id: UUID, on db: any Database) async throws {
        try await SessionRepository(database: db).delete(userID: id)
    }

    static let flashes = ["saved": AdminText.userSaved, "password": AdminText.passwordReset,
                          "disabled": AdminText.userDisabled, "enabled": AdminText.userEnabled,
                          "token": AccountText.tokenRevoked]

    /// True when `record` is the only enabled administrator.
    private func isLastAdmin(_ req: Request, _ record: UserRecord) async throws -> Bool {
        guard record.role == Role.admin.rawValue, !record.disabled else { return false }
        return try await req.accounts.activeAdmins() <= 1
    }

    private func commit(_ req: Request, _ record: UserRecord, _ action: String, _ detail: String) async throws {
        try await req.db.transaction { db in
            try await AccountRepository(database: db).save(record)
            try await AdminController.log(db, req, action, detail)
        }
    }

    private func failed(_ req: Request, _ record: UserRecord, _ message: String) async throws -> Response {
        var model = try await model(req, record)
        model.error = message
        return UserEditPage.render(model).response(status: .unprocessableEntity)
    }

    private func model(_ req: Request, _ record: UserRecord) async throws -> UserEditPage.Model {
        var model = UserEditPage.Model(user: try req.requireUser(), csrf: req.csrf, record: record,
                                       units: try await req.accounts.units())
        if let id = record.id { model.tokens = try await AccountController.rows(req, of: id) }
        return model
    }

    static func record(_ req: Request) async throws -> UserRecord {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let record = try await req.accounts.user(id: id) else { throw Abort(.notFound) }
        return record
    }
}
