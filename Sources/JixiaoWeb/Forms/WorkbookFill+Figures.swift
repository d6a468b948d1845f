import JixiaoCore
import JixiaoImport

extension WorkbookFill {
    /// A figure sheet (收支情况, 人员情况, 其他数据): the figure's label in column A (indented
    /// with full-width spaces), its value in B. Blank or 「未填报」 leaves the figure as it is.
    mutating func readFigures(_ sheet: XlsxWorksheet?, evaluation: Evaluation) {
        guard let sheet, sheet.lastRow >= Self.firstRow else { return }
        for row in Self.firstRow...sheet.lastRow {
            guard let label = Self.text(sheet[0, row]).map({ $0.trimmingCharacters(in: .whitespaces.union(["　"])) }) else {
                continue
            }
            let valueRef = XlsxWorksheet.reference(column: 1, row: row)
            let cell = sheet.cells[valueRef]
            guard let text = Self.text(cell), !WorkbookText.noValue.contains(text) else { continue }
            guard
                let id = FigureCatalog.id(for: label)
                    ?? evaluation.figures.values.keys.first(where: { FigureCatalog.label($0) == label })
            else {
                fail(sheet.name, XlsxWorksheet.reference(column: 0, row: row), WorkbookText.unknownFigure(label))
                continue
            }
            let kind = FigureCatalog.kind(id)
            let value: ExactDecimal?
            if case .number? = cell {
                // A number cell holds the stored value (a rate as a fraction, money in 万元).
                value = Self.number(cell)
            } else {
                value = NumberFormat.parseInput(text, kind)
            }
            guard let value else {
                fail(sheet.name, valueRef, WorkbookText.notNumber(label, text))
                continue
            }
            set(FieldPath.figure(id).text, NumberFormat.inputText(value, kind), sheet: sheet.name, reference: valueRef)
        }
    }
}

extension WorkbookFill {
    /// 项目资金 rows (label in A) and the figure prefix of each (`ReportBuilder.fundsTable`).
    static let fundRows: [String: String] = [
        "年度资金总额": "budget", "其中：本年财政拨款": "fiscalFunds", "上年结转资金": "carryoverFunds", "其他资金": "otherFunds",
    ]
    /// 年初预算数, 全年预算数, 全年执行数 in columns B, C, D.
    static let fundColumns = [(1, "Initial"), (2, "Adjusted"), (3, "Executed")]

    /// 项目资金: the money of each funds row, in 万元.
    mutating func readFunds(_ sheet: XlsxWorksheet?) {
        guard let sheet, sheet.lastRow >= Self.firstRow else { return }
        for row in Self.firstRow...sheet.lastRow {
            guard let label = Self.text(sheet[0, row]) else { continue }
            guard let prefix = Self.fundRows[label] else {
                fail(sheet.name, XlsxWorksheet.reference(column: 0, row: row), WorkbookText.unknownFigure(label))
                continue
            }
            for (column, suffix) in Self.fundColumns {
                let reference = XlsxWorksheet.reference(column: column, row: row)
                let cell = sheet.cells[reference]
                guard let text = Self.text(cell), !WorkbookText.noValue.contains(text) else { continue }
                let id = prefix + suffix
                let value: ExactDecimal?
                if case .number? = cell { value = Self.number(cell) } else { value = NumberFormat.parseInput(text, .money) }
                guard let value else {
                    fail(sheet.name, reference, WorkbookText.notNumber(FigureCatalog.label(id), text))
                    continue
                }
                set(FieldPath.figure(id).text, NumberFormat.inputText(value, .money), sheet: sheet.name, reference: reference)
            }
        }
    }
}
