/// The findings of one scored evaluation, the commonest kept as the leaf and
/// the number they name and made into `Finding`s when read: a `Finding` holds
/// three references and a hundred bytes, and most scored results are never
/// asked for their findings' text.
struct FindingList: Sendable {
    enum Entry: Sendable {
        /// `deviation.missing`: below the maximum without a 偏差原因.
        case belowMax(LeafInfo, score: ExactDecimal)
        /// `score.over-max`.
        case overMax(LeafInfo, selfScore: ExactDecimal)
        indirect case finding(Finding)

        var finding: Finding {
            switch self {
            case .belowMax(let leaf, let score):
                return ScoringFinding.deviationMissing(FindingText.belowMax(leaf, score: score), field: leaf.noteField)
            case .overMax(let leaf, let selfScore):
                return ScoringFinding.overMax(FindingText.overMax(leaf, selfScore: selfScore), field: leaf.selfScoreField)
            case .finding(let finding):
                return finding
            }
        }
    }

    private(set) var entries: [Entry] = []

    init() {}

    init(_ findings: [Finding]) { entries = findings.map { .finding($0) } }

    var findings: [Finding] { entries.map(\.finding) }

    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    mutating func append(_ finding: Finding) { entries.append(.finding(finding)) }

    mutating func append(contentsOf findings: [Finding]) {
        for finding in findings { entries.append(.finding(finding)) }
    }

    /// `leaf` scored `score`, below its maximum, and the unit gave no 偏差原因.
    @inline(__always)
    mutating func appendBelowMax(_ leaf: LeafInfo, score: ExactDecimal) { entries.append(.belowMax(leaf, score: score)) }

    /// The unit's self-score for `leaf` exceeds its maximum.
    @inline(__always)
    mutating func appendOverMax(_ leaf: LeafInfo, selfScore: ExactDecimal) {
        entries.append(.overMax(leaf, selfScore: selfScore))
    }
}
