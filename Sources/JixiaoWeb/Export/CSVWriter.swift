import JixiaoRender

/// A `ReportTable` as RFC 4180 CSV with a UTF-8 byte order mark (so Excel opens the Chinese
/// text). Text cells that a spreadsheet would read as a formula (first character
/// `= + - @`, tab or carriage return) get a leading `'`, as OWASP advises against CSV
/// injection; numbers the app wrote itself are left as numbers (rates as percentages).
enum CSVWriter {
    /// First characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]

    static func document(_ table: ReportTable) -> String {
        let lines =
            [table.columns.map { field(text: $0.title) }]
            + table.rows.map { row in
                row.cells.map { cell in
                    // Rates as percentages (96.00%, which spreadsheets read as 0.96); other numbers exact.
                    if case .percent = cell { return cell.text }
                    return cell.value.map { quoted($0.description) } ?? field(text: cell.text)
                }
            }
        return "\u{FEFF}" + lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A text cell, neutralised and quoted as needed.
    static func field(text: String) -> String {
        quoted(text.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + text : text)
    }

    private static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
