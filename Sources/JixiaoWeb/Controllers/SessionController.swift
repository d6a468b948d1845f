import Foundation
import JixiaoStore
import Vapor

/// Sign in and out; failed logins are throttled per user name through the database.
struct SessionController {
    static let maxFailures = 5
    static let throttleWindow: TimeInterval = 15 * 60

    struct LoginForm: Content {
        var username: String
        var password: String
    }

    func loginPage(_ req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.evaluations.path) }
        return try await page(req, LoginPage.Model(csrf: req.csrf), status: .ok)
    }

    func login(_ req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = form.username.trimmingCharacters(in: .whitespaces)
        let since = Date().addingTimeInterval(-Self.throttleWindow)
        if try await req.accounts.failedLogins(username: username, since: since) >= Self.maxFailures {
            return try await page(req, .init(csrf: req.csrf, username: username, error: WebText.loginThrottled),
                                  status: .tooManyRequests)
        }
        guard let record = try await req.accounts.user(username: username),
              try await req.password.async.verify(form.password, created: record.passwordHash),
              let account = record.account else {
            try await req.accounts.recordFailedLogin(username: username)
            return try await page(req, .init(csrf: req.csrf, username: username, error: WebText.loginFailed),
                                  status: .unprocessableEntity)
        }
        try await req.accounts.clearFailedLogins(username: username)
        guard !record.disabled else {
            return try await page(req, .init(csrf: req.csrf, username: username, error: AdminText.accountDisabled),
                                  status: .forbidden)
        }
        // A new session id at login, so an id planted before login never becomes a signed-in
        // session (session fixation); the session's data (the CSRF token) moves with it.
        if let planted = req.session.id {
            try await req.application.sessions.driver.deleteSession(planted, for: req).get()
            req.session.id = nil
        }
        req.session.data[SessionUserMiddleware.sessionKey] = account.id.uuidString
        return req.redirect(to: SiteURL.evaluations.path, redirectType: .normal)
    }

    func logout(_ req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: SiteURL.login.path, redirectType: .normal)
    }

    private func page(_ req: Request, _ model: LoginPage.Model, status: HTTPStatus) async throws -> Response {
        var model = model
        if req.application.services.settings.seedDemo { model.demoLogins = DemoData.loginLines }
        return LoginPage.render(model).response(status: status)
    }
}
