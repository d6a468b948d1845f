import JixiaoCore
import JixiaoImport

extension WorkbookFill {
    /// Columns of the two score sheets (0-based, as `ReportBuilder.scoreTable` lays them out).
    struct ScoreColumns {
        var score: Int
        var note: Int
        var actual: Int?
        static let department = ScoreColumns(score: 4, note: 6, actual: nil)
        static let project = ScoreColumns(score: 8, note: 10, actual: 6)
    }

    /// 评分表 (or 自评表): one row per leaf, depth first, its name in the column of its level.
    mutating func readScores(_ book: XlsxWorkbook, evaluation: Evaluation, score: ScoreResult, editable: Set<String>) {
        let found =
            book.sheet(WorkbookText.scoreSheet).map { ($0, ScoreColumns.department) }
            ?? book.sheet(WorkbookText.projectSheet).map { ($0, ScoreColumns.project) }
        guard let (sheet, columns) = found else { return }
        for (index, leaf) in score.nodes.flatMap(\.leaves).enumerated() {
            let row = Self.firstRow + index
            let nameColumn = min(max(leaf.level, 1), 3) - 1
            let written = Self.text(sheet[nameColumn, row]) ?? ""
            guard Self.sameName(written, leaf.name) else {
                fail(
                    sheet.name, XlsxWorksheet.reference(column: nameColumn, row: row),
                    WorkbookText.wrongRow(written: written, expected: leaf.name))
                return
            }
            readSelfScore(
                sheet, XlsxWorksheet.reference(column: columns.score, row: row), leaf: leaf,
                had: evaluation.indicators[leaf.id]?.selfScore, editable: editable.contains(leaf.id))
            let target = evaluation.targets.firstIndex { $0.id == leaf.id } ?? evaluation.targets.firstIndex { $0.name == leaf.name }
            if let actual = columns.actual, let target {
                readActual(sheet, column: actual, row: row, target: target)
            }
            let noteField = target.map { FieldPath.target($0, .deviationNote).text } ?? FieldPath.indicator(leaf.id, .note).text
            readNote(sheet, column: columns.note, row: row, field: noteField)
            if target == nil, fields[FieldPath.indicator(leaf.id, .selfScore).text] == nil, fields[noteField] != nil {
                fields[FieldPath.indicator(leaf.id, .selfScore).text] = ""
            }
        }
    }

    /// A self-score: a number, or blank / 不适用 / 无法计算 for none. The computed score written
    /// back unchanged is not taken as a self-score the unit did not give.
    private mutating func readSelfScore(
        _ sheet: XlsxWorksheet, _ reference: String, leaf: ScoredNode, had: ExactDecimal?,
        editable: Bool
    ) {
        let cell = sheet.cells[reference]
        guard let text = Self.text(cell), !WorkbookText.noValue.contains(text) else { return }
        guard let value = Self.number(cell) else {
            return fail(sheet.name, reference, WorkbookText.notNumber(WorkbookText.selfScore, text))
        }
        if had == nil, let computed = leaf.score, computed.rounded(places: 2) == value { return }
        guard editable else { return fail(sheet.name, reference, WorkbookText.scoredFromTarget(leaf.name)) }
        set(FieldPath.indicator(leaf.id, .selfScore).text, value.description, sheet: sheet.name, reference: reference)
    }

    /// 实际完成值 of target row `target`: a number as written, else the text (定性 outcomes).
    mutating func readActual(_ sheet: XlsxWorksheet, column: Int, row: Int, target: Int) {
        let reference = XlsxWorksheet.reference(column: column, row: row)
        guard let text = Self.text(sheet.cells[reference]) else { return }
        let value: String
        if case .number? = sheet.cells[reference], let number = Self.number(sheet.cells[reference]) {
            value = number.description
        } else {
            value = text
        }
        set(FieldPath.target(target, .actual).text, value, sheet: sheet.name, reference: reference)
    }

    /// 偏差原因: the text; 「无」 (what the report writes for none) clears it.
    mutating func readNote(_ sheet: XlsxWorksheet, column: Int, row: Int, field: String) {
        let reference = XlsxWorksheet.reference(column: column, row: row)
        guard let cell = sheet.cells[reference] else { return }
        let text = Self.text(cell) ?? ""
        set(field, text == WorkbookText.noDeviation ? "" : text, sheet: sheet.name, reference: reference)
    }

    /// 绩效指标: a row per declared target, found by its name (column C); 实际完成值 (G), 偏差原因 (J).
    mutating func readTargets(_ book: XlsxWorkbook, evaluation: Evaluation) {
        guard let sheet = book.sheet(WorkbookText.targetsSheet), sheet.lastRow >= Self.firstRow else { return }
        var used: Set<Int> = []
        for row in Self.firstRow...sheet.lastRow {
            guard let name = Self.text(sheet[2, row]) else { continue }
            guard
                let index = evaluation.targets.indices.first(where: {
                    !used.contains($0) && Self.sameName(evaluation.targets[$0].name, name)
                })
            else {
                fail(sheet.name, XlsxWorksheet.reference(column: 2, row: row), WorkbookText.unknownTarget(name))
                continue
            }
            used.insert(index)
            readActual(sheet, column: 6, row: row, target: index)
            readNote(sheet, column: 9, row: row, field: FieldPath.target(index, .deviationNote).text)
        }
    }
}
