import Plot

/// A report table as an HTML table; `.continued` cells become `rowspan`s.
enum HtmlTable {
    static func node(_ table: ReportTable) -> Node<HTML.BodyContext> {
        let spans = rowSpans(table)
        return .table(
            .if(table.columns.count > HtmlStyle.narrowColumns, .class("jx-wide")),
            .caption(.raw(HtmlText.escape(table.caption))),
            .element(named: "colgroup", nodes: columnWidths(table).map { percent in
                Node<HTML.TableContext>.selfClosedElement(named: "col", attributes: [Attribute<HTML.TableContext>.class(HtmlStyle.widthClass(percent))])
            }),
            .thead(.tr(.group(table.columns.map { column in
                .th(.if(HtmlStyle.isShort(column.title), .class("jx-short")), .raw(HtmlText.escape(column.title)))
            }))),
            .tbody(.group(table.rows.enumerated().map { index, row in
                .tr(.if(row.isTotal, .class("jx-total")),
                    .group(row.cells.enumerated().compactMap { column, cell -> Node<HTML.TableRowContext>? in
                        guard cell != .continued, column < table.columns.count else { return nil }
                        let span = spans[index][column]
                        let kind = cell.value != nil ? "jx-number" : HtmlStyle.isShort(cell.text) ? "jx-short" : nil
                        return .td(.if(kind != nil, .class(kind ?? "")),
                                   .if(span > 1, .attribute(named: "rowspan", value: String(span))),
                                   .raw(HtmlText.escape(cell.text).replacingOccurrences(of: "\n", with: "<br/>")))
                    }))
            }))
        )
    }

    /// Each column's share of the table width in percent, by its content: the widest line
    /// of its header and cells (a CJK character counts two), at least 4 and at most 40,
    /// so a column of levels or scores is as wide as they are and long explanations take
    /// the rest. The stylesheet keeps short headers and cells on one line besides.
    static func columnWidths(_ table: ReportTable) -> [Int] {
        let measures = table.columns.indices.map { column -> Int in
            let texts = [table.columns[column].title] + table.rows.map { $0.cells[safe: column]?.text ?? "" }
            let widest = texts.lazy.flatMap { $0.split(separator: "\n") }.map { XlsxSheet.displayWidth(String($0)) }.max() ?? 0
            return min(max(widest, 4), 40)
        }
        let total = max(measures.reduce(0, +), 1)
        return measures.map { $0 * 100 / total }
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
