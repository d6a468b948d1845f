import JixiaoCore
import JixiaoStore
import Vapor

extension Request {
    /// The per-year monitoring thresholds and result-use rules (`thresholds(for:)`, `settings(for:)`).
    var yearSettings: any YearSettingsRepository { FluentYearSettingsRepository(database: db) }
}
