import JixiaoCore
import JixiaoStore

/// The figures of the dashboard for one fiscal year, computed from `DashboardRow`s.
struct DashboardModel {
    /// One labelled number of a chart's table.
    typealias Item = (label: String, value: ExactDecimal)

    var year: Int
    var rows: [DashboardRow]
    var previous: [DashboardRow]

    /// The rows that count in averages, grade counts and the score histogram: not drafts,
    /// and scored (a draft's score is not final; an unscored one has none).
    var graded: [DashboardRow] { Self.graded(rows) }

    static func graded(_ rows: [DashboardRow]) -> [DashboardRow] {
        rows.filter { $0.status != .draft && $0.total != nil }
    }

    /// The department-wide evaluation of each unit (one per unit): the per-unit charts use these.
    var unitRows: [DashboardRow] { rows.filter { $0.kind == .departmentWide } }

    var statusCounts: [Item] {
        EvaluationStatus.allCases.map { status in (status.label, ExactDecimal(rows.filter { $0.status == status }.count)) }
    }

    static func gradeCounts(_ rows: [DashboardRow]) -> [Item] {
        Grade.allCases.map { grade in (grade.rawValue, ExactDecimal(rows.filter { $0.grade == grade }.count)) }
    }

    /// Totals in bins of 10 points: 0–10, …, 90–100 (100 falls in the last bin).
    var histogram: [Item] {
        var counts = Array(repeating: 0, count: 10)
        for total in graded.compactMap(\.total) {
            let bin = min(max(Int(truncatingIfNeeded: total.units / (10 * ExactDecimal.one.units)), 0), 9)
            counts[bin] += 1
        }
        return counts.enumerated().map { ("\($0.offset * 10)–\($0.offset * 10 + 10)", ExactDecimal($0.element)) }
    }

    /// (unit, self-score, computed score) where both are known.
    var selfVersusComputed: [(unit: String, stated: ExactDecimal, computed: ExactDecimal)] {
        unitRows.compactMap { row in
            guard let stated = row.statedTotal, let total = row.total else { return nil }
            return (row.unitName, stated, total)
        }
    }

    /// 预算执行率 per unit, highest first.
    var executionRates: [Item] {
        unitRows.compactMap { row in row.executionRate.map { (row.unitName, $0) } }.sorted { $0.value > $1.value }
    }

    /// The ten units with the most findings (errors + warnings, all their evaluations).
    var mostFindings: [(unit: String, errors: Int, warnings: Int)] {
        var byUnit: [String: (name: String, errors: Int, warnings: Int)] = [:]
        for row in rows {
            let old = byUnit[row.unitCode] ?? (row.unitName, 0, 0)
            byUnit[row.unitCode] = (old.name, old.errors + row.errorCount, old.warnings + row.warningCount)
        }
        return byUnit.values.filter { $0.errors + $0.warnings > 0 }
            .sorted { ($0.errors + $0.warnings, $1.name) > ($1.errors + $1.warnings, $0.name) }
            .prefix(10).map { ($0.name, $0.errors, $0.warnings) }
    }

    /// This year against the previous one: count, drafts (counted apart), average score and
    /// grades (drafts left out), average execution rate; each with the kind it is written as.
    var comparison: [(label: String, current: ExactDecimal, previous: ExactDecimal, kind: NumberKind)] {
        func average(_ values: [ExactDecimal], places: Int = 2) -> ExactDecimal {
            values.isEmpty ? .zero : (values.reduce(.zero, +).divided(by: ExactDecimal(values.count)) ?? .zero).rounded(places: places)
        }
        let current = graded, before = Self.graded(previous)
        let drafts = { (rows: [DashboardRow]) in ExactDecimal(rows.filter { $0.status == .draft }.count) }
        return [("评价份数", ExactDecimal(rows.count), ExactDecimal(previous.count), .count),
                ("其中草稿（不计入平均得分和等级）", drafts(rows), drafts(previous), .count),
                ("平均得分", average(current.compactMap(\.total)), average(before.compactMap(\.total)), .score)]
            + zip(Self.gradeCounts(current), Self.gradeCounts(before)).map { ("等级\($0.0.label)", $0.0.value, $0.1.value, .count) }
            + [("平均预算执行率", average(rows.compactMap(\.executionRate), places: 4),
                average(previous.compactMap(\.executionRate), places: 4), .rate)]
    }
}
