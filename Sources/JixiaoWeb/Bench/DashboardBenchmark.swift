import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Seeds `units` units with a department-wide evaluation for two years into a fresh
/// SQLite file and times building and rendering the dashboard (`jixiao bench dashboard`).
public enum DashboardBenchmark {
    /// Timings in milliseconds of each run, and the size of the page.
    public struct Result: Sendable {
        public var units: Int
        public var seedSeconds: Double
        public var runs: [Double]
        /// The two queries alone, per run.
        public var queryRuns: [Double]
        public var pageBytes: Int
        public var svgCharts: Int

        public var median: Double { Self.median(runs) }
        public var queryMedian: Double { Self.median(queryRuns) }

        static func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }
        public var fastest: Double { runs.min() ?? 0 }
        public var slowest: Double { runs.max() ?? 0 }
    }

    public static func run(units: Int, iterations: Int, year: Int = 2023) async throws -> Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-bench-\(UUID().uuidString).sqlite").path
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            try await configure(app, settings: AppSettings(database: .sqlite(path: path), seedDemo: false, bcryptCost: 4))
            let clock = ContinuousClock()
            let seeding = try await clock.measure { try await seed(app.db, units: units, years: [year - 1, year]) }
            let query = DashboardQuery(database: app.db)
            let user = UserAccount(id: UUID(), username: "bench", displayName: "基准", role: .reviewer, unitCode: "finance")
            var runs: [Double] = [], queries: [Double] = [], bytes = 0, charts = 0
            for _ in 0..<max(iterations, 1) {
                var html = ""
                var queried = Duration.zero
                let elapsed = try await clock.measure {
                    let start = clock.now
                    let model = try await DashboardController.model(query, year: year)
                    queried = clock.now - start
                    html = DashboardPage.render(model, user: user, csrf: "x").render()
                }
                runs.append(milliseconds(elapsed))
                queries.append(milliseconds(queried))
                bytes = html.utf8.count
                charts = html.components(separatedBy: "<svg").count - 1
            }
            try await app.asyncShutdown()
            return Result(
                units: units, seedSeconds: milliseconds(seeding) / 1000, runs: runs, queryRuns: queries,
                pageBytes: bytes, svgCharts: charts)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    /// Deterministic evaluations: totals, self-scores, budgets and findings spread over the units.
    static func seed(_ db: any Database, units: Int, years: [Int]) async throws {
        let repository = FluentEvaluationRepository(database: db)
        for index in 0..<units {
            let unit = JixiaoCore.Unit(name: "基准单位\(index + 1)", code: String(format: "bench-%04d", index + 1))
            for year in years {
                let total = ExactDecimal(significand: Int128(5500 + (index * 37 + year) % 4500), decimalPlaces: 2)
                let stated = total + ExactDecimal(significand: Int128((index * 13) % 900), decimalPlaces: 2)
                var evaluation = Evaluation(
                    kind: .departmentWide, unit: unit, fiscalYear: year, frameworkID: "bench",
                    status: EvaluationStatus.allCases[index % EvaluationStatus.allCases.count],
                    statedTotal: stated)
                evaluation.figures["budgetAdjusted"] = ExactDecimal(1000 + index)
                evaluation.figures["budgetExecuted"] = ExactDecimal(800 + (index * 7) % 300)
                let metrics = EvaluationMetrics(
                    total: total, grade: Grade(total: total),
                    errorCount: index % 5, warningCount: index % 3)
                _ = try await repository.create(evaluation, metrics: metrics, by: "基准")
            }
        }
    }
}
