import JixiaoCore

extension ReportBuilder {
    /// A leaf with its ancestors (一级, 二级).
    struct LeafPath {
        let ancestors: [ScoredNode]
        let leaf: ScoredNode
    }

    /// Every leaf of the scored tree, depth first, with its ancestors.
    static func leafPaths(_ nodes: [ScoredNode]) -> [LeafPath] {
        func walk(_ node: ScoredNode, _ above: [ScoredNode]) -> [LeafPath] {
            node.children.isEmpty
                ? [LeafPath(ancestors: above, leaf: node)]
                : node.children.flatMap { walk($0, above + [node]) }
        }
        return nodes.flatMap { walk($0, []) }
    }

    /// The score table: one row per leaf, 一级/二级 merged down, then the total row.
    /// Project tables add the target columns (指标性质 … 实际完成值).
    func scoreTable(project: Bool) -> ReportTable {
        let paths = leafPaths
        var rows: [ReportRow] = []
        for (index, path) in paths.enumerated() {
            let previous = index > 0 ? paths[index - 1] : nil
            var cells = levelCells(path, previous: previous)
            if project { cells += targetCells(path.leaf) }
            let leaf = path.leaf
            let scoreCell: ReportCell =
                leaf.notApplicable
                ? .text(ReportText.notApplicable)
                : leaf.score.map { .number($0, places: 2) } ?? .text(ReportText.notComputable)
            let note = leaf.deviationNote.map(UserText.clean)?.trimmedSpaces ?? ""
            // "无" rather than an empty cell: readers of .docx tables drop empty cells at the row ends.
            cells += [
                .number(leaf.max, places: 2), scoreCell, .text(UserText.clean(leaf.explanation)),
                .text(note.isEmpty ? ReportText.noDeviation : note),
            ]
            rows.append(ReportRow(cells))
        }
        let leafRows = Array(rows.indices)
        let maxColumn = project ? 7 : 3
        var total: [ReportCell] = [.text(project ? ReportText.grandTotal : ReportText.total)]
        total += Array(repeating: .empty, count: maxColumn - 1)
        total.append(sumCell(summary.maxTotal, column: maxColumn, rows: leafRows, in: rows))
        total.append(
            summary.scored
                ? sumCell(summary.total, column: maxColumn + 1, rows: leafRows, in: rows)
                : .text(ReportText.notComputable))
        total += [.text(ReportText.gradeCell(summary)), .empty]
        rows.append(ReportRow(total, isTotal: true))
        let names = project ? ReportText.indicatorTable : ReportText.scoreTable
        return ReportTable(name: names.0, caption: names.1, columns: scoreColumns(project: project), rows: rows)
    }

    /// A `.sum` cell when the rows' numbers in `column` add up to `value` exactly, else a plain number.
    func sumCell(_ value: ExactDecimal, column: Int, rows: [Int], in table: [ReportRow]) -> ReportCell {
        let values = rows.compactMap { table[$0].cells[column].value }
        return values.reduce(.zero, +) == value ? .sum(value, places: 2, rows: rows) : .number(value, places: 2)
    }

    private func levelCells(_ path: LeafPath, previous: LeafPath?) -> [ReportCell] {
        (1...3).map { level -> ReportCell in
            if path.leaf.level == level || (level == 3 && path.leaf.level > 3) {
                return .text(UserText.line(path.leaf.name) ?? "")
            }
            guard let node = path.ancestors.first(where: { $0.level == level }) else { return .empty }
            if let previous, previous.ancestors.contains(where: { $0.level == level && $0.id == node.id }) {
                return .continued
            }
            return .text(UserText.line(node.name) ?? "")
        }
    }

    private func targetCells(_ leaf: ScoredNode) -> [ReportCell] {
        guard
            let target = evaluation.targets.first(where: { $0.id == leaf.id })
                ?? evaluation.targets.first(where: { $0.name == leaf.name })
        else {
            return Array(repeating: .empty, count: 4)
        }
        func value(_ number: ExactDecimal?, _ text: String?) -> ReportCell {
            if let number { return .number(number, places: number.significantDecimalPlaces) }
            return .text(UserText.line(text) ?? "")
        }
        return [
            .text(target.direction.rawValue), value(target.targetValue, target.targetText),
            .text(UserText.line(target.unit) ?? ""), value(target.actualValue, target.actualText),
        ]
    }

    private func scoreColumns(project: Bool) -> [ReportColumn] {
        guard project else {
            return [
                ReportColumn("一级指标", weight: 3), ReportColumn("二级指标", weight: 3),
                ReportColumn("三级指标", weight: 5), ReportColumn("分值", weight: 3, numeric: true),
                ReportColumn("得分", weight: 3, numeric: true), ReportColumn("评分说明", weight: 7),
                ReportColumn("偏差原因", weight: 5),
            ]
        }
        return [
            ReportColumn("一级指标", weight: 2), ReportColumn("二级指标", weight: 2),
            ReportColumn("三级指标", weight: 3), ReportColumn("指标性质", weight: 1),
            ReportColumn("年度指标值", weight: 2, numeric: true), ReportColumn("度量单位", weight: 1),
            ReportColumn("实际完成值", weight: 2, numeric: true), ReportColumn("分值", weight: 2, numeric: true),
            ReportColumn("得分", weight: 2, numeric: true), ReportColumn("评分说明", weight: 4),
            ReportColumn("偏差原因分析及改进措施", weight: 4),
        ]
    }
}
