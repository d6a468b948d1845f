import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Walks every route of the routing table with every role and checks the answer
/// against the route's access rule; a route registered outside the table fails.
@Suite("Routes and roles", .timeLimit(.minutes(10)))
struct RoleWalkTests {
    @Test("Vapor serves exactly the routes of the table", arguments: [TestDatabase.sqlite])
    func everyRouteHasARule(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let table = Set(RouteTable.all().map { "\($0.method.rawValue) \($0.url.path)" })
            // when
            let served = Set(
                app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map { $0.description }.joined(separator: "/")
                })
            // then
            #expect(served == table)
            #expect(served.count == RouteTable.all().count)
        }
    }

    @Test("every route × every role gets what its rule says", arguments: TestDatabase.all)
    func walk(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            for rule in RouteTable.all() {
                for role in [nil] + Role.allCases.map(Optional.some) {
                    // given
                    var browser = try await Self.client(app, role: role, api: Self.isAPI(rule))
                    let path = rule.url.path.replacingOccurrences(of: SiteURL.parameter, with: id)
                        .replacingOccurrences(of: SiteURL.assetParameter, with: "app.css")
                        .replacingOccurrences(of: SiteURL.formatParameter, with: "html")
                    // when
                    let response = try await Self.call(&browser, rule, path: path)
                    // then
                    let status = response.status
                    let label = "\(rule.method) \(path) as \(role?.rawValue ?? "anonymous") → \(status.code)"
                    // `/` and logout send everyone to the login page by design.
                    let toLogin =
                        status == .seeOther && response.headers.first(name: .location) == SiteURL.login.path
                        && rule.url != .home && rule.url != .logout
                    if rule.access.allows(role) {
                        #expect(status != .unauthorized && status != .forbidden && !toLogin, "\(label)")
                    } else if role == nil {
                        // A page asked for (GET) sends the visitor to sign in; the API and form posts answer 401.
                        if rule.method == .GET && !Self.isAPI(rule) {
                            #expect(toLogin, "\(label)")
                        } else {
                            #expect(status == .unauthorized, "\(label)")
                        }
                    } else {
                        #expect(status == .forbidden, "\(label)")
                    }
                }
            }
        }
    }

    static func isAPI(_ rule: RouteRule) -> Bool { rule.url.path.hasPrefix("/api/") }

    static func client(_ app: Application, role: Role?, api: Bool) async throws -> Browser {
        guard let role else {
            var anonymous = Browser(app: app)
            _ = try await anonymous.get(SiteURL.login.path)
            return anonymous
        }
        if api {
            var browser = Browser(app: app)
            browser.bearer = try await Fixtures.token(app, for: Fixtures.username(role))
            return browser
        }
        return try await Browser.signedIn(app, as: Fixtures.username(role))
    }

    /// Calls the route with a plausible body for its method.
    static func call(_ browser: inout Browser, _ rule: RouteRule, path: String) async throws -> TestingHTTPResponse {
        switch rule.method {
        case .GET: return try await browser.get(path)
        case .DELETE: return try await browser.send(.DELETE, path, body: nil, contentType: nil)
        case .POST where isAPI(rule), .PUT: return try await browser.json(rule.method, path, "{}")
        default:
            return try await browser.post(
                path,
                form: [
                    "version": "1", "framework": "guangdong-county-department",
                    "year": "2024", "unit": Fixtures.filerUnit,
                    "username": "nobody", "password": "x",
                    "current": "x", "new": "y", "confirm": "y", "name": "t",
                ])
        }
    }
}
