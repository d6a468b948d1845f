import Foundation
import JixiaoCore

/// The machine-readable result of one monitoring round (`jixiao monitor --format json`),
/// exactly the shape of cycle.md §3: percentages as two-place half-up decimal strings,
/// lights as green / yellow / red / blue; a value that cannot be computed is left out.
public struct MonitoringReport: Codable, Sendable, Hashable {
    /// The input file; only set when several rounds are printed together.
    public var file: String?
    public var asOf: String
    public var months: Int
    public var budget: BudgetEntry
    public var targets: [TargetEntry]
    public var overall: Light?
    public var findings: [FindingEntry]

    public struct BudgetEntry: Codable, Sendable, Hashable {
        /// 执行率 in percent.
        public var rate: String?
        /// v = 执行率 ÷ 时间进度, in percent.
        public var ratio: String?
        public var light: Light?
    }

    public struct TargetEntry: Codable, Sendable, Hashable {
        public var name: String
        public var ratio: String?
        public var light: Light?
    }

    public struct FindingEntry: Codable, Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var message: String
        public var field: String?
    }

    /// Shapes `result` of `round` for output.
    public init(round: MonitoringRound, result: MonitoringResult, file: String? = nil) {
        self.file = file
        asOf = round.asOf.iso
        months = result.months
        budget = BudgetEntry(
            rate: result.budget.rate.map(Self.percent), ratio: result.budget.ratio.map(Self.percent),
            light: result.budget.light)
        targets = result.targets.map { TargetEntry(name: $0.name, ratio: $0.ratio.map(Self.percent), light: $0.light) }
        overall = result.overall
        findings = result.findings.map {
            FindingEntry(rule: $0.rule, severity: $0.severity, message: $0.message, field: $0.location.field)
        }
    }

    static func percent(_ value: ExactDecimal) -> String { value.formatted(places: 2) }

    /// True when a finding is an error (the CLI exits 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The JSON of one round (keys sorted, so the output is stable).
    public func json() throws -> String { try Self.encode(self) }

    /// The JSON of several rounds: `{"rounds": [...], "summary": {"files", "errors", "warnings"}}`.
    public static func json(_ reports: [MonitoringReport]) throws -> String {
        let all = reports.flatMap(\.findings)
        return try encode(
            Batch(
                rounds: reports,
                summary: .init(
                    files: reports.count,
                    errors: all.filter { $0.severity == .error }.count,
                    warnings: all.filter { $0.severity == .warning }.count)))
    }

    private struct Batch: Encodable {
        struct Summary: Encodable { var files: Int; var errors: Int; var warnings: Int }
        var rounds: [MonitoringReport]
        var summary: Summary
    }

    private static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
