import Plot

/// A report table as an HTML table; `.continued` cells become `rowspan`s.
enum HtmlTable {
    static func node(_ table: ReportTable) -> Node<HTML.BodyContext> {
        let spans = rowSpans(table)
        return .table(
            .if(table.columns.count > HtmlStyle.narrowColumns, .class("jx-wide")),
            .caption(.raw(HtmlText.escape(table.caption))),
            .element(
                named: "colgroup",
                nodes: columnWidths(table).map { percent in
                    Node<HTML.TableContext>.selfClosedElement(
                        named: "col", attributes: [Attribute<HTML.TableContext>.class(HtmlStyle.widthClass(percent))])
                }),
            .thead(
                .tr(
                    .group(
                        table.columns.map { column in
                            .th(.if(HtmlStyle.isShort(column.title), .class("jx-short")), .raw(HtmlText.escape(column.title)))
                        }))),
            .tbody(
                .group(
                    table.rows.enumerated().map { index, row in
                        .tr(
                            .if(row.isTotal, .class("jx-total")),
                            .group(
                                row.cells.enumerated().compactMap { column, cell -> Node<HTML.TableRowContext>? in
                                    guard cell != .continued, column < table.columns.count else { return nil }
                                    let span = spans[index][column]
                                    return .td(
                                        .if(cell.value != nil, .class("jx-number")),
                                        .if(span > 1, .attribute(named: "rowspan", value: String(span))),
                                        .raw(HtmlText.escape(cell.text).replacingOccurrences(of: "\n", with: "<br/>")))
                                }))
                    }))
        )
    }

    /// Each column's share of the table width in percent, by its content (the widest line of
    /// its header and cells; a CJK character counts two units): every column first gets room
    /// for four characters of its text (or all of it when shorter, as a level like 预算编制 or
    /// a score like 100.00), so it never wraps inside such a word; the rest goes to the longer
    /// columns (三级指标, 评分说明) by how much more they hold, at most 40 units each. A
    /// table whose text fits on one line is shared by the columns' widths.
    /// The stylesheet keeps short headers on one line besides.
    static func columnWidths(_ table: ReportTable) -> [Int] {
        let measures = table.columns.indices.map { column -> Int in
            let texts = [table.columns[column].title] + table.rows.map { $0.cells[safe: column]?.text ?? "" }
            let widest = texts.lazy.flatMap { $0.split(separator: "\n") }.map { XlsxSheet.displayWidth(String($0)) }.max() ?? 0
            return min(max(widest, 4), 40)
        }
        // The table's width in units: 156 mm of 10.5 pt characters (9 pt in wide tables), one unit of padding.
        // Wide tables give each column two characters first (their headers may wrap).
        let wide = table.columns.count > HtmlStyle.narrowColumns
        let available = wide ? 98 : 84, short = wide ? HtmlStyle.shortWidth / 2 : HtmlStyle.shortWidth
        let needed = measures.reduce(0) { $0 + $1 + 1 }
        guard needed > available else { return measures.map { ($0 + 1) * 100 / needed } }  // all of it fits
        let bases = measures.map { (min($0, short) + 1) * 100 / available + 1 }
        let rest = 100 - bases.reduce(0, +)
        let extras = measures.map { $0 - min($0, short) }, extraTotal = extras.reduce(0, +)
        guard rest >= 0 else {
            let total = max(measures.reduce(0, +), 1)
            return measures.map { $0 * 100 / total }
        }
        return measures.indices.map { bases[$0] + (extraTotal > 0 ? extras[$0] * rest / extraTotal : 0) }
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
