/// What the finance bureau's list shows: a year's evaluations narrowed by status, kind,
/// grade, framework, unit, findings and a part of the unit's name, in one order, one page.
/// Every condition but the name search and the gap order reads an indexed column.
public struct ReviewListFilter: Sendable, Hashable {
    /// Which findings a row must have.
    public enum Findings: String, CaseIterable, Sendable {
        case error, warning, none
    }

    /// The orders the list offers; each ends with `id` so that pages never overlap.
    public enum Order: String, CaseIterable, Sendable {
        case unit, updated, status, scoreAscending, scoreDescending, gap, grade, errors
    }

    public var year: Int
    /// Only these statuses (nil: every status).
    public var statuses: [EvaluationStatus]?
    public var kind: EvaluationKind?
    public var grade: Grade?
    public var frameworkID: String?
    public var unitCode: String?
    /// A part of the unit's name (不区分大小写 for Latin letters), at most `maxSearch` characters.
    public var search: String?
    public var findings: Findings?
    public var order: Order
    public var limit: Int
    public var offset: Int
    /// Keyset paging: the rows after this evaluation in `order` (its own values, read in the query).
    public var after: String?

    public static let maxSearch = 50
    /// Counts stop here: the page says 「10000 份以上」 (a count never scans a province).
    public static let countLimit = 10_000

    public init(
        year: Int, statuses: [EvaluationStatus]? = nil, kind: EvaluationKind? = nil, grade: Grade? = nil,
        frameworkID: String? = nil, unitCode: String? = nil, search: String? = nil, findings: Findings? = nil,
        order: Order = .unit, limit: Int = 50, offset: Int = 0, after: String? = nil
    ) {
        self.year = year
        self.statuses = statuses
        self.kind = kind
        self.grade = grade
        self.frameworkID = frameworkID
        self.unitCode = unitCode
        self.search = search.map { String($0.prefix(Self.maxSearch)) }
        self.findings = findings
        self.order = order
        self.limit = limit
        self.offset = offset
        self.after = after
    }
}
