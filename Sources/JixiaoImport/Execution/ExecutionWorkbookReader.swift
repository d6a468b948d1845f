import Foundation
import JixiaoCore

/// A budget execution export as .xlsx: the first worksheet holding cells, as the rows
/// `ExecutionParser` reads (numbers as plain decimal text, a date cell as its serial, which
/// the parser reads as its month). Read in memory under the upload limits of `XlsxLimits`.
public enum ExecutionWorkbookReader {
    public static func sheet(_ data: Data, file: String) throws(ExecutionProblem) -> ExecutionSheet {
        guard data.count <= ExecutionRules.maxBytes else {
            throw ExecutionProblem(file: file, message: "文件超过 \(ExecutionRules.maxBytes >> 20) MB，请分开导入")
        }
        let workbook: XlsxWorkbook
        do { workbook = try XlsxWorkbook.read(data) } catch let error as XlsxReadError {
            throw ExecutionProblem(file: file, message: error.message)
        } catch {
            throw ExecutionProblem(file: file, message: XlsxReadError.damaged.message)
        }
        guard let sheet = workbook.sheets.first(where: { !$0.cells.isEmpty }) else {
            return ExecutionSheet(file: file, rows: [])
        }
        var rows: [Int: [Int: String]] = [:]
        for (reference, cell) in sheet.cells {
            guard let row = XlsxWorksheet.row(of: reference), let column = column(of: reference) else { continue }
            // One column past the limit is kept, so the parser can say the row is too wide.
            guard column <= ExecutionRules.maxColumns else { continue }
            rows[row, default: [:]][column] = text(cell)
        }
        return ExecutionSheet(
            file: file,
            rows: rows.keys.sorted().map { number in
                let cells = rows[number] ?? [:]
                let width = (cells.keys.max() ?? -1) + 1
                return ExecutionSheet.Row(number: number, cells: (0..<width).map { cells[$0] ?? "" })
            })
    }

    /// The 0-based column of a reference (`E12` → 4), nil past `XFD`.
    static func column(of reference: String) -> Int? {
        var value = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) || (97...122).contains(scalar.value) else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            value = value * 26 + Int((scalar.value & 0xDF) - 64)
        }
        return letters == 0 ? nil : value - 1
    }

    /// A cell's text; a number written with an exponent (1.2345E7) as plain decimals.
    static func text(_ cell: XlsxCell) -> String {
        guard case .number(let written) = cell, let e = written.firstIndex(where: { $0 == "E" || $0 == "e" }),
            let exponent = Int(written[written.index(after: e)...]), abs(exponent) <= 18,
            let mantissa = ExactDecimal(String(written[..<e]))
        else { return cell.text }
        let scale = ExactDecimal(significand: ExactDecimal.pow10(abs(exponent)), decimalPlaces: 0)
        let value = exponent >= 0 ? mantissa.multiplied(by: scale) : mantissa.divided(by: scale)
        return value?.description ?? cell.text
    }
}
