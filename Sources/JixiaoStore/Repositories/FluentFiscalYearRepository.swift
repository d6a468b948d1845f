import FluentKit
import FluentSQL
import Foundation
import JixiaoCore

/// The fiscal years on Fluent (`fiscal_years`): which are open for filing and their default frameworks.
public struct FluentFiscalYearRepository: FiscalYearRepository {
    let database: any Database
    /// The hot reads' database (`Request.reader`), if any: `all()` runs on every list page.
    let reader: (any SQLDatabase)?

    public init(database: any Database, reader: (any SQLDatabase)? = nil) {
        self.database = database
        self.reader = reader
    }

    public func all() async throws -> [FiscalYear] {
        // Plain SQL on the reader: Fluent's model query reflects over the record's properties on
        // every call, which cost more than the read (a few rows).
        guard let sql = reader else {
            return try await FiscalYearRecord.query(on: database).sort(\.$year, .descending).all().map(\.fiscalYear)
        }
        let rows = try await sql.select()
            .columns("year", "is_open", "default_department", "default_project", "deadline")
            .from(FiscalYearRecord.schema).orderBy("year", .descending).all()
        return try rows.map { row in
            func text(_ column: String) throws -> String? {
                try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
            }
            return FiscalYearRecord.fiscalYear(
                year: try row.decode(column: "year", as: Int.self), isOpen: try row.decode(column: "is_open", as: Bool.self),
                defaultDepartment: try text("default_department"), defaultProject: try text("default_project"),
                deadline: try text("deadline"))
        }
    }

    public func find(_ year: Int) async throws -> FiscalYear? {
        try await FiscalYearRecord.query(on: database).filter(\.$year == year).first()?.fiscalYear
    }

    public func save(_ value: FiscalYear, by user: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
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
