import Vapor

/// Password change and API tokens of the signed-in user.
struct AccountController {
    struct PasswordForm: Content {
        var current: String
        var new: String
        var confirm: String
    }

    func passwordPage(_ req: Request) async throws -> Response {
        PasswordPage.render(user: try req.requireUser(), csrf: req.csrf).response()
    }

    func changePassword(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(PasswordForm.self)
        guard let hash = try await req.accounts.passwordHash(userID: user.id) else { throw Abort(.unauthorized) }
        let problem: String?
        if !(try await req.password.async.verify(form.current, created: hash)) {
            problem = WebText.passwordWrong
        } else if form.new.count < 8 {
            problem = WebText.passwordTooShort
        } else if form.new != form.confirm {
            problem = WebText.passwordMismatch
        } else {
            problem = nil
        }
        if let problem {
            return PasswordPage.render(user: user, csrf: req.csrf, error: problem).response(status: .unprocessableEntity)
        }
        try await req.accounts.setPasswordHash(
            try await req.password.async.hash(form.new), userID: user.id,
            keepingSession: req.session.id?.string, log: nil)
        return PasswordPage.render(user: user, csrf: req.csrf, flash: AccountText.passwordChanged).response()
    }

    func tokensPage(_ req: Request) async throws -> Response {
        TokensPage.render(try await model(req)).response()
    }

    func createToken(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let name = String(((try? req.content.get(String.self, at: "name")) ?? "").trimmedSpaces.prefix(100))
        let token = TokenAuthMiddleware.newToken()
        try await req.accounts.addToken(
            userID: user.id, name: name.isEmpty ? "集成" : name,
            tokenHash: TokenAuthMiddleware.hash(token))
        var model = try await model(req)
        model.newToken = token
        return TokensPage.render(model).response(status: .created)
    }

    /// Revokes `:id`, one of the user's own tokens (another user's token is not found).
    func revokeToken(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            try await req.accounts.revokeToken(id: id, userID: user.id, log: nil)
        else {
            var model = try await model(req)
            model.error = AccountText.tokenUnknown
            return TokensPage.render(model).response(status: .notFound)
        }
        var model = try await model(req)
        model.flash = AccountText.tokenRevoked
        return TokensPage.render(model).response()
    }

    private func model(_ req: Request) async throws -> TokensPage.Model {
        let user = try req.requireUser()
        return TokensPage.Model(user: user, csrf: req.csrf, tokens: try await Self.rows(req, of: user.id))
    }

    /// The tokens of user `id` as the token tables show them.
    static func rows(_ req: Request, of id: UUID) async throws -> [TokenRow] {
        try await req.accounts.tokens(userID: id).map {
            TokenRow(id: $0.id.uuidString, name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt)
        }
    }
}
