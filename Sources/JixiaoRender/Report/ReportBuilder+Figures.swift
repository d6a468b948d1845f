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
        if let other = otherFiguresTable() { blocks.append(.table(other)) }
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
            let agrees = !parts.isEmpty && partValues.count == line.parts.count
                && partValues.reduce(.zero, +) == value
            return ReportRow([.text(label), agrees ? .sum(value, places: 2, rows: parts) : .number(value, places: 2)],
                             isTotal: line.indent == 0 && !line.parts.isEmpty)
        }
        return ReportTable(name: ReportText.moneyTable.0, caption: ReportText.moneyTable.1,
                           columns: [ReportColumn("项目", weight: 3), ReportColumn("金额（万元）", weight: 2, numeric: true)],
                           rows: rows)
    }

    func staffTable() -> ReportTable {
        let rows = Self.staffIDs.map { id in
            ReportRow([.text(FigureCatalog.label(id)),
                       evaluation.figures[id].map { .number($0, places: 0) } ?? .text(ReportText.notEntered)])
        }
        return ReportTable(name: ReportText.staffTable.0, caption: ReportText.staffTable.1,
                           columns: [ReportColumn("项目", weight: 3), ReportColumn("人数（人）", weight: 2, numeric: true)],
                           rows: rows)
    }

    /// Every other figure the evaluation carries, in catalogue order, then by key.
    func otherFiguresTable() -> ReportTable? {
        let shown = Set(Self.moneyLines.map(\.id) + Self.staffIDs)
        let catalogOrder = Dictionary(uniqueKeysWithValues: FigureCatalog.all.enumerated().map { ($1.id, $0) })
        let keys = evaluation.figures.values.keys.filter { !shown.contains($0) }.sorted {
            (catalogOrder[$0] ?? Int.max, $0) < (catalogOrder[$1] ?? Int.max, $1)
        }
        guard !keys.isEmpty else { return nil }
        let rows = keys.compactMap { key -> ReportRow? in
            guard let value = evaluation.figures.values[key] else { return nil }
            let unit = FigureCatalog.definition(key)?.unit ?? ""
            let cell: ReportCell = unit == "比率" ? .percent(value) : .number(value, places: unit == "万元" ? 2 : value.significantDecimalPlaces)
            return ReportRow([.text(UserText.line(FigureCatalog.label(key)) ?? key), cell, .text(unit == "比率" ? "%" : unit)])
        }
        return ReportTable(name: ReportText.otherTable.0, caption: ReportText.otherTable.1,
                           columns: [ReportColumn("项目", weight: 4), ReportColumn("数值", weight: 2, numeric: true),
                                     ReportColumn("单位", weight: 1)],
                           rows: rows)
    }

    /// The indicators computed from the figures, with formula, inputs and value.
    func computedTable() -> ReportTable {
        let rows = score.computed.map { value -> ReportRow in
            let inputs = value.inputs.sorted { $0.key < $1.key }
                .map { "\(FigureCatalog.label($0.key)) = \($0.value.formatted(minimumPlaces: 0, maximumPlaces: 4, grouping: true))" }
                .joined(separator: "；")
            let result: ReportCell
            if let v = value.value {
                result = value.name.contains("率") ? .percent(v) : .number(v, places: 2)
            } else {
                result = .text(ReportText.notComputable + (value.reason.flatMap(UserText.line).map { "：\($0)" } ?? ""))
            }
            return ReportRow([.text(UserText.line(value.name) ?? ""), .text(Self.readableFormula(UserText.line(value.formula) ?? "")),
                              .text(UserText.clean(inputs)), result])
        }
        return ReportTable(name: ReportText.computedTable.0, caption: ReportText.computedTable.1,
                           columns: [ReportColumn("指标", weight: 3), ReportColumn("计算公式", weight: 4),
                                     ReportColumn("数据", weight: 4), ReportColumn("计算结果", weight: 2, numeric: true)],
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
        let spending = group(money("expenditureTotal", "本年支出合计"),
                             [basic ?? (split.isEmpty ? nil : split.joined(separator: "，")), money("projectExpenditure", "项目支出")])
        let staff = [f["staffAuthorized"].map { "核定编制\($0.description)名" }, f["staffActual"].map { "实有\($0.description)人" }]
        let parts = [group(money("incomeTotal", "本年收入合计"), [money("fiscalIncome", "财政拨款收入")]), spending,
                     money("carryoverStart", "年初结转结余"), money("carryoverEnd", "年末结转结余"),
                     group(nil, staff)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "；") + "。"
    }

    /// The formula with figure ids replaced by their Chinese labels (staffActual → 在职人数).
    static func readableFormula(_ formula: String) -> String {
        var out = "", word = ""
        func flush() {
            out += FigureCatalog.definition(word)?.label ?? word
            word = ""
        }
        for ch in formula {
            if ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_") && !(word.isEmpty && ch.isNumber) {
                word.append(ch)
            } else {
                flush()
                out.append(ch)
            }
        }
        flush()
        return out
    }
}
