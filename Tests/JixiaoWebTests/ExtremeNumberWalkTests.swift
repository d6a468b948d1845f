import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Walks every route of the routing table as a signed-in administrator with extreme
/// numbers in every path parameter, every query parameter the app reads and the numeric
/// form and JSON fields: no answer is a 5xx, and the app still answers afterwards.
@Suite("Extreme numbers on every route", .timeLimit(.minutes(10)))
struct ExtremeNumberWalkTests {
    static let values = [
        "9223372036854775807", "-9223372036854775808", "-1", "0", "1e30",
        "9000000000000000000", "abc", "",
    ]
    /// Every query parameter a handler reads.
    static let queryNames = [
        "page", "per", "year", "status", "unit", "kind", "grade", "severity", "sort",
        "format", "done", "saved", "submitted", "merged",
    ]

    @Test("no route answers 5xx to extreme numbers, and the app lives on", arguments: TestDatabase.all)
    func walk(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            let token = try await Fixtures.token(app, for: "admin")
            for rule in RouteTable.all() {
                // given: a fresh admin for each route (logout and password routes end sessions)
                var browser = try await Self.admin(app, rule: rule, token: token)
                for value in Self.values {
                    let encoded = Browser.encode(value)
                    let query = Self.queryNames.map { "\($0)=\(encoded)" }.joined(separator: "&")
                    let withID = Self.path(rule, id: id, number: nil) + "?" + query
                    let withNumber = Self.path(rule, id: id, number: encoded)
                    for path in [withID, withNumber] {
                        // when
                        let response = try await Self.call(&browser, rule, path: path, number: value)
                        // then
                        #expect(response.status.code < 500, "\(rule.method) \(path) → \(response.status.code)")
                        #expect(!response.body.string.contains("DecodingError"), "\(rule.method) \(path)")
                    }
                }
            }
            var client = Browser(app: app)
            #expect(try await client.get(SiteURL.health.path).status == .ok)
            var admin = try await Browser.signedIn(app, as: "admin")
            #expect(try await admin.get("/evaluations?page=1").status == .ok)
        }
    }

    @Test("the trapping requests of the review answer 400 with a Chinese message", arguments: [TestDatabase.sqlite])
    func knownTraps(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "admin")
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "admin")
            // when
            let list = try await browser.get("/evaluations?page=9223372036854775807")
            let apiList = try await api.get("/api/v1/evaluations?page=9223372036854775807&per=9223372036854775807")
            let dashboard = try await browser.get("/dashboard?year=-9223372036854775808")
            let zero = try await api.get("/api/v1/evaluations?page=0")
            // then
            for response in [list, apiList, dashboard, zero] {
                #expect(response.status == .badRequest)
            }
            #expect(list.body.string.contains("page"))
            #expect(dashboard.body.string.contains("年度"))
            #expect(try apiList.content.decode(APIErrorDTO.self).error.message.contains("page"))
        }
    }

    static func admin(_ app: Application, rule: RouteRule, token: String) async throws -> Browser {
        guard RoleWalkTests.isAPI(rule) else { return try await Browser.signedIn(app, as: "admin") }
        var browser = Browser(app: app)
        browser.bearer = token
        return browser
    }

    /// The rule's path with `number` (or the evaluation id) in its parameter.
    static func path(_ rule: RouteRule, id: String, number: String?) -> String {
        rule.url.path.replacingOccurrences(of: SiteURL.parameter, with: number ?? id)
            .replacingOccurrences(of: SiteURL.assetParameter, with: number ?? "app.css")
            .replacingOccurrences(of: SiteURL.formatParameter, with: number ?? "html")
    }

    /// Calls the route with `number` in every numeric field of its body.
    static func call(
        _ browser: inout Browser, _ rule: RouteRule, path: String,
        number: String
    ) async throws -> TestingHTTPResponse {
        switch rule.method {
        case .GET: return try await browser.get(path)
        case .DELETE: return try await browser.send(.DELETE, path, body: nil, contentType: nil)
        case .POST where RoleWalkTests.isAPI(rule), .PUT:
            let json = Int(number).map(String.init) ?? (number == "1e30" ? "1e30" : "\"\(number)\"")
            let evaluation = #"{"kind":"departmentWide","unit":{"name":"x"},"fiscalYear":\#(json),"frameworkID":""}"#
            return try await browser.json(
                rule.method, path,
                #"{"version":\#(json),"action":"submit","evaluation":\#(evaluation)}"#)
        default:
            return try await browser.post(
                path,
                form: [
                    "version": number, "year": number, "framework": "guangdong-county-department",
                    "unit": Fixtures.filerUnit, "username": "nobody", "password": "x", "current": "x", "new": "y",
                    "confirm": "y", "name": "t", "statedTotal": number, "figure.budgetIncome": number,
                    "target.\(number).name": "t", "target.9223372036854775807.note": "t",
                    "indicator.x.selfScore": number, "score.x": number, "action": "submit", "disabled": number,
                ])
        }
    }
}
