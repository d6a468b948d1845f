import JixiaoCore

extension DraftMapper {
    /// Each item score the report states, as the self-score of the framework leaf it names:
    /// by its name (上级专项资金分配的及时性 is 上级专项资金分配及时性), else by the one leaf
    /// its sentence names (③我局财政拨款收入决算数…差异率为 0，自评得 4 分). A score read
    /// from a table wins over one from prose. 偏差原因 come from the score table's column.
    mutating func mapScores() {
        guard let framework else { return }
        let leaves = framework.indicators.flatMap(\.leaves)
        let names = leaves.map { ScoreNames.key($0.name) }
        var fromTable = Set<String>(), unmatched: [String] = []
        // A project's targets carry their own scores (the framework's leaves come from them).
        let targetNames = Set(draft.targets.map { ScoreNames.key($0.name) })
        for item in facts.scores {
            guard let index = ScoreNames.match(item, names: names) else {
                if item.fromTable, !targetNames.contains(ScoreNames.key(item.name)) { unmatched.append(item.name) }
                continue
            }
            let leaf = leaves[index]
            if draft.indicators[leaf.id]?.selfScore != nil, fromTable.contains(leaf.id) || !item.fromTable { continue }
            guard item.score >= .zero, item.score <= leaf.max else {
                notices.append(DraftMessages.scoreOverMax(leaf.name, score: item.score, max: leaf.max))
                continue
            }
            var input = draft.indicators[leaf.id] ?? IndicatorInput()
            input.selfScore = item.score
            if leaf.rule == .qualitative { input.outcome = Self.outcome(item.score, max: leaf.max) }
            draft.indicators[leaf.id] = input
            if item.fromTable { fromTable.insert(leaf.id) }
        }
        for (index, note) in ScoreNames.deviationNotes(analysis.document, lines: lines, names: names) {
            draft.indicators[leaves[index].id, default: IndicatorInput()].note = note
        }
        if !unmatched.isEmpty { notices.append(DraftMessages.scoresNotMatched(Array(unmatched.prefix(10)))) }
    }

    /// The qualitative outcome whose band holds the score: [80%, 100%] achieved, [60%, 80%)
    /// partly, below 60% not achieved (`QualitativeOutcome`).
    static func outcome(_ score: ExactDecimal, max: ExactDecimal) -> QualitativeOutcome? {
        guard max > .zero else { return nil }
        if score * 100 >= max * 80 { return .achieved }
        return score * 100 >= max * 60 ? .partlyAchieved : .notAchieved
    }
}
