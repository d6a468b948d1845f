import Foundation
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// `/metrics`: the request counter by route pattern and status in Prometheus text, and who may read it.
@Suite("Metrics endpoint", .timeLimit(.minutes(10)))
struct MetricsTests {
    static let token = "metrics-test-token-7f3a9c"

    @Test("after a few requests the counter names each route pattern and status, in valid Prometheus text", arguments: TestDatabase.all)
    func counts(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            app.services.settings.metrics = .token(Self.token)
            let id = try await Fixtures.evaluationID(app)
            let otherID = UUID().uuidString.lowercased()
            var browser = try await Browser.signedIn(app, as: "admin")
            // when
            let first = try await browser.get(SiteURL.evaluation(id).path)
            let second = try await browser.get(SiteURL.evaluation(id).path)
            let other = try await browser.get(SiteURL.evaluation(otherID).path)
            let unmatched = try await browser.get("/no-such-page/\(otherID)")
            let text = try await Self.scrape(app)
            // then
            #expect(first.status == .ok && second.status == .ok)
            let lines = text.split(separator: "\n").map(String.init)
            let route = "method=\"GET\",route=\"/evaluations/:id\""
            #expect(lines.contains("jixiao_http_requests_total{\(route),status=\"200\"} 2"), "\(text)")
            #expect(lines.contains("jixiao_http_requests_total{\(route),status=\"\(other.status.code)\"} 1"))
            #expect(lines.contains("jixiao_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"\(unmatched.status.code)\"} 1"))
            #expect(lines.contains("jixiao_http_request_duration_seconds_count{\(route)} 3"))
            #expect(lines.contains("# TYPE jixiao_http_requests_total counter"))
            #expect(lines.contains("# TYPE jixiao_http_request_duration_seconds histogram"))
            // One label value per pattern, not per id: neither id is in any line.
            #expect(!text.contains(id) && !text.contains(otherID))
            for line in lines { #expect(try Self.isPrometheusLine(line), "\(line)") }
        }
    }

    @Test("with a token set, a request without it or with another is refused with 401", arguments: TestDatabase.all)
    func tokenRequired(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            app.services.settings.metrics = .token(Self.token)
            var anonymous = Browser(app: app)
            var wrong = Browser(app: app)
            wrong.bearer = Self.token + "x"
            // when
            let withoutToken = try await anonymous.get(SiteURL.metrics.path)
            let withWrongToken = try await wrong.get(SiteURL.metrics.path)
            // then
            #expect(withoutToken.status == .unauthorized)
            #expect(withoutToken.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(!withoutToken.body.string.contains("jixiao_http"))
            #expect(withWrongToken.status == .unauthorized)
            #expect(try await Self.scrape(app).contains("jixiao_http_requests_total"))
        }
    }

    @Test("off, or by default from no local address, /metrics is a 404 even with a signed-in administrator")
    func offAndDefault() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given: the test client has no peer address, so it is not local
            var admin = try await Browser.signedIn(app, as: "admin")
            #expect(app.services.settings.metrics == .local)
            // when
            let byDefault = try await admin.get(SiteURL.metrics.path)
            app.services.settings.metrics = .off
            let off = try await admin.get(SiteURL.metrics.path)
            // then
            #expect(byDefault.status == .notFound)
            #expect(off.status == .notFound)
            #expect(!byDefault.body.string.contains("jixiao_http"))
        }
    }

    @Test("the access rule: token compared whole, local means loopback through no proxy, settings from the environment")
    func accessRule() {
        let local = MetricsAccess.local
        #expect(local.decide(bearer: nil, peer: "127.0.0.1", forwarded: false) == .allowed)
        #expect(local.decide(bearer: nil, peer: "::1", forwarded: false) == .allowed)
        #expect(local.decide(bearer: nil, peer: "127.0.0.1", forwarded: true) == .notFound)
        #expect(local.decide(bearer: nil, peer: "10.1.2.3", forwarded: false) == .notFound)
        #expect(local.decide(bearer: nil, peer: nil, forwarded: false) == .notFound)
        let token = MetricsAccess.token("abc123")
        #expect(token.decide(bearer: "abc123", peer: "10.1.2.3", forwarded: true) == .allowed)
        #expect(token.decide(bearer: "abc12", peer: "127.0.0.1", forwarded: false) == .unauthorized)
        #expect(token.decide(bearer: "abc124", peer: nil, forwarded: false) == .unauthorized)
        #expect(MetricsAccess.off.decide(bearer: "abc123", peer: "127.0.0.1", forwarded: false) == .notFound)
        #expect(AppSettings.fromEnvironment([:]).metrics == .local)
        #expect(AppSettings.fromEnvironment(["JIXIAO_METRICS_TOKEN": " s3cret "]).metrics == .token("s3cret"))
        #expect(AppSettings.fromEnvironment(["JIXIAO_METRICS_TOKEN": "  "]).metrics == .local)
        #expect(AppSettings.fromEnvironment(["JIXIAO_METRICS": "off", "JIXIAO_METRICS_TOKEN": "s3cret"]).metrics == .off)
    }

    /// `/metrics` read with the token.
    static func scrape(_ app: Application) async throws -> String {
        var scraper = Browser(app: app)
        scraper.bearer = token
        let response = try await scraper.get(SiteURL.metrics.path)
        #expect(response.status == .ok)
        #expect(response.headers.first(name: .contentType) == "text/plain; version=0.0.4; charset=utf-8")
        return response.body.string
    }

    /// A `# TYPE`/`# HELP` line or a sample: name, optional quoted labels, a number.
    static func isPrometheusLine(_ line: String) throws -> Bool {
        let name = "[a-zA-Z_:][a-zA-Z0-9_:]*"
        let label = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\""
        let number = "(?:-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|NaN|[+-]Inf)"
        let comment = try Regex("# (?:TYPE \(name) (?:counter|gauge|histogram|summary|untyped)|HELP \(name) .*)")
        let sample = try Regex("\(name)(?:\\{\(label)(?:,\(label))*\\})? \(number)")
        return line.wholeMatch(of: comment) != nil || line.wholeMatch(of: sample) != nil
    }
}
