import JixiaoCore
import JixiaoStore
import Vapor

@testable import JixiaoWeb

/// Helpers of the review, publication and export tests.
enum ReviewFixtures {
    /// Puts evaluation `id` into `status` directly in the store (as if the steps before had happened).
    @discardableResult
    static func set(
        _ app: Application, _ id: String, status: EvaluationStatus,
        narrative marker: String? = nil
    ) async throws -> StoredEvaluation {
        let repository = FluentEvaluationRepository(database: app.db)
        guard let stored = try await repository.find(id: id) else { throw Abort(.notFound) }
        var e = stored.evaluation
        e.status = status
        if let marker { e.narrative.append(NarrativeSection(key: "marker", title: "标记", text: marker)) }
        return try await repository.update(
            id: id, expectedVersion: stored.version, evaluation: e,
            metrics: try await app.frameworks.analyze(e).metrics, by: "测试",
            changes: EvaluationDiff.changes(from: stored.evaluation, to: e))
    }

    static func find(_ app: Application, _ id: String) async throws -> StoredEvaluation {
        guard let stored = try await FluentEvaluationRepository(database: app.db).find(id: id) else { throw Abort(.notFound) }
        return stored
    }

    /// A browser holding an API token of `username`.
    static func api(_ app: Application, as username: String) async throws -> Browser {
        var browser = Browser(app: app)
        browser.bearer = try await Fixtures.token(app, for: username)
        return browser
    }

    /// Every route pattern of the table with `:id` replaced by `id`.
    static func path(_ rule: RouteRule, id: String) -> String {
        rule.url.path.replacingOccurrences(of: SiteURL.parameter, with: id)
    }
}
