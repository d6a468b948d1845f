/// Where the per-year monitoring thresholds and result-use rules live
/// (`FluentYearSettingsRepository`, migration 027). A year nobody set uses the defaults.
public protocol YearSettingsRepository: Sendable {
    /// The settings an administrator saved for `year`; nil when none were saved.
    func stored(_ year: Int) async throws -> YearSettings?
    /// Every saved year's settings, by year.
    func all() async throws -> [YearSettings]
    /// Adds or replaces the settings of `value.year`, as changed by `user`; `log`, when given,
    /// is written to the administration log in the same transaction.
    func save(_ value: YearSettings, by user: String, log: AdminLogEntry?) async throws
}

extension YearSettingsRepository {
    /// The settings of `year`: the saved ones, else the defaults.
    public func settings(for year: Int) async throws -> YearSettings {
        try await stored(year) ?? .defaults(year: year)
    }

    /// The monitoring thresholds of `year` (saved, else cycle.md's table): what the round
    /// pages, the API and the dashboard light rounds with.
    public func thresholds(for year: Int) async throws -> MonitoringThresholds {
        try await settings(for: year).thresholds
    }

    /// The result-use rules of `year` (saved, else the defaults).
    public func resultRules(for year: Int) async throws -> ResultUseRules {
        try await settings(for: year).resultRules
    }
}
