import Foundation
import JixiaoCore
import Vapor

/// Sign in and out. Failed sign-ins are throttled per (user name, client address) through the
/// database (`LoginThrottle`), so a stranger elsewhere cannot lock an account out; an unknown
/// name costs the same bcrypt work as a known one, so timing does not tell whether it exists.
struct SessionController {
    static let throttle = LoginThrottle.standard
    /// Longer user names are cut to this many characters where failures are stored.
    static let storedNameLimit = 100

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
        let pair = (name: String(username.prefix(Self.storedNameLimit)), client: LoginClient.address(of: req))
        // The try counts as a failure from here on (a success clears it), so tries sent at once cannot
        // all pass on one count read before any of them was recorded.
        let admission = try await req.accounts.admitLogin(username: pair.name, client: pair.client, at: Date(), throttle: Self.throttle)
        if case .wait(let seconds) = admission {
            let response = try await page(
                req,
                .init(
                    csrf: req.csrf, username: username,
                    error: AccountText.loginThrottled(seconds: seconds)),
                status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
        let record = try await req.accounts.credentials(username: username)
        let hash = try record?.passwordHash ?? DummyPassword.hash(cost: req.application.services.settings.bcryptCost)
        guard try await req.password.async.verify(form.password, created: hash), let record else {
            return try await page(
                req, .init(csrf: req.csrf, username: username, error: WebText.loginFailed),
                status: .unprocessableEntity)
        }
        try await req.accounts.clearFailedLogins(username: pair.name, client: pair.client)
        guard !record.user.disabled else {
            return try await page(
                req, .init(csrf: req.csrf, username: username, error: AdminText.accountDisabled),
                status: .forbidden)
        }
        // A new session id at login, so an id planted before login never becomes a signed-in
        // session (session fixation); and a new CSRF token (made on the next page), so a token
        // seen before sign-in is worth nothing after it.
        if let planted = req.session.id {
            try await req.application.sessions.driver.deleteSession(planted, for: req).get()
            req.session.id = nil
        }
        req.session.data[CSRFMiddleware.sessionKey] = nil
        req.session.data[SessionUserMiddleware.sessionKey] = record.user.id.uuidString
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
