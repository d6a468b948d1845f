import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("One analysis per request", .timeLimit(.minutes(10)))
struct AnalysisCountTests {
    @Test(
        "a save on an uploaded framework reads it once, decodes it once per version and scores once",
        arguments: TestDatabase.all)
    func saveScoresOnce(_ database: TestDatabase) async throws {
        let counting = CountingAnalyzer()
        try await withJixiaoApp(database, analyzer: counting) { app in
            // given: an uploaded framework, replaced once (version 2), and an evaluation on it
            // stored without being analysed
            var admin = try await Browser.signedIn(app, as: "admin")
            let yaml = try AdminFixtures.yaml(id: "counted-gd")
            _ = try await admin.upload("/admin/frameworks", fileField: "file", filename: "v1.yaml", content: yaml)
            let replaced = try await admin.upload("/admin/frameworks", fileField: "file", filename: "v2.yaml", content: yaml)
            let id = try await AdminFixtures.evaluation(app, framework: "counted-gd")
            var filer = try await Browser.signedIn(app, as: "filer")
            _ = counting.take()
            // when
            let saved = try await filer.post("/evaluations/\(id)", form: ["version": "1", "filing.filedBy": "张三"])
            let onSave = counting.take()
            let page = try await filer.get(try #require(saved.headers.first(name: .location)))
            let onShow = counting.take()
            // then
            #expect(replaced.body.string.contains("第 2 版"))
            #expect(saved.status == .seeOther)
            #expect(onSave == .init(uploadedLookups: 1, decodes: 1, analyses: 1), "\(onSave)")
            #expect(page.status == .ok && page.body.string.contains(WebText.saved))
            #expect(onShow == .init(uploadedLookups: 1, decodes: 0, analyses: 1), "\(onShow)")
        }
    }

    @Test(
        "the editor page of a built-in framework scores once and reads no framework row",
        arguments: [TestDatabase.sqlite])
    func builtInPage(_ database: TestDatabase) async throws {
        let counting = CountingAnalyzer()
        try await withJixiaoApp(database, analyzer: counting) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            _ = counting.take()
            // when
            let page = try await filer.get("/evaluations/\(id)")
            // then
            #expect(page.status == .ok)
            #expect(counting.take() == .init(uploadedLookups: 0, decodes: 0, analyses: 1))
        }
    }
}
