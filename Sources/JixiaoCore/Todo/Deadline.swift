/// The filing deadline (填报截止日期) of a fiscal year and what is overdue against it.
extension FiscalYear {
    /// The statuses in which the unit still owes its filing: an evaluation in one of them
    /// after the deadline is overdue (逾期).
    public static let owedStatuses: Set<EvaluationStatus> = [.draft, .returned]

    /// True when the deadline has passed on `today` (the deadline day itself is still in time).
    public func isPastDeadline(on today: CalendarDate) -> Bool {
        guard let deadline else { return false }
        return today > deadline
    }

    /// True when an evaluation of this year in `status` is overdue on `today`.
    public func isOverdue(_ status: EvaluationStatus, on today: CalendarDate) -> Bool {
        Self.owedStatuses.contains(status) && isPastDeadline(on: today)
    }

    /// Why `text` cannot be this year's deadline, or nil when it can (empty text clears it):
    /// a real date after the end of the fiscal year (the year's figures are final only then).
    public static func deadlineProblem(_ text: String, year: Int) -> String? {
        let trimmed = text.trimmedSpaces
        guard !trimmed.isEmpty else { return nil }
        guard let date = CalendarDate(trimmed), date.isValid else {
            return "填报截止日期「\(trimmed)」不是有效日期，请按 2025-04-30 的格式填写。"
        }
        guard date.isAfterEnd(ofFiscalYear: year) else {
            return "\(year)年度的填报截止日期应在\(year + 1)年1月1日或以后（年度结束之后）。"
        }
        return nil
    }
}
