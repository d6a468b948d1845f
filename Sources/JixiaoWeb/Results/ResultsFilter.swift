import JixiaoCore
import Vapor

/// The 结果应用 view's query string, read and checked: a known unit, grade (or `none`) and
/// light (or `none`), else a 400 naming the parameter.
struct ResultsFilter: Sendable, Hashable {
    var year: Int
    var unit: String? = nil
    /// 优 良 中 差, or `none`: units without a counted grade.
    var grade: String? = nil
    /// A light's raw value (`red` …), or `none`: units without a submitted round.
    var light: String? = nil
    var page = 1

    static let rowsPerPage = 500
    static let gradeOptions = Grade.allCases.map { ($0.rawValue, $0.rawValue) } + [("none", "无等级")]
    static let lightOptions = Light.allCases.map { ($0.rawValue, $0.label) } + [("none", "无监控")]

    static func from(_ req: Request, year: Int, unitCodes: Set<String>) throws -> ResultsFilter {
        func known(_ key: String, _ label: String, _ allowed: (String) -> Bool) throws -> String? {
            guard let value = req.queryValue(String.self, at: key)?.trimmedSpaces, !value.isEmpty else { return nil }
            guard allowed(value) else { throw Abort(.badRequest, reason: ReviewQueueText.unknownValue(key, label)) }
            return value
        }
        var filter = ResultsFilter(year: year)
        filter.unit = try known("unit", "单位") { unitCodes.contains($0) }
        filter.grade = try known("grade", "等级") { value in gradeOptions.contains { $0.0 == value } }
        filter.light = try known("light", "监控灯") { value in lightOptions.contains { $0.0 == value } }
        filter.page = try req.queryInt(.page) ?? 1
        return filter
    }

    /// True when `row` passes the grade and light conditions (the unit is chosen before).
    func matches(_ row: ResultUseRow) -> Bool {
        if let grade, (row.grade?.rawValue ?? "none") != grade { return false }
        if let light, (row.lights?.overall?.rawValue ?? "none") != light { return false }
        return true
    }

    /// The filter's URL of `url` (the page, its export), on `page` when given.
    func link(_ url: SiteURL, page: Int? = nil) -> String {
        url.withQuery(["year": String(year), "unit": unit, "grade": grade, "light": light, "page": page.map(String.init)])
    }
}
