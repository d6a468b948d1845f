import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Fills the database with many evaluations for the load test (`jixiao web-seed`).
public enum LoadSeed {
    /// Evaluations written per transaction (multi-row INSERTs inside).
    static let batch = 2_000

    /// Adds `count` evaluations spread over the units, years and statuses: over the demo
    /// units, or over `units` load units (负载测试单位 N, created when missing).
    public static func run(
        count: Int, units unitCount: Int? = nil,
        settings: AppSettings = .fromEnvironment()
    ) async throws {
        var env = Environment(name: "production", arguments: ["jixiao"])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, settings: settings)
            let start = Date()
            try await seed(app, count: count, units: unitCount) { written in
                print("已写入 \(written) 条，用时 \(String(format: "%.1f", Date().timeIntervalSince(start))) 秒")
            }
            print("已写入 \(count) 条评价，用时 \(String(format: "%.1f", Date().timeIntervalSince(start))) 秒")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Writes `count` evaluations in batches; `progress` after every 50,000.
    static func seed(
        _ app: Application, count: Int, units unitCount: Int?,
        progress: (Int) -> Void = { _ in }
    ) async throws {
        let units = try await loadUnits(app, count: unitCount)
        guard !units.isEmpty else { return }
        // Project names continue after what is there, so a second run adds rather than collides.
        let offset = try await EvaluationRecord.query(on: app.db).count()
        let repository = FluentEvaluationRepository(database: app.db)
        // Metrics depend on figures, year and status, which repeat every 600 evaluations;
        // unit and project name do not change them.
        var metrics: [Int: EvaluationMetrics] = [:]
        var done = 0
        while done < count {
            var items: [NewEvaluation] = []
            for i in done..<min(done + batch, count) {
                let e = evaluation(i, offset: offset, units: units)
                if metrics[i % 600] == nil { metrics[i % 600] = try await app.frameworks.analyze(e).metrics }
                items.append(NewEvaluation(evaluation: e, metrics: metrics[i % 600]!))
            }
            try await repository.createMany(items, by: "负载测试")
            done += items.count
            if done % 50_000 == 0 { progress(done) }
        }
    }

    /// The i-th load evaluation: a project of its own (one evaluation per unit, year, kind and
    /// project, migration 017).
    static func evaluation(_ i: Int, offset: Int, units: [JixiaoCore.Unit]) -> Evaluation {
        let statuses = EvaluationStatus.allCases
        var e = Evaluation(
            kind: .project, unit: units[i % units.count],
            fiscalYear: 2018 + i % 8, frameworkID: "mof-2020-project",
            status: statuses[i % statuses.count],
            project: ProjectInfo(name: "负载测试项目 \(offset + i + 1)"))
        e.figures["expenditureTotal"] = ExactDecimal(500 + i % 300)
        e.figures["basicExpenditure"] = ExactDecimal(400)
        e.figures["projectExpenditure"] = ExactDecimal(100 + i % 300)
        return e
    }

    /// The demo units (without finance), or `count` load units, created when missing.
    static func loadUnits(_ app: Application, count: Int?) async throws -> [JixiaoCore.Unit] {
        let accounts = FluentAccountRepository(database: app.db)
        guard let count else { return try await accounts.units().filter { $0.code != "finance" } }
        let wanted = (1...max(count, 1)).map { n in
            JixiaoCore.Unit(name: "负载测试单位 \(n)", code: String(format: "load-%05d", n), region: "负载测试")
        }
        let existing = Set(try await accounts.units().compactMap(\.code))
        try await app.db.writeTransaction { db in
            for unit in wanted where !existing.contains(unit.code!) {
                try await FluentAccountRepository(database: db).create(unit, code: unit.code!)
            }
        }
        return wanted
    }
}
