import JixiaoCore

extension ProjectTableReader {
    /// 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.
    static func fundsRow(_ row: TableRow, _ columns: [String: Int], paragraph: Int, into facts: inout ReportFacts) {
        for (key, id) in [("initial", "budgetInitial"), ("adjusted", "budgetAdjusted"), ("executed", "budgetExecuted")] {
            guard let number = row.number(columns[key]) else { continue }
            let amount = StatedAmount(
                label: FigureCatalog.label(id), value: number.value,
                precision: ExactDecimal(significand: 1, decimalPlaces: number.places))
            facts.amounts[id, default: []].append(Fact(amount, line: row.line))
        }
        if let rate = row.number(columns["rate"]) {
            let executed = row.number(columns["executed"]), adjusted = row.number(columns["adjusted"])
            facts.rates.append(
                RateStatement(
                    name: "预算执行率", percent: rate.value, places: rate.places, numerator: executed?.value,
                    numeratorText: executed.map { "全年执行数 \($0.value) 万元" }, denominator: adjusted?.value,
                    denominatorText: adjusted.map { "全年预算数 \($0.value) 万元" }, line: row.line, paragraph: paragraph))
        }
        if let score = row.number(columns["score"]) {
            facts.scores.append(
                ScoreItem(
                    name: "预算执行率", score: score.value, max: row.number(columns["max"])?.value,
                    line: row.line, heading: nil, context: "", paragraph: paragraph, fromTable: true))
        }
    }

    /// 一级 | 二级 | 三级指标 | 指标性质 | 年度指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因.
    static func indicatorRow(
        _ row: TableRow, name: String, _ columns: [String: Int], paragraph: Int, heading: Int?,
        into facts: inout ReportFacts
    ) {
        let max = row.number(columns["max"])?.value
        let score = row.number(columns["score"])?.value
        let note = row.cell(columns["note"])
        if let score {
            let path = columns["name"].flatMap { column in
                row.cells.indices.contains(column) ? row.cells[...column].lastIndex { !$0.isEmpty }.map { Array(row.cells[...$0]) } : nil
            }
            facts.scores.append(
                ScoreItem(
                    name: name, score: score, max: max, line: row.line, heading: heading,
                    context: note ?? "", paragraph: paragraph, fromTable: true, tablePath: path))
        }
        // A scoring table without targets (部门整体 评分表) gives scores only.
        guard columns["direction"] != nil || columns["target"] != nil else { return }
        var target = TargetStatement(
            name: name, direction: row.cell(columns["direction"]).flatMap(Direction.init(symbol:)),
            value: row.number(columns["target"])?.value, unit: row.cell(columns["unit"]),
            score: score, line: row.line)
        target.actual = row.number(columns["actual"])?.value
        target.max = max
        target.note = note
        facts.targets.append(target)
    }
}
