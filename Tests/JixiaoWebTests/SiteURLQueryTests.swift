import Foundation
import Testing

@testable import JixiaoWeb

@Suite("Links with a query are typed")
struct SiteURLQueryTests {
    @Test("items without a value are left out, values percent-encoded, a fragment after the query")
    func buildsQueries() {
        #expect(SiteURL.evaluations.withQuery(["year": "2024", "status": nil, "page": "2"]) == "/evaluations?year=2024&page=2")
        #expect(SiteURL.evaluations.withQuery(["year": nil]) == "/evaluations")
        #expect(
            SiteURL.evaluation("e1").withQuery(["attach": "预算 a&b=c#"], fragment: "attachment-form")
                == "/evaluations/e1?attach=%E9%A2%84%E7%AE%97%20a%26b%3Dc%23#attachment-form")
        #expect(SiteURL.admin.withQuery([:], fragment: "units") == "/admin#units")
    }

    @Test("no source of the web app builds a query or fragment by appending to a path")
    func noHandBuiltQueries() throws {
        let root = Fixtures.packageRoot().appendingPathComponent("Sources/JixiaoWeb")
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var found: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.contains(".path + \"?") || line.contains(".path + \"#") {
                found.append("\(url.lastPathComponent):\(index + 1)")
            }
        }
        #expect(found.isEmpty, "use SiteURL.withQuery(_:fragment:)")
    }
}
