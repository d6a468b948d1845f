import Plot

/// A report table as an HTML table; `.continued` cells become `rowspan`s.
enum HtmlTable {
    static func node(_ table: ReportTable) -> Node<HTML.BodyContext> {
        let spans = rowSpans(table)
        return .table(
            .caption(.raw(HtmlText.escape(table.caption))),
            .thead(.tr(.group(table.columns.map { .th(.raw(HtmlText.escape($0.title))) }))),
            .tbody(.group(table.rows.enumerated().map { index, row in
                .tr(.if(row.isTotal, .class("jx-total")),
                    .group(row.cells.enumerated().compactMap { column, cell -> Node<HTML.TableRowContext>? in
                        guard cell != .continued, column < table.columns.count else { return nil }
                        let span = spans[index][column]
                        return .td(.if(cell.value != nil, .class("jx-number")),
                                   .if(span > 1, .attribute(named: "rowspan", value: String(span))),
                                   .raw(HtmlText.escape(cell.text).replacingOccurrences(of: "\n", with: "<br/>")))
                    }))
            }))
        )
    }

    /// For each cell, how many rows it spans (1 plus the `.continued` cells under it).
    static func rowSpans(_ table: ReportTable) -> [[Int]] {
        var spans = table.rows.map { Array(repeating: 1, count: $0.cells.count) }
        for column in table.columns.indices {
            var owner: Int?
            for (index, row) in table.rows.enumerated() where column < row.cells.count {
                if row.cells[column] == .continued, let o = owner, column < spans[o].count {
                    spans[o][column] += 1
                } else {
                    owner = index
                }
            }
        }
        return spans
    }
}
