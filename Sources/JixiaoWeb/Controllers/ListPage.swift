import JixiaoCore
import Vapor

/// One page of a list: which rows (`?page=` from 1, `?per=` rows, at most `maxPer`) and,
/// once counted, how many rows the filter matches in all. `?after=<id>` (keyset paging) lists
/// the rows after that evaluation instead of skipping `(page - 1) × per` rows: a deep page then
/// costs what the first does (`page` is only shown).
struct ListPage: Sendable, Equatable {
    static let defaultPer = 50
    static let maxPer = 500
    /// From this many rows skipped on, "next" links carry `after=` rather than only `page=`.
    static let keysetFrom = 500

    var page: Int
    var per: Int
    /// The id of the last row of the previous page (lowercase UUID), or nil.
    var after: String?

    init(page: Int = 1, per: Int = defaultPer, after: String? = nil) {
        self.page = max(page, 1)
        self.per = min(max(per, 1), Self.maxPer)
        self.after = after
    }

    /// The page a request asks for (`per` only where the caller may choose it); a page or
    /// `per` outside `BoundedInt.page` / `BoundedInt.per` is a 400.
    init(_ req: Request, perFromQuery: Bool) throws {
        self.init(
            page: try req.queryInt(.page) ?? 1,
            per: perFromQuery ? try req.queryInt(.per) ?? Self.defaultPer : Self.defaultPer,
            after: try Self.cursor(req.queryValue(String.self, at: "after")))
    }

    /// An `after` value: an evaluation id, else a 400 naming the field.
    static func cursor(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard text.utf8.count == 36, let id = UUID(uuidString: text) else {
            throw Abort(.badRequest, reason: "after（翻页位置）取值无效：应为上一页最后一条评价的编号")
        }
        return id.uuidString.lowercased()
    }

    /// The `after` for the page following `rows` (a full page), or nil when it is the last.
    func next(after rows: [EvaluationSummary]) -> String? { rows.count == per ? rows.last?.id : nil }

    /// `filter` restricted to this page's rows.
    func rows(of filter: EvaluationFilter) -> EvaluationFilter {
        var filter = filter
        filter.limit = per
        filter.after = after
        filter.offset = after == nil ? (page - 1) * per : 0
        return filter
    }

    /// Number of pages for `total` rows (at least 1).
    func pageCount(total: Int) -> Int { max(1, (total + per - 1) / per) }

    /// A 400 naming `page` and the last page when `page` is past the last of `total` rows.
    /// With `after=` the cursor decides the rows and `page` is only shown, so it is not checked.
    func requireExists(total: Int) throws {
        let last = pageCount(total: total)
        guard after == nil, page > last else { return }
        throw Abort(.badRequest, reason: Self.pastEndMessage(last: last))
    }

    /// Why a page past the end is refused, in Chinese, naming the parameter and the last page.
    static func pastEndMessage(last: Int) -> String {
        "参数 page（页码）超出范围：共 \(last) 页，应为 1 至 \(last) 之间的整数。"
    }

    /// Rows the filter matches, from the grouped counts of the same filter (no extra query).
    static func total(_ counts: [StatusCount], year: Int?, status: EvaluationStatus?) -> Int {
        counts.lazy.filter { (year == nil || $0.fiscalYear == year) && (status == nil || $0.status == status) }
            .reduce(0) { $0 + $1.count }
    }
}
