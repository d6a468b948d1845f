import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Locked evaluations and the public part", .timeLimit(.minutes(10)))
struct LockAndPublicTests {
    /// Every state-changing route with an `:id`, as each role, on pages and the API.
    @Test("an accepted evaluation cannot be changed through any route", arguments: TestDatabase.all)
    func lockedEverywhere(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given an accepted evaluation
            let id = try await Fixtures.evaluationID(app)
            let before = try await ReviewFixtures.set(app, id, status: .accepted)
            let writes = RouteTable.all().filter { $0.method != .GET && $0.url.path.contains(SiteURL.parameter) }
            #expect(writes.count >= 6)
            let document = try String(decoding: JSONEncoder().encode(before.evaluation), as: UTF8.self)
            let form = [
                "version": String(before.version), "figures.expenditureTotal": "1", "narrative.functions": "改",
                "score.A1": "1", "action": "submit", "reason": "x",
            ]
            // when every role tries every write route
            var statuses: [String: HTTPStatus] = [:]
            for role in Role.allCases {
                var page = try await Browser.signedIn(app, as: Fixtures.username(role))
                var api = try await ReviewFixtures.api(app, as: Fixtures.username(role))
                for rule in writes {
                    let path = ReviewFixtures.path(rule, id: id)
                    let response: TestingHTTPResponse
                    if path.hasPrefix("/api/") {
                        response = try await api.json(
                            rule.method, path,
                            #"{"version":\#(before.version),"action":"submit","evaluation":\#(document)}"#)
                    } else {
                        response = try await page.post(path, form: form)
                    }
                    statuses["\(role.rawValue) \(rule.method) \(rule.url.path)"] = response.status
                }
            }
            // then nothing changed and nothing succeeded
            let after = try await ReviewFixtures.find(app, id)
            #expect(after.version == before.version)
            #expect(after.evaluation == before.evaluation)
            // (…/analyze only computes a preview from the posted form; it never writes)
            let writing = statuses.filter { !$0.key.hasSuffix("/analyze") }
            #expect(writing.values.allSatisfy { $0.code >= 400 }, "\(writing.filter { $0.value.code < 400 })")
        }
    }

    @Test("nothing unpublished is reachable anonymously: pages, downloads, API", arguments: TestDatabase.all)
    func anonymous(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given one evaluation in each unpublished status, each with a unique text
            let id = try await Fixtures.evaluationID(app)
            var anonymous = Browser(app: app)
            for status in EvaluationStatus.allCases where status != .published {
                let marker = "秘密标记-\(status.rawValue)"
                try await ReviewFixtures.set(app, id, status: status, narrative: marker)
                // when an anonymous visitor tries every GET route
                for rule in RouteTable.all() where rule.method == .GET {
                    let response = try await anonymous.get(ReviewFixtures.path(rule, id: id))
                    // then no response shows the evaluation
                    #expect(!response.body.string.contains(marker), "\(rule.url.path) showed a \(status.label) evaluation")
                    if rule.url.path.contains(SiteURL.parameter) {
                        #expect(
                            [.notFound, .unauthorized, .seeOther, .found].contains(response.status),
                            "\(rule.url.path) answered \(response.status) for \(status.label)")
                    }
                }
                let list = try await anonymous.get("/public")
                #expect(!list.body.string.contains(id))
            }
        }
    }

    @Test("a published evaluation is listed and its report opens without signing in", arguments: [TestDatabase.sqlite])
    func published(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            try await ReviewFixtures.set(app, id, status: .published)
            var anonymous = Browser(app: app)
            // when
            let list = try await anonymous.get("/public")
            let report = try await anonymous.get("/public/\(id)")
            let docx = try await anonymous.get("/public/\(id)/report.docx")
            // then
            #expect(list.body.string.contains("/public/\(id)"))
            #expect(report.status == .ok)
            #expect(report.body.string.contains("jx-report"))
            #expect(docx.status == .ok)
            #expect(docx.headers.contentType?.description.contains("wordprocessingml") == true)
            #expect(Array(docx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }
}
