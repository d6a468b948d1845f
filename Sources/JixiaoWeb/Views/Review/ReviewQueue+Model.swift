import JixiaoCore

/// The finance bureau's queue: a page of a year's submissions, filtered and sorted in SQL
/// (`ReviewListRepository`, `ReviewListQuery` in the store).
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
        case unit, updated, status, scoreAscending, scoreDescending, gap, grade, errors
        var label: String {
            switch self {
            case .unit: return "按单位"
            case .updated: return "最近修改在前"
            case .status: return "按状态"
            case .scoreAscending: return "得分从低到高"
            case .scoreDescending: return "得分从高到低"
            case .gap: return "自评与计算得分差距从大到小"
            case .grade: return "按等级"
            case .errors: return "错误多的在前"
            }
        }

        /// The store's order of the same name.
        var order: ReviewListFilter.Order { ReviewListFilter.Order(rawValue: rawValue) ?? .unit }
    }

    struct Filter {
        var year: Int
        var status: EvaluationStatus?
        var unit: String?
        var grade: Grade?
        var severity: Severity?
        var sort: Sort = .unit
        var kind: EvaluationKind? = nil
        var framework: String? = nil
        /// A part of the unit's name.
        var search: String? = nil
        /// Only evaluations the unit still owes after the year's 填报截止日期.
        var overdue: Bool = false
    }

    var user: UserAccount
    var csrf: String
    var filter: Filter
    var years: [Int]
    var units: [(code: String, name: String)]
    var rows: [DashboardRow]
    /// Frameworks to filter by (id, title).
    var frameworks: [(id: String, title: String)] = []
    /// Rows the filter matches (counted up to `ReviewListFilter.countLimit`).
    var total: Int? = nil
    /// The page shown (from 1) and the cursor of the next page, when there is one.
    var page: Int = 1
    var next: String? = nil
    /// The outcome of a batch step, shown above the list.
    var batch: ReviewBatch.Outcome? = nil
}
