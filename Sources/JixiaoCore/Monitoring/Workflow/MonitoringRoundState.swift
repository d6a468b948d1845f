/// What a store keeps of one monitoring round besides its id and version: the round, the
/// accepted declaration it was created from, its place in the review cycle and the review.
public struct MonitoringRoundState: Codable, Sendable, Hashable {
    /// Code of the monitored unit (scope: a user reads and changes only its unit's).
    public var unitCode: String
    /// Store id of the accepted declaration whose targets the round copied.
    public var declarationID: String
    public var round: MonitoringRound
    /// The evaluation's statuses: 草稿 → 已提交 → 部门已审 → 财政已审 / 退回 (no 公开).
    public var status: EvaluationStatus
    public var review: MonitoringReview

    public init(
        unitCode: String, declarationID: String, round: MonitoringRound, status: EvaluationStatus = .draft,
        review: MonitoringReview = MonitoringReview()
    ) {
        self.unitCode = unitCode
        self.declarationID = declarationID
        self.round = round
        self.status = status
        self.review = review
    }

    /// The project's name, or empty for the unit as a whole: with unit, year and `asOf` the
    /// key that makes a round unique.
    public var title: String { round.project ?? "" }
}
