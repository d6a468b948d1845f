import JixiaoCore

/// The figures of the dashboard for one fiscal year, from the year's and the previous year's
/// `DashboardSummary` (aggregated in SQL) and the department-wide evaluations the per-unit charts show.
struct DashboardModel {
    /// One labelled number of a chart's table.
    typealias Item = (label: String, value: ExactDecimal)

    var year: Int
    var summary: DashboardSummary
    var previous: DashboardSummary
    /// The department-wide evaluations (one per unit) the per-unit charts show, and how many there are.
    var unitCharts: DashboardUnitCharts
    /// Units by light and execution against time elapsed of the year's latest rounds.
    var monitoring = DashboardMonitoring()

    init(year: Int, summary: DashboardSummary, previous: DashboardSummary, unitCharts: DashboardUnitCharts) {
        self.year = year
        self.summary = summary
        self.previous = previous
        self.unitCharts = unitCharts
    }

    /// The model of rows in memory (the same numbers as the summaries read in SQL).
    init(year: Int, rows: [DashboardRow], previous: [DashboardRow]) {
        self.init(
            year: year, summary: DashboardSummary(rows: rows), previous: DashboardSummary(rows: previous),
            unitCharts: DashboardUnitCharts(rows: rows.filter { $0.kind == .departmentWide }, shown: Self.unitsShown))
    }

    var isEmpty: Bool { summary.count == 0 }

    var statusCounts: [Item] {
        EvaluationStatus.allCases.map { status in (status.label, ExactDecimal(summary.statusCounts[status] ?? 0)) }
    }

    /// Grades of the graded evaluations (not drafts, scored: a draft's score is not final).
    var gradeCounts: [Item] { Self.gradeCounts(summary) }

    static func gradeCounts(_ summary: DashboardSummary) -> [Item] {
        Grade.allCases.map { grade in (grade.rawValue, ExactDecimal(summary.gradeCounts[grade] ?? 0)) }
    }

    /// Grades of any rows (for tests of rows in memory).
    static func gradeCounts(_ rows: [DashboardRow]) -> [Item] {
        Grade.allCases.map { grade in (grade.rawValue, ExactDecimal(rows.filter { $0.grade == grade }.count)) }
    }

    /// Totals in bins of 10 points: 0–10, …, 90–100 (100 falls in the last bin).
    var histogram: [Item] {
        summary.histogram.enumerated().map { ("\($0.offset * 10)–\($0.offset * 10 + 10)", ExactDecimal($0.element)) }
    }

    /// (unit, self-score, computed score) of the units the scatter shows.
    var selfVersusComputed: [(unit: String, stated: ExactDecimal, computed: ExactDecimal)] {
        unitCharts.gaps.compactMap { row in
            guard let stated = row.statedTotal, let total = row.total else { return nil }
            return (row.unitName, stated, total)
        }
    }

    /// 预算执行率 of the units the rate chart shows, highest first.
    var executionRates: [Item] {
        unitCharts.rates.compactMap { row in row.executionRate.map { (row.unitName, $0) } }
    }

    /// The units listed with the most findings.
    static let findingsShown = 10

    /// The ten units with the most findings (errors + warnings, all their evaluations).
    var mostFindings: [(unit: String, errors: Int, warnings: Int)] {
        summary.findings.prefix(Self.findingsShown).map { ($0.unitName, $0.errors, $0.warnings) }
    }

    /// This year against the previous one: count, drafts (counted apart), average score and
    /// grades (drafts left out), average execution rate; each with the kind it is written as.
    var comparison: [(label: String, current: ExactDecimal, previous: ExactDecimal, kind: NumberKind)] {
        func average(_ sum: ExactDecimal, _ count: Int, places: Int = 2) -> ExactDecimal {
            count == 0 ? .zero : (sum.divided(by: ExactDecimal(count)) ?? .zero).rounded(places: places)
        }
        let (now, before) = (summary, previous)
        return [
            ("评价份数", ExactDecimal(now.count), ExactDecimal(before.count), .count),
            ("其中草稿（不计入平均得分和等级）", ExactDecimal(now.drafts), ExactDecimal(before.drafts), .count),
            ("平均得分", average(now.scoreSum, now.scored), average(before.scoreSum, before.scored), .score),
        ]
            + zip(Self.gradeCounts(now), Self.gradeCounts(before)).map { ("等级\($0.0.label)", $0.0.value, $0.1.value, .count) }
            + [("平均预算执行率", average(now.rateSum, now.rates, places: 4), average(before.rateSum, before.rates, places: 4), .rate)]
    }
}
