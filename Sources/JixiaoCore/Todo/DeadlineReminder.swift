/// Reminders of a fiscal year's 填报截止日期 (issue 15), as data: on which days before it the
/// filers of a unit whose evaluation is not yet submitted hear of it, and what they read.
public enum DeadlineReminder {
    /// Days before the deadline on which a reminder is due.
    public static let daysBefore: [Int] = [7, 1]
    /// Who of the unit is reminded: those who file.
    public static let recipients: Set<Role> = [.filer]

    /// The reminder due `daysLeft` days before the deadline: the nearest threshold not yet
    /// passed (7 from 7 days to 2 days before, 1 on the day before and on the day itself), so a
    /// server that was down on the day still sends it, and one run never sends two. Nil when
    /// none is due (further away than every threshold, or past the deadline: then it is 逾期).
    public static func threshold(daysLeft: Int, thresholds: [Int] = daysBefore) -> Int? {
        guard daysLeft >= 0 else { return nil }
        return thresholds.filter { $0 >= daysLeft }.min()
    }

    /// Whole days from `today` to `deadline` (0 on the day itself, negative after it).
    public static func daysLeft(from today: CalendarDate, to deadline: CalendarDate) -> Int {
        deadline.dayNumber - today.dayNumber
    }

    /// True when an evaluation in `status` is still owed (草稿 or 退回), so its unit is reminded.
    public static func isOwed(_ status: EvaluationStatus) -> Bool { FiscalYear.owedStatuses.contains(status) }

    /// What the unit reads: which evaluation, the deadline and how many days are left.
    public static func message(
        unitName: String, fiscalYear: Int, title: String, deadline: CalendarDate,
        daysLeft: Int
    ) -> String {
        let when = daysLeft == 0 ? "今天截止" : "还有 \(daysLeft) 天"
        return "\(unitName) \(fiscalYear)年度\(title)尚未提交：填报截止日期为 \(deadline.chinese)（\(when)），请及时填报并提交审核。"
    }

    /// What makes a reminder once-only: the evaluation, the deadline it counts to and the
    /// threshold (a deadline moved later is reminded of again).
    public static func key(evaluationID: String, deadline: CalendarDate, threshold: Int) -> String {
        "deadline-reminder|\(evaluationID)|\(deadline.iso)|\(threshold)"
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian), for counting days between two dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
