import JixiaoCore

extension ReportBuilder {
    static let reviewTotalLabel = "财政复核得分"

    /// 财政复核得分 with its grade (Core's `ReviewTotal`: the framework total with the
    /// reviewer's scores where given), once the finance bureau has re-scored an item.
    var reviewFields: [ReportField] {
        guard let review = ReviewTotal.of(evaluation, score: score) else { return [] }
        let grade = review.grade.map { "（\($0.rawValue)）" } ?? ""
        return [ReportField(label: Self.reviewTotalLabel, value: NumberFormat.text(review.total, .score) + " 分" + grade)]
    }
}
