import Foundation
import JixiaoCore
import JixiaoStore
import NIOConcurrencyHelpers
import Vapor

/// Sends the 填报截止日期 reminders due on a day (`DeadlineReminder` holds the rules): for every
/// year whose deadline is a threshold away, every evaluation still owed (草稿, 退回) gets a
/// message to its unit's filers (`DeadlineReminder.recipients`), once per evaluation, deadline and threshold — the message rows'
/// ids are made from that key, so a second run (the next hour, another app process at the same
/// moment) writes nothing. `jixiao serve` runs it at start and every hour (`Schedule`).
struct DeadlineReminders {
    let evaluations: any EvaluationRepository
    let fiscalYears: any FiscalYearRepository
    let notices: any NoticeRepository
    /// Evaluations read per query.
    static let pageSize = 200

    init(_ app: Application) {
        evaluations = FluentEvaluationRepository(database: app.db, reader: nil)
        fiscalYears = FluentFiscalYearRepository(database: app.db)
        notices = FluentNoticeRepository(database: app.db)
    }

    /// Sends what is due on `today` (UTC+8); returns how many messages this run wrote.
    @discardableResult
    func run(today: CalendarDate, at now: Date) async throws -> Int {
        var written = 0
        for year in try await fiscalYears.all() {
            guard let deadline = year.deadline else { continue }
            let left = DeadlineReminder.daysLeft(from: today, to: deadline)
            guard let threshold = DeadlineReminder.threshold(daysLeft: left) else { continue }
            for status in FiscalYear.owedStatuses.sorted(by: { $0.rawValue < $1.rawValue }) {
                var after: String? = nil
                repeat {
                    let page = try await evaluations.list(
                        EvaluationFilter(
                            fiscalYear: year.year, status: status,
                            limit: Self.pageSize, after: after))
                    for row in page where DeadlineReminder.isOwed(row.status) {
                        let message = DeadlineReminder.message(
                            unitName: row.unitName, fiscalYear: row.fiscalYear,
                            title: row.title, deadline: deadline, daysLeft: left)
                        written += try await notices.sendOnce(
                            message, about: row.id, toUnit: row.unitCode, roles: DeadlineReminder.recipients,
                            key: DeadlineReminder.key(evaluationID: row.id, deadline: deadline, threshold: threshold), at: now)
                    }
                    after = page.count == Self.pageSize ? page.last?.id : nil
                } while after != nil
            }
        }
        return written
    }

    /// Runs the reminders when the server has started and then every hour until it stops.
    final class Schedule: LifecycleHandler {
        private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
        static let interval: Duration = .seconds(3600)

        func didBootAsync(_ app: Application) async throws {
            let running = Task {
                while !Task.isCancelled {
                    do {
                        let written = try await DeadlineReminders(app).run(today: Deadlines.today(), at: Date())
                        if written > 0 { app.logger.notice("已发送填报截止提醒 \(written) 条") }
                    } catch {
                        app.logger.error("填报截止提醒未能发送：\(String(describing: error))")
                    }
                    try? await Task.sleep(for: Self.interval)
                }
            }
            task.withLockedValue { $0 = running }
        }

        func shutdownAsync(_ app: Application) async {
            // Waited for: a run still writing when the databases close would trap on `app.db`.
            let running = task.withLockedValue { $0 }
            running?.cancel()
            await running?.value
        }
    }
}
