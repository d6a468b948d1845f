/// Joins the scores of the prose pass with those `ProjectTableReader` read by column:
/// prose scores of rows read as a table give way, and one item stated in two tables
/// (预算执行率 in the funds row and the score table) counts once.
enum TableScoreMerge {
    static func merge(prose: [ScoreItem], table: [ScoreItem], rows: Set<Int>) -> [ScoreItem] {
        let kept = prose.filter { !rows.contains($0.paragraph) }
        var seen = Set<String>()
        return (kept + table).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
            .filter { item in
                guard item.fromTable else { return true }
                return seen.insert("\(item.name)|\(item.score)|\(item.max.map { "\($0)" } ?? "")").inserted
            }
    }
}
