import JixiaoCore
import Vapor

/// One page of a list: which rows (`?page=` from 1, `?per=` rows, at most `maxPer`) and,
/// once counted, how many rows the filter matches in all.
struct ListPage: Sendable, Equatable {
    static let defaultPer = 50
    static let maxPer = 500

    var page: Int
    var per: Int

    init(page: Int = 1, per: Int = defaultPer) {
        self.page = max(page, 1)
        self.per = min(max(per, 1), Self.maxPer)
    }

    /// The page a request asks for (`per` only where the caller may choose it); a page or
    /// `per` outside `BoundedInt.page` / `BoundedInt.per` is a 400.
    init(_ req: Request, perFromQuery: Bool) throws {
        self.init(page: try req.queryInt(.page) ?? 1,
                  per: perFromQuery ? try req.queryInt(.per) ?? Self.defaultPer : Self.defaultPer)
    }

    /// `filter` restricted to this page's rows.
    func rows(of filter: EvaluationFilter) -> EvaluationFilter {
        var filter = filter
        filter.limit = per
        filter.offset = (page - 1) * per
        return filter
    }

    /// Number of pages for `total` rows (at least 1).
    func pageCount(total: Int) -> Int { max(1, (total + per - 1) / per) }

    /// Rows the filter matches, from the grouped counts of the same filter (no extra query).
    static func total(_ counts: [StatusCount], year: Int?, status: EvaluationStatus?) -> Int {
        counts.lazy.filter { (year == nil || $0.fiscalYear == year) && (status == nil || $0.status == status) }
            .reduce(0) { $0 + $1.count }
    }
}
