import JixiaoCore
import Vapor

/// The review list's query string, read and checked: every value is one of the known ones
/// (a status, kind, grade, framework, unit, order) or a 400 naming the parameter; the name
/// search is at most `ReviewListFilter.maxSearch` characters.
extension ReviewQueueModel.Filter {
    static func from(
        _ req: Request, year: Int, units: [(code: String, name: String)],
        frameworks: [FrameworkChoice]
    ) throws -> Self {
        func text(_ key: String) -> String? {
            guard let value: String = req.queryValue(String.self, at: key)?.trimmedSpaces, !value.isEmpty else { return nil }
            return value
        }
        func known<T>(_ key: String, _ label: String, _ make: (String) -> T?) throws -> T? {
            guard let value = text(key) else { return nil }
            guard let known = make(value) else { throw Abort(.badRequest, reason: ReviewQueueText.unknownValue(key, label)) }
            return known
        }
        var filter = Self(year: year)
        filter.status = try known("status", "状态", EvaluationStatus.init(rawValue:))
        filter.unit = try known("unit", "单位") { code in units.contains { $0.code == code } ? code : nil }
        filter.grade = try known("grade", "等级", Grade.init(rawValue:))
        filter.severity = try known("severity", "问题", ReviewQueueModel.Severity.init(rawValue:))
        filter.sort = try known("sort", "排序", ReviewQueueModel.Sort.init(rawValue:)) ?? .unit
        filter.kind = try known("kind", "类型", EvaluationKind.init(rawValue:))
        filter.framework = try known("framework", "指标体系") { id in frameworks.contains { $0.id == id } ? id : nil }
        filter.overdue = try known("overdue", "逾期") { $0 == "1" ? true : nil } ?? false
        if let search = text("q") {
            guard search.count <= ReviewListFilter.maxSearch else {
                throw Abort(.badRequest, reason: ReviewQueueText.searchTooLong)
            }
            filter.search = search
        }
        return filter
    }

    /// The filter as query items for links and hidden fields (defaults left out).
    var items: [(String, String)] {
        var items: [(String, String)] = [("year", String(year))]
        if let status { items.append(("status", status.rawValue)) }
        if let unit { items.append(("unit", unit)) }
        if let grade { items.append(("grade", grade.rawValue)) }
        if let severity { items.append(("severity", severity.rawValue)) }
        if sort != .unit { items.append(("sort", sort.rawValue)) }
        if let kind { items.append(("kind", kind.rawValue)) }
        if let framework { items.append(("framework", framework)) }
        if let search { items.append(("q", search)) }
        if overdue { items.append(("overdue", "1")) }
        return items
    }

    /// A query string of `items` plus `extra` (`?year=2024&sort=gap`).
    func query(_ extra: [(String, String)] = [], replacing: Set<String> = []) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let pairs = items.filter { !replacing.contains($0.0) } + extra
        return "?"
            + pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }

    /// The statuses to list: the one asked for, else every status after 草稿; with 逾期, only
    /// those the unit still owes, and none when the year's deadline has not passed.
    func statuses(deadlines: Deadlines) -> [EvaluationStatus] {
        var statuses = status.map { [$0] } ?? EvaluationStatus.allCases.filter { $0 != .draft }
        if overdue {
            statuses =
                deadlines.pastYears.contains(year)
                ? (status.map { [$0] } ?? EvaluationStatus.allCases).filter { FiscalYear.owedStatuses.contains($0) } : []
        }
        return statuses
    }

    /// The store's filter for one page.
    func store(statuses: [EvaluationStatus], limit: Int, offset: Int, after: String?) -> ReviewListFilter {
        ReviewListFilter(
            year: year, statuses: statuses, kind: kind, grade: grade, frameworkID: framework, unitCode: unit,
            search: search, findings: severity.flatMap { ReviewListFilter.Findings(rawValue: $0.rawValue) },
            order: sort.order, limit: limit, offset: offset, after: after)
    }
}

/// The review list's messages.
enum ReviewQueueText {
    static func unknownValue(_ key: String, _ label: String) -> String { "参数 \(key)（\(label)）取值无效，请从筛选表单中选择。" }
    static let searchTooLong = "参数 q（单位名称）过长：最多 \(ReviewListFilter.maxSearch) 个字。"
    static func count(_ total: Int) -> String {
        total >= ReviewListFilter.countLimit ? "共 \(total) 份以上" : "共 \(total) 份"
    }
}
