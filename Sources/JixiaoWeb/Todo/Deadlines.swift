import Foundation
import JixiaoCore

/// The fiscal years' filing deadlines as the pages use them: which years are past their
/// deadline today (UTC+8, the day the users live in), read from the database each request.
struct Deadlines: Sendable {
    /// Year → its deadline, for the years that have one.
    var byYear: [Int: CalendarDate]
    var today: CalendarDate

    init(years: [FiscalYear], today: CalendarDate = Deadlines.today()) {
        byYear = Dictionary(years.compactMap { y in y.deadline.map { (y.year, $0) } }, uniquingKeysWith: { a, _ in a })
        self.today = today
    }

    /// True when an evaluation of `year` in `status` is overdue (逾期).
    func isOverdue(year: Int, _ status: EvaluationStatus) -> Bool {
        guard let deadline = byYear[year] else { return false }
        return FiscalYear(year: year, deadline: deadline).isOverdue(status, on: today)
    }

    /// The years whose deadline has passed.
    var pastYears: Set<Int> { Set(byYear.filter { today > $0.value }.keys) }

    /// How many of `counts` are overdue.
    func overdueCount(_ counts: [StatusCount]) -> Int {
        counts.filter { isOverdue(year: $0.fiscalYear, $0.status) }.reduce(0) { $0 + $1.count }
    }

    /// Today's date in UTC+8.
    static func today(_ now: Date = Date()) -> CalendarDate {
        let (y, m, d) = DateText.civil(fromDays: (Int(now.timeIntervalSince1970) + 8 * 3600) / 86400)
        return CalendarDate(year: y, month: m, day: d)
    }
}
