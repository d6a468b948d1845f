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
        guard let record = try await req.accounts.user(id: user.id) else { throw Abort(.unauthorized) }
        let problem: String?
        if !(try await req.password.async.verify(form.current, created: record.passwordHash)) {
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
        try await req.accounts.setPasswordHash(try await req.password.async.hash(form.new), of: record)
        return PasswordPage.render(user: user, csrf: req.csrf, flash: WebText.passwordChanged).response()
    }

    func tokensPage(_ req: Request) async throws -> Response {
        TokensPage.render(user: try req.requireUser(), csrf: req.csrf).response()
    }

    func createToken(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let name = (try? req.content.get(String.self, at: "name")) ?? "集成"
        let token = TokenAuthMiddleware.newToken()
        try await req.accounts.addToken(userID: user.id, name: name, tokenHash: TokenAuthMiddleware.hash(token))
        return TokensPage.render(user: user, csrf: req.csrf, newToken: token).response(status: .created)
    }
}
