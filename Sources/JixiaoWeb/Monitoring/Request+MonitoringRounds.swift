import JixiaoCore
import JixiaoStore
import Vapor

extension Request {
    /// The monitoring rounds and the monitoring dates of each year (`MonitoringRoundRepository`).
    var monitoringRounds: any MonitoringRoundRepository { FluentMonitoringRoundRepository(database: db) }
}
