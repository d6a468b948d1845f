/// The reviewers' words on a monitoring round: the reason of the last return (department or
/// finance bureau) and the comment of the last approval. It travels in the stored document, so
/// history and versions keep it.
public struct MonitoringReview: Codable, Sendable, Hashable {
    /// 退回理由 of the last return; kept after the round is fixed and submitted again.
    public var returnReason: String?
    /// 审核意见 written with 部门审核通过 or 财政审核通过.
    public var comment: String?

    public init(returnReason: String? = nil, comment: String? = nil) {
        self.returnReason = returnReason
        self.comment = comment
    }
}
