import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 财政复核总分 on the review page and in the year's export (issue 13 item 3): the
/// framework's total with the reviewer's score where given, the unit's elsewhere.
@Suite("The reviewer's total over HTTP", .timeLimit(.minutes(10)))
struct ReviewTotalRouteTests {
    @Test(
        "re-scoring one item moves the total by the difference only, on the page and in the CSV",
        arguments: [TestDatabase.sqlite])
    func oneItem(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the complete wuhua example under review
            let id = try await Fixtures.completeEvaluationID(app)
            let stored = try await ReviewFixtures.set(app, id, status: .approved)
            let result = try #require(try await app.frameworks.analyze(stored.evaluation).score)
            let leaf = try #require(result.nodes.flatMap(\.leaves).first { ($0.score ?? 0) > 1 })
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when the reviewer gives that item 1 point
            let saved = try await reviewer.post(
                "/review/\(id)/scores",
                form: [
                    "version": String(stored.version), "score.\(leaf.id)": "1",
                ])
            let page = try await reviewer.get("/review/\(id)")
            let csv = try await reviewer.get("/exports/evaluations.csv?year=2023")
            let report = try await reviewer.get("/evaluations/\(id)/report/html")
            // then the total is the computed one with that item replaced
            let expected = result.total - (leaf.score ?? 0) + 1
            let shown = expected.formatted(places: 2)
            #expect(saved.status == .seeOther)
            #expect(expected > 50)
            #expect(Self.reviewTotal(page.body.string)?.hasPrefix(shown) == true)
            #expect(page.body.string.contains("已复核的 1 项取财政复核得分"))
            let lines = csv.body.string.components(separatedBy: "\r\n")
            let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
            let column = try #require(header.firstIndex(of: "财政复核得分"))
            let row = try #require(
                lines.first { $0.hasPrefix("wuhua-data,") }?
                    .split(separator: ",", omittingEmptySubsequences: false).map(String.init))
            #expect(ExactDecimal(row[column].replacingOccurrences(of: "\"", with: "")) == expected)
            #expect(header.contains("财政复核等级"))
            #expect(row[column + 1] == Grade(total: expected).rawValue)
            // and the report says the same
            #expect(report.body.string.contains("财政复核得分"))
            #expect(report.body.string.contains("\(shown) 分（\(Grade(total: expected).rawValue)）"))
        }
    }

    /// The text of the `#review-total` cell.
    static func reviewTotal(_ html: String) -> String? {
        guard let start = html.range(of: "id=\"review-total\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let open = rest.firstIndex(of: ">"), let close = rest.firstIndex(of: "<") else { return nil }
        return String(rest[rest.index(after: open)..<close])
    }
}
