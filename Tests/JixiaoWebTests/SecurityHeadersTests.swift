import Foundation
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Security headers and the Content-Security-Policy", .timeLimit(.minutes(10)))
struct SecurityHeadersTests {
    @Test(
        "pages, API JSON, error pages and assets carry the security headers; pages and JSON are not cached",
        arguments: [TestDatabase.sqlite])
    func headers(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var anonymous = Browser(app: app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var api = try await ReviewFixtures.api(app, as: "filer")
            // when
            let responses: [(String, TestingHTTPResponse)] = [
                ("login", try await anonymous.get("/login")),
                ("list", try await filer.get("/evaluations")),
                ("missing page", try await filer.get("/no-such-page")),
                ("api list", try await api.get("/api/v1/evaluations")),
                ("api error", try await api.get("/api/v1/evaluations/no-such-id")),
                ("stylesheet", try await anonymous.get("/assets/app.css")),
            ]
            // then
            for (name, response) in responses {
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "\(name): \(csp)")
                #expect(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "\(name): \(csp)")
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(name)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(name)")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(name)")
                #expect(response.headers.first(name: .strictTransportSecurity) == nil, "\(name): HSTS without HTTPS")
                let cache = response.headers.first(name: .cacheControl)
                #expect(name == "stylesheet" ? cache?.hasPrefix("public") == true : cache == "no-store", "\(name): \(cache ?? "none")")
            }
        }
    }

    @Test("HSTS only when cookies are Secure (behind HTTPS); a handler's own policy and caching are kept")
    func strictTransport() {
        var plain = HTTPHeaders(), secure = HTTPHeaders(),
            own: HTTPHeaders = [
                "Content-Security-Policy": "default-src 'none'",
                "Cache-Control": "public, max-age=60",
            ]
        SecurityHeadersMiddleware.apply(to: &plain, strictTransport: false)
        SecurityHeadersMiddleware.apply(to: &secure, strictTransport: true)
        SecurityHeadersMiddleware.apply(to: &own, strictTransport: false)
        #expect(plain.first(name: .strictTransportSecurity) == nil)
        #expect(secure.first(name: .strictTransportSecurity) == "max-age=31536000; includeSubDomains")
        #expect(own.first(name: "Content-Security-Policy") == "default-src 'none'")
        #expect(own.first(name: .cacheControl) == "public, max-age=60")
    }

    @Test(
        "no page needs inline script or style: every script and stylesheet is the app's own file",
        arguments: [TestDatabase.sqlite])
    func nothingInline(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given every page, as the administrator and the reviewer
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .approved)
            let unit = try await AdminFixtures.unitID(app, Fixtures.filerUnit)
            let user = try await AdminFixtures.userID(app, "filer")
            let paths = StoredXSSTests.pagePaths(evaluation: id, unit: unit, user: user)
                .filter { !$0.hasSuffix("/report/html") }
                .map { $0.replacingOccurrences(of: StoredXSSTests.hostileFrameworkSegment, with: "guangdong-county-department") }
            var inline: [String] = []
            var pages: [(String, TestingHTTPResponse)] = []
            for who in ["admin", "reviewer", "filer"] {
                var browser = try await Browser.signedIn(app, as: who)
                for path in paths { pages.append(("\(who) \(path)", try await browser.get(path))) }
            }
            // (and the published report, which shows the report's own markup)
            try await ReviewFixtures.set(app, id, status: .published)
            var anonymous = Browser(app: app)
            let published = try await anonymous.get("/public/\(id)")
            #expect(published.status == .ok)
            pages.append(("anonymous /public/\(id)", published))
            // when each is read as a browser would
            for (page, response) in pages where response.headers.contentType?.subType == "html" {
                // then only the app's own script and stylesheet, nothing inline
                for element in HTMLTokens(response.body.string).elements {
                    if element.name == "script", element.attribute("src") != "/assets/app.js" { inline.append("\(page): <script>") }
                    if element.name == "style" { inline.append("\(page): <style>") }
                    if element.name == "link", element.attribute("href") != "/assets/app.css" { inline.append("\(page): <link>") }
                    for attribute in element.attributes
                    where attribute.name == "style" || attribute.name.hasPrefix("on")
                        || attribute.value.lowercased().hasPrefix("javascript:")
                    {
                        inline.append("\(page): \(attribute.name)= on <\(element.name)>")
                    }
                }
            }
            #expect(inline.isEmpty, "\(inline)")
            #expect(paths.count >= 15)
        }
    }

    @Test("the standalone HTML report allows exactly its own stylesheet, by hash", arguments: [TestDatabase.sqlite])
    func reportStyleHash(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.completeEvaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let response = try await filer.get("/evaluations/\(id)/report/html")
            // then
            let html = response.body.string
            let style = try #require(
                html.range(of: "<style>").flatMap { start in
                    html.range(of: "</style>").map { String(html[start.upperBound..<$0.lowerBound]) }
                })
            let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
            #expect(response.status == .ok)
            #expect(csp.contains("style-src '\(SecurityHeadersMiddleware.styleHash(style))'"), "\(csp)")
            #expect(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"))
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
        }
    }

    @Test("the served stylesheet has the styles that used to be inline (review parts, report, unit tree)")
    func stylesheet() {
        #expect(Assets.stylesheet.contains(".return-reason"))
        #expect(Assets.stylesheet.contains(".jx-report"))
        #expect(Assets.stylesheet.contains(".unit-tree .depth-2 { margin-left: 3.0em; }"))
    }

    @Test(
        "a unit name with a quote or a line break cannot end the Content-Disposition header of a download",
        arguments: [TestDatabase.sqlite])
    func downloadName(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an evaluation of a unit whose (ASCII) name holds a quote and a line break
            var copy = try await ReviewFixtures.find(app, try await Fixtures.completeEvaluationID(app)).evaluation
            copy.unit.name = "Evil\"\r\nX-Injected: 1"
            copy.unit.code = "evil-unit"
            let id = try await FluentEvaluationRepository(database: app.db)
                .create(copy, metrics: try await app.frameworks.analyze(copy).metrics, by: "test").id
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let response = try await admin.get("/evaluations/\(id)/report/docx")
            // then
            let disposition = response.headers.first(name: .contentDisposition) ?? ""
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "X-Injected") == nil)
            #expect(disposition.hasPrefix("attachment; filename=\"download.docx\"; filename*=UTF-8''Evil"), "\(disposition)")
            #expect(!disposition.contains("\r") && !disposition.contains("\n"))
        }
    }
}
