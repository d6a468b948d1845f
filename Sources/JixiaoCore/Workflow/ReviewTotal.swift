/// The finance bureau's total (财政复核总分): the framework's total with the reviewer's
/// score where one was given and the unit's score elsewhere, and its grade. The one
/// place this total is computed; the review page and every export read it.
public struct ReviewTotal: Sendable, Hashable {
    /// Rounded half-up to 0.01 (rescaled like the computed total when indicators were excluded).
    public var total: ExactDecimal
    /// The grade of `total` out of the framework's total; nil when no framework scored it.
    public var grade: Grade?
    /// How many indicators carry the reviewer's own score.
    public var reviewedCount: Int

    public init(total: ExactDecimal, grade: Grade?, reviewedCount: Int) {
        self.total = total
        self.grade = grade
        self.reviewedCount = reviewedCount
    }

    /// The reviewer's total of `evaluation`, or nil when the reviewer scored nothing.
    /// With `score` (the framework's result) each applicable leaf counts the reviewer's
    /// score, else the leaf's score as the framework computed it from the unit's entries;
    /// without a framework, the unit's self-scores stand in for the leaves.
    public static func of(_ evaluation: Evaluation, score: ScoreResult?) -> ReviewTotal? {
        let reviewed = (evaluation.review?.scores ?? [:]).compactMapValues(\.score)
        guard !reviewed.isEmpty else { return nil }
        guard let score else {
            var byID = evaluation.indicators.compactMapValues(\.selfScore)
            byID.merge(reviewed) { _, reviewer in reviewer }
            let sum = byID.values.reduce(ExactDecimal.zero, +)
            return ReviewTotal(total: sum.rounded(places: 2), grade: nil, reviewedCount: reviewed.count)
        }
        var sum = ExactDecimal.zero, excludedMax = ExactDecimal.zero, count = 0
        for leaf in score.nodes.flatMap(\.leaves) {
            if leaf.notApplicable || score.excluded.contains(leaf.id) {
                excludedMax += leaf.max
                continue
            }
            if let own = reviewed[leaf.id] {
                sum += own
                count += 1
            } else {
                sum += leaf.score ?? .zero
            }
        }
        let full = score.maxTotal
        let total = excludedMax > .zero ? (Scorer.rescaled(sum, full: full, applicable: full - excludedMax) ?? .zero) : sum
        return ReviewTotal(total: total.rounded(places: 2), grade: Grade(score: total, outOf: full), reviewedCount: count)
    }
}
