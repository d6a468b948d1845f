import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Fills the database with many evaluations for the load test (`jixiao web-seed`).
public enum LoadSeed {
    /// Adds `count` evaluations spread over the demo units, years and statuses.
    public static func run(count: Int, settings: AppSettings = .fromEnvironment()) async throws {
        var env = Environment(name: "production", arguments: ["jixiao"])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, settings: settings)
            let units = try await AccountRepository(database: app.db).units().filter { $0.code != "finance" }
            let statuses = EvaluationStatus.allCases
            let start = Date()
            try await app.db.transaction { db in
                let repository = FluentEvaluationRepository(database: db)
                for i in 0..<count {
                    // Project evaluations, each its own project: one unit has one evaluation per
                    // year and kind and project (migration 017).
                    var e = Evaluation(kind: .project, unit: units[i % max(units.count, 1)],
                                       fiscalYear: 2018 + i % 8, frameworkID: "mof-2020-project",
                                       status: statuses[i % statuses.count],
                                       project: ProjectInfo(name: "负载测试项目 \(i + 1)"))
                    e.figures["expenditureTotal"] = ExactDecimal(500 + i % 300)
                    e.figures["basicExpenditure"] = ExactDecimal(400)
                    e.figures["projectExpenditure"] = ExactDecimal(100 + i % 300)
                    _ = try await repository.create(e, metrics: try await app.frameworks.analyze(e).metrics, by: "负载测试")
                }
            }
            print("已写入 \(count) 条评价，用时 \(String(format: "%.1f", Date().timeIntervalSince(start))) 秒")
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
