import FluentKit
import Foundation
import JixiaoCore

extension FluentMonitoringRoundRepository {
    /// Every update through the one versioned save, inside one write transaction: the first
    /// conflict rolls all of them back. The nested saves join it (`writeTransaction`), so on
    /// SQLite the batch holds the write gate like any other save and concurrent saves wait for
    /// it instead of meeting a locked database.
    public func updateAll(_ updates: [MonitoringRoundUpdate], by user: String) async throws -> [StoredMonitoringRound] {
        try await database.writeTransaction { db in
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
