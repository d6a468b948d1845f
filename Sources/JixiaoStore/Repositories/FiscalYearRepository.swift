import FluentKit
import Foundation
import JixiaoCore

/// The fiscal years: which are open for filing and their default frameworks.
public struct FiscalYearRepository: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    /// Every year, newest first.
    public func all() async throws -> [FiscalYear] {
        try await FiscalYearRecord.query(on: database).sort(\.$year, .descending).all().map(\.fiscalYear)
    }

    public func find(_ year: Int) async throws -> FiscalYear? {
        try await FiscalYearRecord.query(on: database).filter(\.$year == year).first()?.fiscalYear
    }

    /// Adds `value` or replaces the row of its year.
    public func save(_ value: FiscalYear, by user: String, at date: Date = Date()) async throws {
        let record = try await FiscalYearRecord.query(on: database).filter(\.$year == value.year).first()
            ?? FiscalYearRecord()
        record.set(value, by: user, at: date)
        try await record.save(on: database)
    }

    /// The years whose default (of any kind) is framework `id`.
    public func years(defaulting id: String) async throws -> [Int] {
        try await FiscalYearRecord.query(on: database)
            .group(.or) { $0.filter(\.$defaultDepartment == id).filter(\.$defaultProject == id) }
            .sort(\.$year).all().map(\.year)
    }
}
