import FluentKit
import Foundation
import JixiaoCore

/// A row of `year_settings`: one fiscal year's monitoring thresholds and result-use rules.
public final class YearSettingsRecord: Model, @unchecked Sendable {
    public static let schema = "year_settings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "fiscal_year") public var fiscalYear: Int
    /// `MonitoringThresholds` as JSON.
    @Field(key: "thresholds") public var thresholds: String
    /// `ResultUseRules` as JSON (`{"优": "优先保障", …}`).
    @Field(key: "result_rules") public var resultRules: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    /// The Core value of this row. A part that no longer reads (a hand-edited row) falls back
    /// to its default rather than failing every page of the year; a saved value was checked.
    public var settings: YearSettings {
        let decoder = JSONDecoder()
        let thresholds =
            (try? decoder.decode(MonitoringThresholds.self, from: Data(self.thresholds.utf8)))
            .flatMap { $0.problems.isEmpty ? $0 : nil } ?? .defaults(fiscalYear: fiscalYear)
        let rules = (try? decoder.decode(ResultUseRules.self, from: Data(resultRules.utf8))) ?? .standard
        return YearSettings(year: fiscalYear, thresholds: thresholds, resultRules: rules)
    }

    /// Copies `value` into the row.
    func set(_ value: YearSettings, by user: String, at date: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        fiscalYear = value.year
        thresholds = String(decoding: try encoder.encode(value.thresholds), as: UTF8.self)
        resultRules = String(decoding: try encoder.encode(value.resultRules), as: UTF8.self)
        updatedBy = user
        updatedAt = date
    }
}
