/// Joins the scores of the prose pass (including rows the score-table reader took
/// by column) with those `ProjectTableReader` read: prose scores of rows read as a
/// table give way, a row already read by column is not read twice, and one item
/// stated in two tables (预算执行率 in the funds row and the score table) counts once.
enum TableScoreMerge {
    static func merge(before: [ScoreItem], read: [ScoreItem], rows: Set<Int>) -> [ScoreItem] {
        let covered = Set(before.filter(\.fromTable).map(\.paragraph))
        let kept = before.filter { $0.fromTable || !rows.contains($0.paragraph) }
        let added = read.filter { !covered.contains($0.paragraph) }
        var seen = Set<String>()
        return (kept + added).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
            .filter { item in
                guard item.fromTable else { return true }
                return seen.insert("\(item.name)|\(item.score)|\(item.max.map { "\($0)" } ?? "")").inserted
            }
    }
}
