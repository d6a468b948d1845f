import JixiaoCore
import JixiaoFiles
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 14 item 3: every finding names an input of the editor (`FieldPath` text), so the
/// editor can show it at its field.
@Suite("Findings name the editor's inputs", .timeLimit(.minutes(10)))
struct FindingFieldTests {
    static let frameworks = (try? FrameworkLibrary.builtIn().frameworks.map(\.id)) ?? []

    /// The `name` of every input, select and textarea of `html`.
    static func inputNames(_ html: String) -> Set<String> {
        Set(
            HTMLTokens(html).elements.filter { ["input", "select", "textarea"].contains($0.name) }
                .compactMap { $0.attribute("name") })
    }

    @Test(
        "on a new draft of each built-in framework, every finding's field is an input of the editor",
        arguments: frameworks)
    func newDraft(_ framework: String) async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given a new draft made as the filer makes it
            var filer = try await Browser.signedIn(app, as: "filer")
            let created = try await filer.post(
                "/evaluations",
                form: [
                    "framework": framework, "year": String(ReviewController.defaultYear), "unit": Fixtures.filerUnit,
                    "project": "字段测试项目",
                ])
            let location = try #require(created.headers.first(name: .location), "\(created.body.string.suffix(400))")
            let id = String(location.split(separator: "/").last ?? "")
            // when
            let stored = try await ReviewFixtures.find(app, id)
            let findings = try await app.frameworks.analyze(stored.evaluation).findings
            let html = try await filer.get(location).body.string
            // then
            let names = Self.inputNames(html)
            #expect(findings.count > 5)
            for finding in findings {
                let field = finding.location.field ?? "(none)"
                #expect(names.contains(field), "\(finding.rule) at \(field): \(finding.message)")
            }
        }
    }
}
