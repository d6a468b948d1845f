import Foundation
import JixiaoCore

/// The machine-readable result of scoring one evaluation (`jixiao score --format json`,
/// the web API). Numbers are decimal strings; absent values are left out, never 0.
public struct ScoreReport: Codable, Sendable, Hashable {
    /// The input file, when the evaluation came from one.
    public var file: String?
    public var framework: FrameworkRef
    public var unit: String
    public var fiscalYear: Int
    /// Total after rounding (and rescaling when indicators were excluded).
    public var total: ExactDecimal
    public var maxTotal: ExactDecimal
    /// 优 / 良 / 中 / 差, from the unrounded total.
    public var grade: String
    /// The total the unit states, when it states one.
    public var statedTotal: ExactDecimal?
    /// Ids of indicators excluded as not applicable.
    public var excluded: [String]
    /// Every heading (一级, 二级) with its total.
    public var headings: [HeadingScore]
    /// Every leaf with its score and explanation.
    public var indicators: [LeafScore]
    /// The formulas computed from the figures.
    public var computed: [ComputedEntry]
    public var findings: [FindingEntry]
    public var summary: Summary

    public struct FrameworkRef: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
    }

    public struct HeadingScore: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var level: Int
        public var max: ExactDecimal
        public var score: ExactDecimal?
    }

    public struct LeafScore: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        /// Names of the headings above it, top first.
        public var path: [String]
        public var max: ExactDecimal
        public var score: ExactDecimal?
        public var selfScore: ExactDecimal?
        public var rule: String?
        public var value: ExactDecimal?
        public var explanation: String
        public var deviationNote: String?
        public var notApplicable: Bool
    }

    public struct ComputedEntry: Codable, Sendable, Hashable {
        public var name: String
        public var formula: String
        public var value: ExactDecimal?
        public var inputs: [String: ExactDecimal]
        public var reason: String?
    }

    /// A finding shaped as in `check-json.md`: rule, severity, message, line and/or field.
    public struct FindingEntry: Codable, Sendable, Hashable {
        public var rule: String
        public var severity: Severity
        public var message: String
        public var line: Int?
        public var field: String?
    }

    public struct Summary: Codable, Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    /// True when a finding is an error (the CLI exits 1).
    public var hasErrors: Bool { summary.errors > 0 }
}
