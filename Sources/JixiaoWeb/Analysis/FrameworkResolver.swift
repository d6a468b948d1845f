import Fluent
import FluentSQL
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// THE place that finds a framework by id: the built-ins first, then the frameworks
/// administrators uploaded (in the database). Every page, the API, exports and the seed
/// score through here (Core's `Analyzer`, prepared once per framework version), so an
/// uploaded framework scores wherever a built-in does.
struct FrameworkResolver {
    let database: any Database
    let analyzers: any EvaluationAnalyzer
    /// Where the declarations of `analyze` are read (the request's hot-read database), if anywhere else.
    var reader: (any SQLDatabase)? = nil

    /// Every framework a new evaluation can use: built-ins, then uploaded ones by id.
    func choices() async throws -> [FrameworkChoice] {
        let builtIn = analyzers.builtIns.map { FrameworkChoice(id: $0.id, title: $0.title, kind: $0.kind) }
        let uploaded = try await FluentFrameworkRepository(database: database).all().map {
            FrameworkChoice(id: $0.frameworkID, title: $0.title, kind: $0.kind, builtIn: false)
        }
        return builtIn + uploaded
    }

    /// The framework with `id`, or nil when there is none.
    func framework(id: String) async throws -> Framework? { try await analyzer(id: id)?.framework }

    func builtIn(id: String) -> Framework? { analyzers.builtIn(id: id)?.framework }

    /// The prepared analyzer of framework `id`, nil when there is none: a built-in's, or
    /// an uploaded one's after one read of its row, decoded only when its version (stored
    /// version and upload time: a framework deleted and uploaded again restarts at 1) has
    /// not been prepared yet.
    func analyzer(id: String) async throws -> Analyzer? {
        if let builtIn = analyzers.builtIn(id: id) { return builtIn }
        guard let stored = try await FluentFrameworkRepository(database: database).find(id: id) else { return nil }
        let key = AnalyzerCache.Key(id: id, version: "\(stored.version)@\(stored.uploadedAt.timeIntervalSince1970)")
        return try? analyzers.uploaded(key) {
            try JSONDecoder().decode(Framework.self, from: Data(stored.document.utf8))
        }
    }

    /// Checks `evaluation` and scores it on its framework (found once); its targets are checked
    /// against the accepted declaration of its unit and year too (`DeclaredTargets`).
    func analyze(_ evaluation: Evaluation) async throws -> EvaluationAnalysis {
        let analysis = analyzers.analyze(evaluation, with: try await analyzer(id: evaluation.frameworkID))
        return try await DeclaredTargets(declarations: FluentDeclarationRepository(database: database, reader: reader))
            .checked(analysis)
    }

    /// Checks `evaluation` and scores it with `analyzer` found before (nil: checks only).
    func analyze(_ evaluation: Evaluation, with analyzer: Analyzer?) -> EvaluationAnalysis {
        analyzers.analyze(evaluation, with: analyzer)
    }

    /// Analyses many evaluations, finding each framework once.
    func analyze(all evaluations: [Evaluation]) async throws -> [EvaluationAnalysis] {
        var found: [String: Analyzer?] = [:]
        var out: [EvaluationAnalysis] = []
        for evaluation in evaluations {
            if found[evaluation.frameworkID] == nil {
                found[evaluation.frameworkID] = .some(try await analyzer(id: evaluation.frameworkID))
            }
            out.append(analyzers.analyze(evaluation, with: found[evaluation.frameworkID] ?? nil))
        }
        return out
    }
}

extension Request {
    /// The framework resolver on this request's database.
    var frameworks: FrameworkResolver {
        FrameworkResolver(database: db, analyzers: application.services.analyzer, reader: reader)
    }
}

extension Application {
    /// The framework resolver on the app's database (seeding, tools).
    var frameworks: FrameworkResolver { FrameworkResolver(database: db, analyzers: services.analyzer) }
}
