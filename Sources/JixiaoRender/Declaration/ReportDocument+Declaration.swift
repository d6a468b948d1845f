import JixiaoCore

extension ReportDocument {
    /// The 绩效目标申报表 of `declaration` (部门整体绩效目标表 or 项目支出绩效目标申报表) as the
    /// one model every format renders: the header fields, the funds, the goals, the indicator
    /// table (nine columns, so a landscape page in .docx) and last year's actual values.
    /// Every text is cleaned by `UserText.clean`; each format escapes it.
    public init(declaration: TargetDeclaration) {
        let d = declaration
        let clean = { (text: String) in UserText.line(text) ?? "" }
        var meta = [
            ReportField(label: DeclarationLabels.unit, value: clean(d.unit)),
            ReportField(label: DeclarationLabels.year, value: "\(d.fiscalYear)"),
        ]
        if d.scope == .project {
            meta.append(ReportField(label: DeclarationLabels.project, value: d.project.map(clean)))
            meta.append(ReportField(label: DeclarationLabels.attribute, value: d.projectAttribute.map(clean)))
        }
        if let sector = d.sector { meta.append(ReportField(label: DeclarationLabels.sector, value: clean(sector))) }
        meta.append(
            ReportField(
                label: DeclarationLabels.period,
                value: d.period.map {
                    Self.chineseDate($0.start) + "至" + Self.chineseDate($0.end)
                }))
        var blocks: [ReportBlock] = [.heading(level: 1, text: DeclarationLabels.funds), .table(Self.fundsTable(d.funds))]
        for (heading, text) in [(DeclarationLabels.overallGoal, d.overallGoal), (DeclarationLabels.annualGoal, d.annualGoal)] {
            blocks.append(.heading(level: 1, text: heading))
            let lines = UserText.paragraphs(text ?? "")
            blocks += lines.isEmpty ? [.gap(DeclarationLabels.unfilled)] : lines.map { .paragraph($0) }
        }
        blocks += [.heading(level: 1, text: DeclarationLabels.indicators), .table(Self.indicatorTable(d.rows))]
        if !d.previous.isEmpty {
            blocks += [.heading(level: 1, text: DeclarationLabels.previous), .table(Self.previousTable(d.previous))]
        }
        self.init(
            kind: d.scope == .project ? .project : .departmentWide,
            title: clean(d.unit) + "\(d.fiscalYear)年度" + d.scope.label, meta: meta, blocks: blocks,
            signature: ReportSignature(unitName: clean(d.unit), date: nil),
            summary: ReportSummary(total: 0, maxTotal: 0, grade: .poor, rescaled: false, scored: false),
            findings: [])
    }

    /// 2025年1月1日.
    static func chineseDate(_ date: CalendarDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }

    static func fundsTable(_ funds: DeclaredFunds?) -> ReportTable {
        func cell(_ amount: DeclaredAmount?) -> ReportCell {
            guard let amount else { return .empty }
            // Money as NumberFormat writes it (two places); more only when the declaration wrote more digits.
            let places = max(amount.places, amount.value.significantDecimalPlaces)
            return places <= 2 ? .value(amount.value, .money) : .number(amount.value, places: places)
        }
        return ReportTable(
            name: "资金情况", caption: "资金情况（万元）",
            columns: DeclarationLabels.fundColumns.map { ReportColumn($0, weight: 1, numeric: true) },
            rows: [ReportRow([cell(funds?.total), cell(funds?.fiscal), cell(funds?.other)])])
    }

    static func indicatorTable(_ rows: [DeclaredRow]) -> ReportTable {
        let weights = [2, 2, 3, 1, 2, 1, 1, 3, 3]
        let columns = zip(DeclarationLabels.indicatorColumns, weights).map { title, weight in
            ReportColumn(title, weight: weight, numeric: title == "分值")
        }
        let body = rows.map { row -> ReportRow in
            let t = row.target
            let level = { (i: Int) -> ReportCell in t.levels.indices.contains(i) ? .text(UserText.clean(t.levels[i])) : .empty }
            let value: ReportCell =
                t.targetValue.map { .number($0, places: $0.significantDecimalPlaces) }
                ?? t.targetText.map { .text(UserText.clean($0)) } ?? .empty
            return ReportRow([
                level(0), level(1), .text(UserText.clean(t.name)),
                row.directionStated ? .text(t.direction.rawValue) : .empty, value,
                t.unit.map { .text(UserText.clean($0)) } ?? .empty,
                t.maxScore.map { .value($0, .score) } ?? .empty,
                row.explanation.map { .text(UserText.clean($0)) } ?? .empty,
                row.standard.map { .text(UserText.clean($0)) } ?? .empty,
            ])
        }
        return ReportTable(name: "绩效指标", caption: "绩效指标", columns: columns, rows: body)
    }

    static func previousTable(_ previous: [PreviousActual]) -> ReportTable {
        ReportTable(
            name: "上年实际完成值", caption: "上年实际完成值",
            columns: [
                ReportColumn(DeclarationLabels.previousColumns[0], weight: 3),
                ReportColumn(DeclarationLabels.previousColumns[1], weight: 2, numeric: true),
            ],
            rows: previous.map {
                ReportRow([.text(UserText.clean($0.name)), .number($0.value, places: $0.value.significantDecimalPlaces)])
            })
    }
}
