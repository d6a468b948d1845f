/// The finance bureau's review of a declaration: a verdict and a comment per row (初审, and
/// 复审 after a return), the reason of the last return, and the reason of an adjustment (调整).
/// It travels in the stored document, so history and versions keep it.
public struct DeclarationReview: Codable, Sendable, Hashable {
    /// 1 for the first review (初审); each return makes the next one a 复审.
    public var round: Int
    /// 退回理由 of the last return; kept after the declaration is fixed and submitted again.
    public var returnReason: String?
    /// Row number (1-based, as the checker's `targets.<n>`) → the reviewer's verdict on it.
    public var rows: [Int: RowReview]
    /// 调整理由 while an accepted declaration is being adjusted; nil otherwise.
    public var adjustmentReason: String?
    /// How many adjustments were accepted so far.
    public var adjustments: Int

    public init(
        round: Int = 1, returnReason: String? = nil, rows: [Int: RowReview] = [:],
        adjustmentReason: String? = nil, adjustments: Int = 0
    ) {
        self.round = round
        self.returnReason = returnReason
        self.rows = rows
        self.adjustmentReason = adjustmentReason
        self.adjustments = adjustments
    }

    /// 初审 or 复审.
    public var roundLabel: String { round <= 1 ? "初审" : "复审" }
}

/// One row's verdict (审核意见) and comment.
public struct RowReview: Codable, Sendable, Hashable {
    public var verdict: RowVerdict
    public var comment: String?

    public init(verdict: RowVerdict, comment: String? = nil) {
        self.verdict = verdict
        self.comment = comment
    }
}

/// The finance bureau's verdict on one indicator row.
public enum RowVerdict: String, Codable, Sendable, CaseIterable {
    /// 同意.
    case agree
    /// 需修改: the row must change before acceptance.
    case revise

    public var label: String { self == .agree ? "同意" : "需修改" }
}
