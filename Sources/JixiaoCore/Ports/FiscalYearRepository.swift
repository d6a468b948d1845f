/// Where the fiscal years live (implemented on Fluent in JixiaoStore).
public protocol FiscalYearRepository: Sendable {
    /// Every year, newest first.
    func all() async throws -> [FiscalYear]
    func find(_ year: Int) async throws -> FiscalYear?
    /// Adds `value` or replaces the row of its year, as changed by `user`; `log`, when given,
    /// is written to the administration log in the same transaction.
    func save(_ value: FiscalYear, by user: String, log: AdminLogEntry?) async throws
    /// The years whose default (of any kind) is framework `id`, oldest first.
    func years(defaulting id: String) async throws -> [Int]
}

extension FiscalYearRepository {
    /// Saves `value` without an administration log entry (the demo seed).
    public func save(_ value: FiscalYear, by user: String) async throws {
        try await save(value, by: user, log: nil)
    }
}
