import Foundation

/// What the finance bureau recorded on an evaluation: its own scores per indicator
/// (财政复核得分) and the reason of the last return, with the fields it concerns.
public struct Review: Codable, Sendable, Hashable {
    /// 财政复核得分 by framework indicator id (or target index for project tables).
    public var scores: [String: ReviewScore]
    /// Why it was last returned (退回理由); nil when it never was, or after it was resubmitted.
    public var returnReason: String?
    /// Field paths the return concerns (`figures.expenditureTotal`, `narrative.problems`, `indicators.A1`),
    /// each with what the unit must fix there.
    public var fieldNotes: [String: String]

    public init(scores: [String: ReviewScore] = [:], returnReason: String? = nil, fieldNotes: [String: String] = [:]) {
        self.scores = scores
        self.returnReason = returnReason
        self.fieldNotes = fieldNotes
    }

    // The reviewer's total needs the framework's scores of the items not re-scored:
    // `ReviewTotal.of(_:score:)`.
}

/// The reviewer's score of one indicator and why.
public struct ReviewScore: Codable, Sendable, Hashable {
    public var score: ExactDecimal?
    public var comment: String

    public init(score: ExactDecimal?, comment: String = "") {
        self.score = score
        self.comment = comment
    }
}
