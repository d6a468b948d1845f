/// The findings of one scored evaluation, the commonest kept as the leaf and
/// the number they name, and made into `Finding`s only when a whole result is
/// built (not for `Scorer.totals`): a `Finding` holds three references and a
/// hundred bytes, which bulk scoring never reads.
struct FindingList: Sendable {
    enum Entry: Sendable {
        /// `deviation.missing`: below the maximum without a 偏差原因.
        case belowMax(LeafInfo, score: ExactDecimal)
        /// `score.over-max`.
        case overMax(LeafInfo, selfScore: ExactDecimal)
        /// `score.unsupported`: the self-score exceeds the score computed from the
        /// data, whose explanation is that of record `record`.
        case unsupported(LeafInfo, selfScore: ExactDecimal, score: ExactDecimal, record: Int32)
        /// `figure.missing`: the leaf cannot be computed for `reason`, for want of
        /// `field` (nil: the leaf's self-score, the input the filer has).
        case figureMissing(LeafInfo, reason: String, field: String?)
        indirect case finding(Finding)

        /// The finding, explained from `records` (those of the result it belongs to).
        func finding(_ records: ScoredRecords?) -> Finding {
            switch self {
            case .unsupported(let leaf, let selfScore, let score, let record):
                let explanation = records?.explanation(of: Int(record)) ?? ""
                let message = FindingText.unsupported(
                    name: leaf.name, selfScore: selfScore, score: score,
                    explanation: explanation)
                return ScoringFinding.unsupported(message, field: leaf.selfScoreField)
            case .belowMax(let leaf, let score):
                return ScoringFinding.deviationMissing(FindingText.belowMax(leaf, score: score), field: leaf.noteField)
            case .overMax(let leaf, let selfScore):
                return ScoringFinding.overMax(FindingText.overMax(leaf, selfScore: selfScore), field: leaf.selfScoreField)
            case .figureMissing(let leaf, let reason, let field):
                return ScoringFinding.figureMissing(.figureMissing(leaf, reason: reason), field: field ?? leaf.selfScoreField)
            case .finding(let finding):
                return finding
            }
        }
    }

    private(set) var entries: [Entry] = []

    init() {}

    init(_ findings: [Finding]) { entries = findings.map { .finding($0) } }

    /// The findings, those that point at records explained from `records`.
    func findings(_ records: ScoredRecords?) -> [Finding] { entries.map { $0.finding(records) } }

    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    mutating func append(_ finding: Finding) { entries.append(.finding(finding)) }

    mutating func append(contentsOf findings: [Finding]) {
        for finding in findings { entries.append(.finding(finding)) }
    }

    /// `leaf` scored `score`, below its maximum, and the unit gave no 偏差原因.
    @inline(__always)
    mutating func appendBelowMax(_ leaf: LeafInfo, score: ExactDecimal) { entries.append(.belowMax(leaf, score: score)) }

    /// The unit's self-score for `leaf` exceeds `score`, computed from the data and
    /// explained by record `record` (which must keep its place).
    @inline(__always)
    mutating func appendUnsupported(_ leaf: LeafInfo, selfScore: ExactDecimal, score: ExactDecimal, record: Int32) {
        entries.append(.unsupported(leaf, selfScore: selfScore, score: score, record: record))
    }

    /// `leaf` cannot be computed for `reason`, for want of `field` (nil: the leaf's own).
    @inline(__always)
    mutating func appendFigureMissing(_ leaf: LeafInfo, reason: String, field: String?) {
        entries.append(.figureMissing(leaf, reason: reason, field: field))
    }

    /// The unit's self-score for `leaf` exceeds its maximum.
    @inline(__always)
    mutating func appendOverMax(_ leaf: LeafInfo, selfScore: ExactDecimal) {
        entries.append(.overMax(leaf, selfScore: selfScore))
    }
}
