import JixiaoCore
import JixiaoStore

/// The finance bureau's queue: every submission of a year, filtered and sorted.
struct ReviewQueueModel {
    /// Which findings a row must have.
    enum Severity: String, CaseIterable {
        case error, warning, none
        var label: String {
            switch self {
            case .error: return "有错误"
            case .warning: return "有警告"
            case .none: return "无问题"
            }
        }
    }

    enum Sort: String, CaseIterable {
        case unit, scoreAscending, scoreDescending, gap
        var label: String {
            switch self {
            case .unit: return "按单位"
            case .scoreAscending: return "得分从低到高"
            case .scoreDescending: return "得分从高到低"
            case .gap: return "自评与计算得分差距从大到小"
            }
        }
    }

    struct Filter {
        var year: Int
        var status: EvaluationStatus?
        var unit: String?
        var grade: Grade?
        var severity: Severity?
        var sort: Sort = .unit
    }

    var user: UserAccount
    var csrf: String
    var filter: Filter
    var years: [Int]
    var units: [(code: String, name: String)]
    var rows: [DashboardRow]

    /// Applies the filter and the sort to the year's rows.
    static func select(_ rows: [DashboardRow], _ f: Filter) -> [DashboardRow] {
        let kept = rows.filter { row in
            (f.status.map { row.status == $0 } ?? (row.status != .draft))
                && (f.unit.map { row.unitCode == $0 } ?? true)
                && (f.grade.map { row.grade == $0 } ?? true)
                && (f.severity.map { severity in
                    switch severity {
                    case .error: return row.errorCount > 0
                    case .warning: return row.warningCount > 0
                    case .none: return row.errorCount == 0 && row.warningCount == 0
                    }
                } ?? true)
        }
        let missingLow = ExactDecimal(-1_000_000)
        switch f.sort {
        case .unit: return kept
        case .scoreAscending: return kept.sorted { ($0.total ?? missingLow) < ($1.total ?? missingLow) }
        case .scoreDescending: return kept.sorted { ($0.total ?? missingLow) > ($1.total ?? missingLow) }
        case .gap: return kept.sorted { (gap($0) ?? missingLow) > (gap($1) ?? missingLow) }
        }
    }

    /// The size of the gap between self-score and computed score, whichever is higher.
    static func gap(_ row: DashboardRow) -> ExactDecimal? {
        row.selfScoreGap.map { $0 < 0 ? ExactDecimal.zero - $0 : $0 }
    }
}
