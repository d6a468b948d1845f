import Foundation
import JixiaoCore
import JixiaoImport

/// Reads a filled-in report workbook (the .xlsx the editor downloads) back into the
/// editor's form fields: self-scores and 偏差原因 from 评分表/自评表, 实际完成值 from 自评表 and
/// 绩效指标, figures from 收支情况, 人员情况, 其他数据 and 项目资金. Rows are matched to the framework's
/// leaves in the order the report writes them, each checked by its name. Every cell that
/// cannot be read is listed with its sheet and reference; the caller changes nothing then.
/// The fields are then parsed by `EvaluationForm`, so the upload obeys the editor's rules.
struct WorkbookFill {
    /// The form fields after the workbook's values (the evaluation's own fields elsewhere).
    var fields: [String: String]
    /// Where each field set from the workbook came from (`评分表!E12`).
    var cells: [String: String] = [:]
    /// One Chinese message per cell that cannot be read.
    var errors: [String] = []

    /// The workbook's values laid over the form of `evaluation` as scored in `score`.
    /// `editable` are the leaves whose self-score the editor offers (the framework's own leaves;
    /// a leaf made from a target is scored from its 实际完成值).
    init(_ book: XlsxWorkbook, evaluation: Evaluation, score: ScoreResult, editable: Set<String>, version: Int) {
        fields = EvaluationForm(evaluation: evaluation, version: version).fields
        // The form reads an indicator's note and rule inputs only with its self-score field present.
        for id in evaluation.indicators.keys where fields[FieldPath.indicator(id, .selfScore).text] == nil {
            fields[FieldPath.indicator(id, .selfScore).text] = ""
        }
        readScores(book, evaluation: evaluation, score: score, editable: editable)
        readTargets(book, evaluation: evaluation)
        for sheet in WorkbookText.figureSheets { readFigures(book.sheet(sheet), evaluation: evaluation) }
        readFunds(book.sheet(WorkbookText.fundsSheet))
        if ![WorkbookText.scoreSheet, WorkbookText.projectSheet, WorkbookText.targetsSheet]
            .contains(where: { book.sheet($0) != nil })
        {
            errors.append(WorkbookText.noSheet)
        }
    }

    /// Data rows start below the title, caption, filer line and column headers (`XlsxSheet`).
    static let firstRow = 5

    /// Sets `field` from cell `reference` of `sheet`.
    mutating func set(_ field: String, _ value: String, sheet: String, reference: String) {
        fields[field] = value
        cells[field] = "\(sheet)!\(reference)"
    }

    mutating func fail(_ sheet: String, _ reference: String, _ message: String) {
        errors.append("\(sheet)!\(reference)：\(message)")
    }

    /// A cell's text as a person reads it, trimmed; nil when empty.
    static func text(_ cell: XlsxCell?) -> String? {
        guard let cell else { return nil }
        let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A number cell's exact value (Excel may write `1.2E-3` or `12.300000000000001`);
    /// a text cell is read as a person typed it, half-width folded.
    static func number(_ cell: XlsxCell?) -> ExactDecimal? {
        switch cell {
        case .number(let text)?:
            if let exact = ExactDecimal(text) { return exact.rounded(places: 6) }
            guard let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            return ExactDecimal(NSDecimalNumber(decimal: decimal).stringValue)?.rounded(places: 6)
        case .text(let text)?:
            return MoneyParser.parseNumber(HalfWidth.fold(text).trimmingCharacters(in: .whitespaces))?.value
        default:
            return nil
        }
    }

    /// Names compared without spaces and line breaks (the report writes names on one line).
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.filter { !$0.isWhitespace } == b.filter { !$0.isWhitespace }
    }
}
