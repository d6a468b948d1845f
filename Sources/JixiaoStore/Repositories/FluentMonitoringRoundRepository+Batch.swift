import FluentKit
import Foundation
import JixiaoCore

extension FluentMonitoringRoundRepository {
    /// Every update through the one versioned save, inside one transaction: the first conflict
    /// rolls all of them back. Fluent's own transaction, so the nested saves see it and join it
    /// (`writeTransaction` on SQLite opens its transaction by SQL, which a nested save would wait on).
    public func updateAll(_ updates: [MonitoringRoundUpdate], by user: String) async throws -> [StoredMonitoringRound] {
        try await database.transaction { db in
            let inside = FluentMonitoringRoundRepository(database: db)
            var saved: [StoredMonitoringRound] = []
            for update in updates {
                saved.append(
                    try await inside.update(
                        id: update.id, expectedVersion: update.expectedVersion, state: update.state, by: user, changes: update.changes))
            }
            return saved
        }
    }
}
