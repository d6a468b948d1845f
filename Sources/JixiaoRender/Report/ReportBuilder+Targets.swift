import JixiaoCore

extension ReportBuilder {
    /// The 绩效指标 table: every declared target with its levels, 性质, 指标值 and 单位,
    /// 实际完成值, 分值, 得分 (where the target is scored) and 偏差原因.
    func targetsTable(_ targets: [Target]) -> ReportTable {
        let leaves = Dictionary(leafPaths.map { ($0.leaf.id, $0.leaf) }, uniquingKeysWith: { first, _ in first })
        let rows = targets.map { target -> ReportRow in
            let leaf = leaves[target.id] ?? leafPaths.first { $0.leaf.name == target.name && $0.leaf.children.isEmpty }?.leaf
            let levels = (0..<2).map { i -> ReportCell in
                target.levels.indices.contains(i) ? .text(UserText.line(target.levels[i]) ?? "") : .empty
            }
            let max = target.maxScore ?? leaf?.max
            let note = UserText.line(target.deviationNote) ?? leaf?.deviationNote.flatMap(UserText.line)
            return ReportRow(
                levels + [
                    .text(UserText.line(target.name) ?? ""), .text(target.direction.rawValue),
                    Self.targetValue(target.targetValue, target.targetText),
                    .text(UserText.line(target.unit) ?? ""),
                    Self.targetValue(target.actualValue, target.actualText),
                    max.map { .value($0, .score) } ?? .empty,
                    leaf?.score.map { .value($0, .score) } ?? .empty,
                    .text(note ?? ReportText.noDeviation),
                ])
        }
        return ReportTable(
            name: ReportText.targetsTable.0, caption: ReportText.targetsTable.1,
            columns: [
                ReportColumn("一级指标", weight: 2), ReportColumn("二级指标", weight: 2),
                ReportColumn("三级指标", weight: 3), ReportColumn("指标性质", weight: 1),
                ReportColumn("年度指标值", weight: 2, numeric: true), ReportColumn("度量单位", weight: 1),
                ReportColumn("实际完成值", weight: 2, numeric: true),
                ReportColumn("分值", weight: 1, numeric: true), ReportColumn("得分", weight: 1, numeric: true),
                ReportColumn("偏差原因", weight: 3),
            ],
            rows: rows)
    }

    /// A target's value: the number as entered, else its text.
    static func targetValue(_ number: ExactDecimal?, _ text: String?) -> ReportCell {
        if let number { return .value(number, .plain) }
        return .text(UserText.line(text) ?? "")
    }

    /// Project targets the score table does not show (their first level names no
    /// `fromTargets` heading of the framework), so that nothing typed is lost.
    mutating func addUnscoredTargets() {
        let shown = Set(leafPaths.map(\.leaf.id)), names = Set(leafPaths.map(\.leaf.name))
        let rest = evaluation.targets.filter { !shown.contains($0.id) && !names.contains($0.name) }
        if !rest.isEmpty { blocks.append(.table(targetsTable(rest))) }
    }
}
