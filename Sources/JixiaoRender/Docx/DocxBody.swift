import Foundation

/// Accumulates the XML of the document body.
struct DocxBody {
    private(set) var xml = ""
    /// True once a section break has been written (the first section carries the page start).
    private var brokeSection = false
    /// The orientation of the section being written.
    private(set) var landscape = false

    /// The properties of the last section, written at the end of the body.
    var finalSection: DocxSection { DocxSection(landscape: landscape, first: !brokeSection) }

    init() { xml.reserveCapacity(64 * 1024) }

    /// A paragraph of one run; empty text gives an empty line.
    mutating func paragraph(_ text: String, style: String, runProperties: String = "") {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
        if !text.isEmpty { run(text, properties: runProperties) }
        xml += "</w:p>\n"
    }

    /// The title; a long one breaks before its kind (…2023年度 / 部门整体支出绩效自评报告)
    /// rather than wherever the line fills.
    mutating func title(_ text: String) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"JxTitle\"/></w:pPr>"
        if text.count > Self.titleLineLength, let cut = text.range(of: "年度", options: .backwards),
            cut.upperBound != text.endIndex
        {
            run(String(text[..<cut.upperBound]))
            xml += "<w:r><w:br/></w:r>"
            run(String(text[cut.upperBound...]))
        } else {
            run(text)
        }
        xml += "</w:p>\n"
    }

    /// Characters of 22 pt on one line of the type area.
    static let titleLineLength = 20

    /// `标签：值`, or the label followed by a highlighted blank to fill in when the
    /// value is missing (blank, so that a reader of the file finds no value there).
    mutating func field(_ field: ReportField) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"JxMeta\"/></w:pPr>"
        run(field.label + "：")
        if let value = field.value {
            run(value)
        } else {
            run(
                String(repeating: "\u{3000}", count: 8),
                properties: "<w:u w:val=\"single\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF2CC\"/>")
        }
        xml += "</w:p>\n"
    }

    mutating func run(_ text: String, properties: String = "") {
        xml += "<w:r>"
        if !properties.isEmpty { xml += "<w:rPr>\(properties)</w:rPr>" }
        xml += "<w:t xml:space=\"preserve\">"
        xml += XMLText.escape(text)
        xml += "</w:t></w:r>"
    }

    /// Turns the page: ends the current section here when its orientation differs;
    /// the next section starts on a new page.
    mutating func orientation(landscape: Bool) {
        guard landscape != self.landscape else { return }
        xml += "<w:p><w:pPr>\(finalSection.xml)</w:pPr></w:p>\n"
        brokeSection = true
        self.landscape = landscape
    }

    /// A table with a repeated header row; no row splits across pages, but the table
    /// does: only its caption keeps with the first rows (`JxCaption`), nothing inside the
    /// table keeps with the next row, so a long table starts under the text before it
    /// instead of leaving that page half empty. Its width is the type area of the current
    /// section (see `DocxSection.needsLandscape`).
    mutating func table(_ table: ReportTable) {
        rows(table, width: DocxSection(landscape: landscape, first: false).textWidth)
    }

    private mutating func rows(_ table: ReportTable, width textWidth: Int) {
        paragraph(table.caption, style: "JxCaption")
        let size = DocxLayout.tableSize(columns: table.columns.count, width: textWidth)
        let widths = Self.widths(table.columns, textWidth: textWidth, size: size)
        let font = "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml +=
            "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (column, width) in zip(table.columns, widths) {
            cell(column.title, width: width, merge: nil, align: "center", runProperties: "<w:b/>" + font)
        }
        xml += "</w:tr>\n"
        for (index, row) in table.rows.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            let next = index + 1 < table.rows.count ? table.rows[index + 1] : nil
            for (column, value) in row.cells.enumerated() where column < widths.count {
                let merge: String?
                if value == .continued {
                    merge = "<w:vMerge/>"
                } else if next?.cells[safe: column] == .continued {
                    merge = "<w:vMerge w:val=\"restart\"/>"
                } else {
                    merge = nil
                }
                let numeric = table.columns[column].numeric && value.value != nil
                cell(
                    value.text, width: widths[column], merge: merge, align: numeric ? "right" : "left",
                    runProperties: (row.isTotal ? "<w:b/>" : "") + font, fill: row.fills[column])
            }
            xml += "</w:tr>\n"
        }
        xml += "</w:tbl>"
    }

    private mutating func cell(
        _ text: String, width: Int, merge: String?, align: String, runProperties: String, fill: CellFill? = nil
    ) {
        let shading = fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0.rgb)\"/>" } ?? ""
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(merge ?? "")\(shading)<w:vAlign w:val=\"center\"/></w:tcPr>"
        xml += "<w:p><w:pPr><w:pStyle w:val=\"JxCell\"/><w:jc w:val=\"\(align)\"/></w:pPr>"
        // Multi-line cell text keeps its lines as breaks inside the one paragraph.
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { xml += "<w:r><w:br/></w:r>" }
            if !line.isEmpty { run(String(line), properties: runProperties) }
        }
        xml += "</w:p></w:tc>\n"
    }

    /// Column widths in twips: shares of the type area by weight, but none narrower than
    /// its header's first four characters at `size` (half-points), so 一级指标 or 分值 never
    /// breaks inside the word; the room comes from the wider columns, in proportion to
    /// what they have above their own minimum.
    static func widths(_ columns: [ReportColumn], textWidth: Int = DocxLayout.textWidth, size: Int = 21) -> [Int] {
        let total = max(columns.reduce(0) { $0 + max($1.weight, 0) }, 1)
        var widths = columns.map { textWidth * max($0.weight, 0) / total }
        let minimums = columns.map { headerWidth($0.title, size: size) }
        let deficit = zip(widths, minimums).reduce(0) { $0 + max($1.1 - $1.0, 0) }
        let surplus = zip(widths, minimums).reduce(0) { $0 + max($1.0 - $1.1, 0) }
        if deficit > 0, surplus >= deficit {
            widths = zip(widths, minimums).map { width, minimum in
                width < minimum ? minimum : width - (width - minimum) * deficit / surplus
            }
        }
        if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
        return widths
    }

    /// The width in twips of a header's first four characters (a CJK character is `size`
    /// half-points wide, a Latin one half that) plus the cell margins.
    static func headerWidth(_ title: String, size: Int) -> Int {
        let units = title.prefix(4).unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
        return units * size * 5 + 2 * 57 + 40
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
