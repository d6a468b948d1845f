extension DeclarationChecker {
    /// `targets.funds`: 资金总额 = 财政资金 + 其他资金 within the written precision.
    func fundFindings(_ declaration: TargetDeclaration) -> [Finding] {
        guard let funds = declaration.funds, let total = funds.total, funds.fiscal != nil || funds.other != nil else { return [] }
        var terms: [(sign: Int, amount: StatedAmount)] = []
        if let fiscal = funds.fiscal { terms.append((1, fiscal.stated("财政资金"))) }
        if let other = funds.other { terms.append((1, other.stated("其他资金"))) }
        let check = SumCheck(terms: terms, total: total.stated("资金总额"))
        // Exact, not within the tolerance of reports: a declaration states its own amounts.
        guard !check.difference.isZero else { return [] }
        return [finding("targets.funds", CheckMessages.sum(check), field: "funds.total")]
    }

    /// `targets.period`: start after end, and 时效 rows whose date lies after the end
    /// (of the 实施期, or of the fiscal year when no period is given).
    func periodFindings(_ declaration: TargetDeclaration) -> [Finding] {
        var findings: [Finding] = []
        if let period = declaration.period, period.end < period.start {
            findings.append(
                finding(
                    "targets.period", DeclarationMessages.periodOrder(start: period.start, end: period.end),
                    field: "period.start"))
        }
        let end = declaration.period?.end ?? CalendarDate(year: declaration.fiscalYear, month: 12, day: 31)
        for (index, row) in declaration.rows.enumerated() where level(row, in: [rules.timeLevel]) != nil {
            guard let date = dateTarget(row), date > end else { continue }
            findings.append(
                finding(
                    "targets.period",
                    DeclarationMessages.timeAfterEnd(
                        row: index, name: row.target.name, date: date, end: end,
                        endIsYear: declaration.period == nil),
                    field: Self.field(index, "target")))
        }
        return findings
    }

    /// `targets.duplicate`: each later row with the name of an earlier one.
    func duplicateFindings(_ declaration: TargetDeclaration) -> [Finding] {
        var rowsByName: [String: [Int]] = [:]
        var order: [String] = []
        for (index, row) in declaration.rows.enumerated() {
            let key = LibraryIndicator.key(row.target.name)
            guard !key.isEmpty else { continue }
            if rowsByName[key] == nil { order.append(key) }
            rowsByName[key, default: []].append(index)
        }
        return order.compactMap { key in
            guard let rows = rowsByName[key], rows.count > 1 else { return nil }
            let name = declaration.rows[rows[0]].target.name.trimmedSpaces
            return finding(
                "targets.duplicate", DeclarationMessages.duplicate(name: name, rows: rows),
                field: Self.field(rows[1], "name"))
        }
    }

    /// `targets.weights`: where 分值 are given, each above 0 and together one of the allowed totals.
    func weightFindings(_ declaration: TargetDeclaration) -> [Finding] {
        let scored = declaration.rows.enumerated().compactMap { index, row in row.target.maxScore.map { (index, row, $0) } }
        guard !scored.isEmpty else { return [] }
        var findings = scored.filter { $0.2 <= .zero }.map { index, row, score in
            finding(
                "targets.weights", DeclarationMessages.weightNotPositive(row: index, name: row.target.name, score: score),
                field: Self.field(index, "maxScore"))
        }
        let sum = scored.reduce(ExactDecimal.zero) { $0 + $1.2 }
        if !rules.weightTotals.contains(sum) {
            findings.append(
                finding(
                    "targets.weights",
                    DeclarationMessages.weightTotal(scores: scored.map(\.2), sum: sum, allowed: rules.weightTotals),
                    field: "targets"))
        }
        return findings
    }

    /// `targets.dimensions`: at least one 产出, one 效益 and one 满意度 row. A row counts for the
    /// dimension its second level names (服务对象满意度指标 under 效益指标 is 满意度), else its first.
    func dimensionFindings(_ declaration: TargetDeclaration) -> [Finding] {
        var present: Set<String> = []
        for row in declaration.rows {
            let levels = row.target.levels
            let second = levels.count > 1 ? rules.dimensions.first { levels[1].hasScalars($0.word) } : nil
            let first = levels.first.flatMap { level in rules.dimensions.first { level.hasScalars($0.word) } }
            if let dimension = second ?? first { present.insert(dimension.word) }
        }
        let missing = rules.dimensions.filter { !present.contains($0.word) }.map(\.label)
        guard !missing.isEmpty else { return [] }
        let have = rules.dimensions.filter { present.contains($0.word) }.map(\.label)
        return [finding("targets.dimensions", DeclarationMessages.dimensions(missing: missing, present: have), field: "targets")]
    }

    /// `targets.core-missing`: indicators the library requires for the declaration's sector.
    func coreFindings(_ declaration: TargetDeclaration) -> [Finding] {
        guard let sector = declaration.sector?.trimmedSpaces else { return [] }
        return library.required(sector: sector).compactMap { indicator in
            guard !declaration.rows.contains(where: { indicator.matches($0.target.name) }) else { return nil }
            return finding(
                "targets.core-missing", DeclarationMessages.coreMissing(sector: sector, indicator: indicator),
                field: "targets")
        }
    }
}
