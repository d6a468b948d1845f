import JixiaoCore

extension ReportBuilder {
    /// One line of the money table: a figure, its indentation, and the figures it is the sum of.
    private struct MoneyLine {
        let id: String
        let indent: Int
        let parts: [String]
    }

    private static let moneyLines: [MoneyLine] = [
        .init(id: "incomeTotal", indent: 0, parts: ["fiscalIncome", "otherIncome"]),
        .init(id: "fiscalIncome", indent: 1, parts: []),
        .init(id: "otherIncome", indent: 1, parts: []),
        .init(id: "expenditureTotal", indent: 0, parts: ["basicExpenditure", "projectExpenditure"]),
        .init(id: "basicExpenditure", indent: 1, parts: ["personnelExpenditure", "publicExpenditure"]),
        .init(id: "personnelExpenditure", indent: 2, parts: []),
        .init(id: "publicExpenditure", indent: 2, parts: []),
        .init(id: "projectExpenditure", indent: 1, parts: []),
        .init(id: "carryoverStart", indent: 0, parts: []),
        .init(id: "carryoverEnd", indent: 0, parts: []),
    ]
    private static let optionalMoney: Set<String> = ["otherIncome"]
    private static let staffIDs = ["staffAuthorized", "staffActual"]

    /// The figures of （四）部门整体支出情况: money, headcounts, other figures, computed indicators.
    mutating func addFigureTables() {
        blocks.append(.table(moneyTable()))
        blocks.append(.table(staffTable()))
        if let other = otherFiguresTable(besides: Set(Self.moneyLines.map(\.id) + Self.staffIDs)) { blocks.append(.table(other)) }
        if let summary = figuresSentence() { blocks.append(.paragraph(summary)) }
        if !score.computed.isEmpty { blocks.append(.table(computedTable())) }
    }

    func moneyTable() -> ReportTable {
        let lines = Self.moneyLines.filter { !Self.optionalMoney.contains($0.id) || evaluation.figures[$0.id] != nil }
        let rowOf = Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($1.id, $0) })
        let rows = lines.map { line -> ReportRow in
            let label = String(repeating: "　", count: line.indent * 2) + FigureCatalog.label(line.id)
            guard let value = evaluation.figures[line.id] else {
                return ReportRow([.text(label), .text(ReportText.notEntered)])
            }
            let partValues = line.parts.compactMap { evaluation.figures[$0] }
            let parts = line.parts.compactMap { rowOf[$0] }
            let agrees =
                !parts.isEmpty && partValues.count == line.parts.count
                && partValues.reduce(.zero, +) == value
            return ReportRow(
                [.text(label), agrees ? .sum(value, places: 2, rows: parts) : .value(value, .money)],
                isTotal: line.indent == 0 && !line.parts.isEmpty)
        }
        return ReportTable(
            name: ReportText.moneyTable.0, caption: ReportText.moneyTable.1,
            columns: [ReportColumn("项目", weight: 3), ReportColumn("金额（万元）", weight: 2, numeric: true)],
            rows: rows)
    }

    func staffTable() -> ReportTable {
        let rows = Self.staffIDs.map { id in
            ReportRow([
                .text(FigureCatalog.label(id)),
                evaluation.figures[id].map { .value($0, .count) } ?? .text(ReportText.notEntered),
            ])
        }
        return ReportTable(
            name: ReportText.staffTable.0, caption: ReportText.staffTable.1,
            columns: [ReportColumn("项目", weight: 3), ReportColumn("人数（人）", weight: 2, numeric: true)],
            rows: rows)
    }

    /// Every figure the evaluation carries besides those `shown` elsewhere, in catalogue order, then by key.
    func otherFiguresTable(besides shown: Set<String>) -> ReportTable? {
        let catalogOrder = Dictionary(uniqueKeysWithValues: FigureCatalog.all.enumerated().map { ($1.id, $0) })
        let keys = evaluation.figures.values.keys.filter { !shown.contains($0) }.sorted {
            (catalogOrder[$0] ?? Int.max, $0) < (catalogOrder[$1] ?? Int.max, $1)
        }
        guard !keys.isEmpty else { return nil }
        let rows = keys.compactMap { key -> ReportRow? in
            guard let value = evaluation.figures.values[key] else { return nil }
            let definition = FigureCatalog.definition(FigureCatalog.id(for: key) ?? key)
            return ReportRow([
                .text(UserText.line(FigureCatalog.label(key)) ?? key),
                .value(value, definition?.kind ?? .plain), .text(definition?.shownUnit ?? ""),
            ])
        }
        return ReportTable(
            name: ReportText.otherTable.0, caption: ReportText.otherTable.1,
            columns: [
                ReportColumn("项目", weight: 4), ReportColumn("数值", weight: 2, numeric: true),
                ReportColumn("单位", weight: 1),
            ],
            rows: rows)
    }

    /// The indicators computed from the figures: the formula in words with its numbers, the data, the value.
    func computedTable() -> ReportTable {
        let rows = score.computed.map { value -> ReportRow in
            let inputs = value.inputs.sorted { $0.key < $1.key }
                .map { FigureCatalog.label($0.key) + " " + NumberFormat.figure($0.value, id: $0.key) }
                .joined(separator: "；")
            let result: ReportCell
            if let v = value.value {
                result = .value(v, value.kind)
            } else {
                result = .text(ReportText.notComputable + (value.reason.flatMap(UserText.line).map { "：\($0)" } ?? ""))
            }
            // Without a value the result column says why; the formula column gives the formula only.
            let working = value.value == nil ? value.formulaInWords : value.working
            return ReportRow([
                .text(UserText.line(value.name) ?? ""), .text(UserText.line(working) ?? ""),
                .text(UserText.clean(inputs)), result,
            ])
        }
        return ReportTable(
            name: ReportText.computedTable.0, caption: ReportText.computedTable.1,
            columns: [
                ReportColumn("指标", weight: 3), ReportColumn("计算公式", weight: 5),
                ReportColumn("数据", weight: 4), ReportColumn("计算结果", weight: 2, numeric: true),
            ],
            rows: rows)
    }

    /// One sentence stating the money and headcount figures, with the cue words readers look for.
    func figuresSentence() -> String? {
        let f = evaluation.figures
        func money(_ id: String, _ label: String) -> String? { f[id].map { label + ReportText.money($0) } }
        func group(_ total: String?, _ parts: [String?]) -> String? {
            let parts = parts.compactMap { $0 }
            guard let total else { return parts.isEmpty ? nil : parts.joined(separator: "，") }
            return total + (parts.isEmpty ? "" : "，其中" + parts.joined(separator: "，"))
        }
        let split = [money("personnelExpenditure", "人员经费"), money("publicExpenditure", "公用经费")].compactMap { $0 }
        let basic = money("basicExpenditure", "基本支出").map { $0 + (split.isEmpty ? "" : "（" + split.joined(separator: "、") + "）") }
        let spending = group(
            money("expenditureTotal", "本年支出合计"),
            [basic ?? (split.isEmpty ? nil : split.joined(separator: "，")), money("projectExpenditure", "项目支出")])
        let staff = [
            f["staffAuthorized"].map { "核定编制" + NumberFormat.text($0, .count) + "名" },
            f["staffActual"].map { "实有" + NumberFormat.text($0, .count) + "人" },
        ]
        let parts = [
            group(money("incomeTotal", "本年收入合计"), [money("fiscalIncome", "财政拨款收入")]), spending,
            money("carryoverStart", "年初结转结余"), money("carryoverEnd", "年末结转结余"),
            group(nil, staff),
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "；") + "。"
    }
}
