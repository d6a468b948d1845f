import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Mobile numbers on public pages", .timeLimit(.minutes(10)))
struct PhoneMaskTests {
    @Test(
        "mobile numbers are masked as 137****1687; landlines and other text are kept",
        arguments: [
            ("13712341687", "137****1687"),
            ("137-1234-1687", "137-****-1687"),
            ("137 1234 1687", "137 **** 1687"),
            ("+86 13712341687", "+86 137****1687"),
            ("张三 13712341687；0751-2345678", "张三 137****1687；0751-2345678"),
            ("0751-2345678", "0751-2345678"),
            ("137123416870", "137123416870"),
            ("", ""),
            (HostileText.text, HostileText.text),
        ])
    func mask(_ input: String, _ expected: String) {
        #expect(PhoneMask.mask(input) == expected)
    }

    @Test(
        "the public report and its downloads mask the filer's mobile number unless the administrator shows it",
        arguments: [TestDatabase.sqlite])
    func publicReport(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a published evaluation with a mobile number
            let id = try await Fixtures.completeEvaluationID(app)
            let repository = FluentEvaluationRepository(database: app.db)
            let stored = try await ReviewFixtures.find(app, id)
            var e = stored.evaluation
            e.filing.phone = "13712341687"
            e.status = .published
            _ = try await repository.update(
                id: id, expectedVersion: stored.version, evaluation: e,
                metrics: try await app.frameworks.analyze(e).metrics, by: "测试", changes: [])
            var anonymous = Browser(app: app)
            // when
            let masked = try await anonymous.get("/public/\(id)").body.string
            app.services.settings.publicPhones = true
            let shown = try await anonymous.get("/public/\(id)").body.string
            // then
            #expect(masked.contains("137****1687"))
            #expect(!masked.contains("13712341687"))
            #expect(shown.contains("13712341687"))
            // the signed-in editor still sees the whole number
            var filer = try await Browser.signedIn(app, as: "filer")
            app.services.settings.publicPhones = false
            #expect(try await filer.get("/evaluations/\(id)").body.string.contains("13712341687"))
        }
    }
}
