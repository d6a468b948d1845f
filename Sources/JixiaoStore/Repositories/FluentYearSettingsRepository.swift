import FluentKit
import Foundation
import JixiaoCore

/// The per-year monitoring thresholds and result-use rules on Fluent (`year_settings`).
public struct FluentYearSettingsRepository: YearSettingsRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public func stored(_ year: Int) async throws -> YearSettings? {
        try await YearSettingsRecord.query(on: database).filter(\.$fiscalYear == year).first()?.settings
    }

    public func all() async throws -> [YearSettings] {
        try await YearSettingsRecord.query(on: database).sort(\.$fiscalYear).all().map(\.settings)
    }

    public func save(_ value: YearSettings, by user: String, log: AdminLogEntry?) async throws {
        try await database.writeTransaction { db in
            let record =
                try await YearSettingsRecord.query(on: db).filter(\.$fiscalYear == value.year).first()
                ?? YearSettingsRecord()
            try record.set(value, by: user, at: Date())
            try await record.save(on: db)
            if let log { try await FluentAdminLog(database: db).record(log) }
        }
    }
}
