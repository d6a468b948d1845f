import JixiaoCore

/// Everything the review page shows about one evaluation.
struct ReviewPageModel {
    /// One scored indicator: the unit's score, the computed one and the reviewer's.
    struct Row {
        var id: String
        var name: String
        var max: ExactDecimal?
        var selfScore: ExactDecimal?
        var computed: ExactDecimal?
        var explanation: String?
        var review: ReviewScore?
    }

    var user: UserAccount
    var csrf: String
    var stored: StoredEvaluation
    var analysis: EvaluationAnalysis
    var framework: Framework?
    var history: [HistoryEntry]
    var flash: String? = nil
    var error: String? = nil
    /// Form input to show again after a failed save (field name → text).
    var input: [String: String] = [:]
    var fieldErrors: [String: String] = [:]
    /// A refused workflow form to show again (its `action`, reason and notes), and its field errors.
    var workflowInput: [String: String] = [:]
    var workflowErrors: [String: String] = [:]
    /// The evaluation's 佐证材料 (read-only here).
    var attachments: [Attachment] = []
    /// 整改 of the unit and year (raised on this evaluation, its monitoring rounds or declarations).
    var rectifications: [StoredRectification] = []

    var evaluation: Evaluation { stored.evaluation }
    var id: String { stored.id }
    var mayScore: Bool { user.role == .reviewer && Workflow.mayRecordReview(evaluation.status) }

    /// The rows of the scoring table: the computed leaves when the framework scored it,
    /// else the framework's leaves, else the indicators the unit scored.
    var rows: [Row] {
        let review = evaluation.review?.scores ?? [:]
        if let score = analysis.score {
            return score.nodes.flatMap(\.leaves).map {
                Row(
                    id: $0.id, name: $0.name, max: $0.max, selfScore: $0.selfScore ?? evaluation.indicators[$0.id]?.selfScore,
                    computed: $0.score, explanation: $0.explanation, review: review[$0.id])
            }
        }
        if let framework {
            func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? (i.isLeaf ? [i] : []) : i.children.flatMap(leaves) }
            return framework.indicators.flatMap(leaves).map {
                Row(
                    id: $0.id, name: $0.name, max: $0.max, selfScore: evaluation.indicators[$0.id]?.selfScore,
                    computed: nil, explanation: nil, review: review[$0.id])
            }
        }
        return evaluation.indicators.keys.sorted().map {
            Row(
                id: $0, name: $0, max: nil, selfScore: evaluation.indicators[$0]?.selfScore, computed: nil,
                explanation: nil, review: review[$0])
        }
    }

    /// 财政复核总分 and its grade (Core's `ReviewTotal`), nil until the reviewer scores an item.
    var reviewTotal: ReviewTotal? { ReviewTotal.of(evaluation, score: analysis.score) }

    /// `92.00（优）`, or 「—」 while the reviewer has scored nothing.
    var reviewTotalText: String {
        guard let total = reviewTotal else { return ScoreText.of(nil) }
        return ScoreText.of(total.total) + (total.grade.map { "（\($0.rawValue)）" } ?? "")
    }

    /// The text of a score input: what was typed, else the stored review score.
    func scoreText(_ row: Row) -> String { input["score.\(row.id)"] ?? row.review?.score?.description ?? "" }
    func commentText(_ row: Row) -> String { input["comment.\(row.id)"] ?? row.review?.comment ?? "" }
}
