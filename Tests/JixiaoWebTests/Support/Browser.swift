import Foundation
import NIOCore
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// A signed-in (or anonymous) client of the test app: keeps the session cookie and
/// the CSRF token like a browser would.
struct Browser {
    let app: Application
    var cookie: String?
    var csrf: String?
    var bearer: String?

    init(app: Application) { self.app = app }

    /// A browser signed in as `username` with the demo password.
    static func signedIn(_ app: Application, as username: String) async throws -> Browser {
        var browser = Browser(app: app)
        let response = try await browser.get("/login")
        browser.csrf = Self.csrf(in: response.body.string)
        let login = try await browser.post("/login", form: ["username": username, "password": DemoData.password])
        // Sign-in renews the form token: follow the redirect, as a browser does, to read the new one.
        if let next = login.headers.first(name: .location) { _ = try await browser.get(next) }
        return browser
    }

    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    /// Posts a URL-encoded form, adding the CSRF token.
    mutating func post(_ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
        var fields = form
        if let csrf, fields["_csrf"] == nil { fields["_csrf"] = csrf }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: .urlEncodedForm)
    }

    /// Sends JSON (API calls).
    mutating func json(_ method: HTTPMethod, _ path: String, _ body: String?) async throws -> TestingHTTPResponse {
        try await send(method, path, body: body, contentType: .json)
    }

    mutating func send(_ method: HTTPMethod, _ path: String, body: String?, contentType: HTTPMediaType?) async throws -> TestingHTTPResponse
    {
        var headers = HTTPHeaders()
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "jixiao-session=\(cookie)") }
        if let bearer { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        if let contentType { headers.contentType = contentType }
        let response = try await app.testing().sendRequest(
            method, path, headers: headers,
            body: body.map { ByteBuffer(string: $0) })
        if let value = response.headers.setCookie?["jixiao-session"]?.string { cookie = value }
        if let token = Self.csrf(in: response.body.string) { csrf = token }
        return response
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value="([0-9a-f]+)""#, options: .regularExpression) else { return nil }
        return html[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
