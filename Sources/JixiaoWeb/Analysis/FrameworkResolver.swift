import Fluent
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// THE place that finds a framework by id: the built-ins first, then the frameworks
/// administrators uploaded (in the database). Every page, the API, exports and the seed
/// score through here, so an uploaded framework scores wherever a built-in does.
struct FrameworkResolver {
    let database: any Database
    let analyzer: any EvaluationAnalyzer

    /// Every framework a new evaluation can use: built-ins, then uploaded ones by id.
    func choices() async throws -> [FrameworkChoice] {
        let builtIn = analyzer.builtIns.map { FrameworkChoice(id: $0.id, title: $0.title, kind: $0.kind) }
        let uploaded = try await FrameworkRepository(database: database).all().map {
            FrameworkChoice(id: $0.frameworkID, title: $0.title, kind: $0.kind, builtIn: false)
        }
        return builtIn + uploaded
    }

    /// The framework with `id`, or nil when there is none.
    func framework(id: String) async throws -> Framework? {
        if let builtIn = builtIn(id: id) { return builtIn }
        guard let stored = try await FrameworkRepository(database: database).find(id: id) else { return nil }
        return try? JSONDecoder().decode(Framework.self, from: Data(stored.document.utf8))
    }

    func builtIn(id: String) -> Framework? { analyzer.builtIns.first { $0.id == id } }

    /// Checks `evaluation` and scores it on its framework.
    func analyze(_ evaluation: Evaluation) async throws -> EvaluationAnalysis {
        analyzer.analyze(evaluation, framework: try await framework(id: evaluation.frameworkID))
    }

    /// Analyses many evaluations, reading each framework once.
    func analyze(all evaluations: [Evaluation]) async throws -> [EvaluationAnalysis] {
        var frameworks: [String: Framework?] = [:]
        var out: [EvaluationAnalysis] = []
        for evaluation in evaluations {
            if frameworks[evaluation.frameworkID] == nil {
                frameworks[evaluation.frameworkID] = .some(try await framework(id: evaluation.frameworkID))
            }
            out.append(analyzer.analyze(evaluation, framework: frameworks[evaluation.frameworkID] ?? nil))
        }
        return out
    }
}

extension Request {
    /// The framework resolver on this request's database.
    var frameworks: FrameworkResolver { FrameworkResolver(database: db, analyzer: application.services.analyzer) }
}

extension Application {
    /// The framework resolver on the app's database (seeding, tools).
    var frameworks: FrameworkResolver { FrameworkResolver(database: db, analyzer: services.analyzer) }
}
