import Foundation
import JixiaoCore

/// A budget execution export as CSV (UTF-8 with or without BOM, else GB18030/GBK as Excel
/// writes it in China) turned into the rows `ExecutionParser` reads; bounded by `ExecutionRules`.
public enum ExecutionCSVReader {
    /// The rows of `data`, numbered by the line each starts on; `file` names it in messages.
    public static func sheet(_ data: Data, file: String) throws(ExecutionProblem) -> ExecutionSheet {
        guard data.count <= ExecutionRules.maxBytes else {
            throw ExecutionProblem(file: file, message: "文件超过 \(ExecutionRules.maxBytes >> 20) MB，请分开导入")
        }
        guard let text = TextDecoding.decode(data) else {
            throw ExecutionProblem(file: file, message: FileMessages.notText)
        }
        let records = CSVTable.parse(text)
        return ExecutionSheet(file: file, rows: records.map { ExecutionSheet.Row(number: $0.line, cells: $0.cells) })
    }
}
