import Foundation
import JixiaoCore
import Vapor

/// Users: add, edit (name, role, unit), reset a password, disable and enable. The last
/// enabled administrator can be neither disabled nor given another role. A refused form
/// comes back with a message at each field it names and the typed values kept.
struct UserAdminController {
    func create(_ req: Request) async throws -> Response {
        let input = UserInput(try req.content.decode([String: String].self))
        let existing = input.username.isEmpty ? nil : try await req.accounts.user(username: input.username)
        let taken = existing != nil
        let errors = input.creationErrors(taken: taken, units: try await unitCodes(req))
        guard errors.isEmpty, let role = Role(rawValue: input.role) else {
            var model = try await AdminController.model(req)
            model.error = AdminText.userNotCreated
            model.newUser = input
            model.newUserErrors = errors
            return AdminPage.render(model).response(status: .unprocessableEntity)
        }
        let account = UserAccount(
            id: UUID(), username: input.username, displayName: input.displayName, role: role,
            unitCode: input.unit)
        try await req.accounts.create(
            account, passwordHash: try await req.password.async.hash(input.password),
            log: try AdminController.entry(req, "新增用户", "\(account.username)（\(account.displayName)，\(role.label)，\(account.unitCode)）"))
        return AdminController.done(req, "user")
    }

    func page(_ req: Request) async throws -> Response {
        var model = try await model(req, try await Self.stored(req))
        model.flash = req.query[String.self, at: "done"].flatMap { Self.flashes[$0] }
        return UserEditPage.render(model).response()
    }

    func save(_ req: Request) async throws -> Response {
        let stored = try await Self.stored(req)
        var input = UserInput(try req.content.decode([String: String].self))
        input.username = stored.account.username
        let errors = input.editErrors(units: try await unitCodes(req))
        guard errors.isEmpty, let role = Role(rawValue: input.role) else {
            return try await failed(req, stored, AdminText.userNotSaved, input: input, errors: errors)
        }
        if role != .admin, try await isLastAdmin(req, stored) {
            return try await failed(req, stored, AdminText.lastAdmin, input: input, errors: ["role": AdminText.lastAdmin])
        }
        var account = stored.account
        account.displayName = input.displayName
        account.role = role
        account.unitCode = input.unit
        try await req.accounts.update(
            account,
            log: try AdminController.entry(
                req, "修改用户", "\(account.username)：\(account.displayName)，\(role.label)，\(account.unitCode)"))
        // An administrator who gave themselves another role may no longer see the user pages.
        if role != .admin, account.id == (try req.requireUser()).id { return req.redirect(to: SiteURL.evaluations.path) }
        return AdminController.done(req, "saved", at: .adminUser(account.id.uuidString))
    }

    func resetPassword(_ req: Request) async throws -> Response {
        let stored = try await Self.stored(req)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        if let problem = UserRules.passwordProblem(password, username: stored.account.username) {
            return try await failed(req, stored, problem, errors: ["password": problem])
        }
        // The user's sessions end and tokens are revoked; an administrator resetting their own
        // password keeps the session they do it from.
        let kept = stored.id == (try req.requireUser()).id ? req.session.id?.string : nil
        try await req.accounts.setPasswordHash(
            try await req.password.async.hash(password), userID: stored.id,
            keepingSession: kept,
            log: try AdminController.entry(req, "重置密码", stored.account.username))
        return AdminController.done(req, "password", at: .adminUser(stored.id.uuidString))
    }

    /// Revokes the user's token named by the form field `token`.
    func revokeToken(_ req: Request) async throws -> Response {
        let stored = try await Self.stored(req)
        guard let token = (try? req.content.get(String.self, at: "token")).flatMap(UUID.init(uuidString:)),
            try await req.accounts.revokeToken(
                id: token, userID: stored.id,
                log: try AdminController.entry(req, "作废令牌", stored.account.username))
        else {
            return try await failed(req, stored, AccountText.tokenUnknown)
        }
        return AdminController.done(req, "token", at: .adminUser(stored.id.uuidString))
    }

    /// `disabled=1` disables, anything else enables.
    func setState(_ req: Request) async throws -> Response {
        let stored = try await Self.stored(req)
        let disable = (try? req.content.get(String.self, at: "disabled")) == "1"
        if disable, try await isLastAdmin(req, stored) { return try await failed(req, stored, AdminText.lastAdmin) }
        try await req.accounts.setDisabled(
            disable, userID: stored.id,
            log: try AdminController.entry(
                req, disable ? "停用用户" : "启用用户", stored.account.username))
        return AdminController.done(req, disable ? "disabled" : "enabled", at: .adminUser(stored.id.uuidString))
    }

    static let flashes = [
        "saved": AdminText.userSaved, "password": AdminText.passwordReset,
        "disabled": AdminText.userDisabled, "enabled": AdminText.userEnabled,
        "token": AccountText.tokenRevoked,
    ]

    /// True when `user` is the only enabled administrator.
    private func isLastAdmin(_ req: Request, _ user: StoredUser) async throws -> Bool {
        guard user.account.role == .admin, !user.disabled else { return false }
        return try await req.accounts.activeAdmins() <= 1
    }

    private func unitCodes(_ req: Request) async throws -> Set<String> {
        Set(try await req.units.units().compactMap(\.code))
    }

    private func failed(
        _ req: Request, _ user: StoredUser, _ message: String, input: UserInput? = nil,
        errors: [String: String] = [:]
    ) async throws -> Response {
        var model = try await model(req, user)
        model.error = message
        model.errors = errors
        if let input { model.input = input }
        return UserEditPage.render(model).response(status: .unprocessableEntity)
    }

    private func model(_ req: Request, _ user: StoredUser) async throws -> UserEditPage.Model {
        var model = UserEditPage.Model(
            user: try req.requireUser(), csrf: req.csrf, edited: user,
            input: UserInput(user.account), units: try await req.units.units())
        model.tokens = try await AccountController.rows(req, of: user.id)
        return model
    }

    static func stored(_ req: Request) async throws -> StoredUser {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let user = try await req.accounts.user(id: id)
        else { throw Abort(.notFound) }
        return user
    }
}
