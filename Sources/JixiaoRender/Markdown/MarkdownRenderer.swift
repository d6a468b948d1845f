/// Renders a report as Markdown (GFM tables).
public enum MarkdownRenderer {
    public static func render(_ report: ReportDocument) -> String {
        var lines: [String] = ["# " + MarkdownText.escape(report.title), ""]
        for field in report.meta {
            lines.append("\(MarkdownText.escape(field.label))：" + (field.value.map { MarkdownText.escape($0) } ?? "**【未填写】**"))
            lines.append("")
        }
        for block in report.blocks {
            switch block {
            case .heading(let level, let text): lines.append((level == 1 ? "## " : "### ") + MarkdownText.escape(text))
            case .paragraph(let text): lines.append(MarkdownText.escape(text))
            case .gap(let text): lines.append("**" + MarkdownText.escape(text) + "**")
            case .table(let table): lines += self.table(table)
            }
            lines.append("")
        }
        lines.append(MarkdownText.escape(report.signature.unitName))
        lines.append("")
        if let date = report.signature.date { lines.append(MarkdownText.escape(date)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ table: ReportTable) -> [String] {
        var lines = ["**" + MarkdownText.escape(table.caption) + "**", ""]
        lines.append("| " + table.columns.map { MarkdownText.cell($0.title) }.joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            let cells = table.columns.indices.map { column -> String in
                let text = MarkdownText.cell(row.cells[safe: column]?.text ?? "")
                return row.isTotal && !text.isEmpty ? "**\(text)**" : text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }
}
