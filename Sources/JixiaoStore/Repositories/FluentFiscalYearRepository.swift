import FluentKit
import Foundation
import JixiaoCore

/// The fiscal years on Fluent (`fiscal_years`): which are open for filing and their default frameworks.
public struct FluentFiscalYearRepository: FiscalYearRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func all() async throws -> [FiscalYear] {
        try await FiscalYearRecord.query(on: database).sort(\.$year, .descending).all().map(\.fiscalYear)
    }

    public func find(_ year: Int) async throws -> FiscalYear? {
        try await FiscalYearRecord.query(on: database).filter(\.$year == year).first()?.fiscalYear
    }

    public func save(_ value: FiscalYear, by user: String, log: AdminLogEntry?) async throws {
        try await database.transaction { db in
            let record =
                try await FiscalYearRecord.query(on: db).filter(\.$year == value.year).first()
                ?? FiscalYearRecord()
            record.set(value, by: user, at: Date())
            try await record.save(on: db)
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }

    public func years(defaulting id: String) async throws -> [Int] {
        try await FiscalYearRecord.query(on: database)
            .group(.or) { $0.filter(\.$defaultDepartment == id).filter(\.$defaultProject == id) }
            .sort(\.$year).all().map(\.year)
    }
}
