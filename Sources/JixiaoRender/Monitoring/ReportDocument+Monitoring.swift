import JixiaoCore

extension ReportDocument {
    /// One monitoring round (绩效运行监控表) as the one model the .docx renders: the header
    /// (unit, project, year, the date the data run to, time elapsed, the overall light), the
    /// budget table, the targets table (thirteen columns, so a landscape page), each light's
    /// arithmetic in words, and the `monitor.*` findings. Lights are words; the .docx also
    /// shades their cells. Every text is cleaned by `UserText`; each format escapes it.
    public init(monitoring round: MonitoringRound, result: MonitoringResult) {
        let clean = { (text: String) in UserText.line(text) ?? "" }
        var meta = [ReportField(label: MonitoringLabels.unit, value: clean(round.unit))]
        if let project = round.project { meta.append(ReportField(label: MonitoringLabels.project, value: clean(project))) }
        meta += [
            ReportField(label: MonitoringLabels.year, value: "\(round.fiscalYear)"),
            ReportField(label: MonitoringLabels.asOf, value: Self.chineseDate(round.asOf)),
            ReportField(
                label: MonitoringLabels.timeProgress,
                value: "\(result.months) ÷ 12 = " + MonitoringCells.percent(result.budget.timeProgress).text),
            ReportField(label: MonitoringLabels.overall, value: MonitoringLabels.light(result.overall)),
        ]
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: MonitoringLabels.budgetHeading), .table(Self.roundBudgetTable(round, result)),
            .heading(level: 1, text: MonitoringLabels.targetsHeading),
        ]
        blocks.append(round.targets.isEmpty ? .paragraph(MonitoringLabels.noTargets) : .table(Self.roundTargetsTable(round, result)))
        blocks.append(.heading(level: 1, text: MonitoringLabels.explanationsHeading))
        blocks.append(.paragraph(MonitoringLabels.budgetLabel + "：" + result.budget.reading.explanation))
        for light in result.targets {
            blocks.append(.paragraph(clean(light.name) + "：" + clean(light.reading.explanation)))
        }
        blocks.append(.heading(level: 1, text: MonitoringLabels.findingsHeading))
        blocks +=
            result.findings.isEmpty
            ? [.paragraph(MonitoringLabels.noFindings)]
            : result.findings.map { .paragraph("【\($0.severity.label)】" + clean($0.message)) }
        self.init(
            kind: round.project == nil ? .departmentWide : .project,
            title: MonitoringLabels.roundTitle(unit: clean(round.unit), fiscalYear: round.fiscalYear, project: round.project.map(clean)),
            meta: meta, blocks: blocks, signature: ReportSignature(unitName: clean(round.unit), date: nil),
            summary: ReportSummary(total: 0, maxTotal: 0, grade: .poor, rescaled: false, scored: false), findings: [])
    }

    static func roundBudgetTable(_ round: MonitoringRound, _ result: MonitoringResult) -> ReportTable {
        let reading = result.budget
        let row = ReportRow(
            [
                MonitoringCells.money(round.budget.annual), MonitoringCells.money(round.budget.executed),
                MonitoringCells.percent(reading.rate), MonitoringCells.percent(reading.timeProgress),
                MonitoringCells.percent(reading.ratio), MonitoringCells.light(reading.light),
                MonitoringCells.money(round.budget.expectedYearEnd),
            ], fills: MonitoringSummary.fill(reading.light, at: 5))
        return ReportTable(
            name: MonitoringLabels.budgetSheet, caption: MonitoringLabels.budgetSheet,
            columns: MonitoringLabels.roundBudgetColumns.enumerated().map { ReportColumn($1, weight: 1, numeric: $0 != 5) },
            rows: [row])
    }

    static func roundTargetsTable(_ round: MonitoringRound, _ result: MonitoringResult) -> ReportTable {
        let rows = zip(round.targets, result.targets).map { monitored, light -> ReportRow in
            let t = monitored.target
            let level = { (i: Int) -> ReportCell in t.levels.indices.contains(i) ? MonitoringCells.text(t.levels[i]) : .empty }
            return ReportRow(
                [
                    level(0), level(1), MonitoringCells.text(t.name), .text(t.direction.rawValue),
                    MonitoringCells.value(t.targetValue, t.targetText), MonitoringCells.text(t.unit), MonitoringCells.actual(t),
                    MonitoringCells.value(monitored.expectedYearEndValue, monitored.expectedYearEndText),
                    MonitoringCells.percent(light.ratio), MonitoringCells.light(light.light),
                    MonitoringCells.text(monitored.likelihood?.rawValue), MonitoringCells.lines(monitored.deviationReason),
                    MonitoringCells.lines(monitored.measures),
                ], fills: MonitoringSummary.fill(light.light, at: 9))
        }
        let weights = [2, 2, 3, 1, 2, 1, 2, 2, 2, 1, 2, 3, 3]
        let numeric: Set<Int> = [4, 6, 7, 8]
        let columns = zip(MonitoringLabels.roundTargetColumns, weights).enumerated().map { index, pair in
            ReportColumn(pair.0, weight: pair.1, numeric: numeric.contains(index))
        }
        return ReportTable(name: MonitoringLabels.targetsSheet, caption: MonitoringLabels.targetsSheet, columns: columns, rows: rows)
    }
}
