/// `xl/styles.xml` and the index of each cell style in it.
enum XlsxStyles {
    /// Number formats by decimal places, with thousands separators as `NumberFormat`
    /// writes them (#,##0.00 is built-in 4, #,##0 is 3); percentages use the built-in 0.00% (10).
    static func numberFormat(places: Int) -> Int {
        switch places {
        case 0: return 3
        case 2: return 4
        default: return 164 + min(max(places, 1), 9)
        }
    }
    static let percentFormat = 10
    /// General (text), #,##0, #,##0.00, 0.00%, then #,##0.0 and #,##0.000 … #,##0.000000000.
    private static let formats = [0, 3, 4, 10] + (1...9).filter { $0 != 2 }.map { 164 + $0 }

    static let title = 1
    static let caption = 2
    static let meta = 3
    static let header = 4

    /// The style of a bordered table cell with number format `format`, filled with `fill` when given.
    static func cell(format: Int, bold: Bool, fill: CellFill? = nil) -> Int {
        let plain = (formats.firstIndex(of: format) ?? 0) * 2 + (bold ? 1 : 0)
        guard let fill, let shade = CellFill.allCases.firstIndex(of: fill) else { return 5 + plain }
        return 5 + formats.count * 2 + plain * CellFill.allCases.count + shade
    }

    static let xml: String = {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        s += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        let custom = (1...9).filter { $0 != 2 }
        s += "<numFmts count=\"\(custom.count)\">"
        for places in custom {
            s += "<numFmt numFmtId=\"\(164 + places)\" formatCode=\"#,##0.\(String(repeating: "0", count: places))\"/>"
        }
        s += "</numFmts>"
        s += "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        s += "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        s += "<font><b/><sz val=\"14\"/><name val=\"宋体\"/><charset val=\"134\"/></font></fonts>"
        let shades = CellFill.allCases.map(\.rgb)
        s +=
            "<fills count=\"\(3 + shades.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for rgb in ["D9D9D9"] + shades {
            s += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        s += "</fills>"
        let thin =
            "<left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/>"
        s += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
        s += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        var xfs = [
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            xf(format: 0, font: 2, fill: 0, border: 0, align: "center"),
            xf(format: 0, font: 1, fill: 0, border: 0, align: "center"),
            xf(format: 0, font: 0, fill: 0, border: 0, align: "left"),
            xf(format: 0, font: 1, fill: 2, border: 1, align: "center"),
        ]
        for format in formats {
            for bold in [false, true] {
                xfs.append(xf(format: format, font: bold ? 1 : 0, fill: 0, border: 1, align: format == 0 ? "left" : "right"))
            }
        }
        // The same cells filled with each `CellFill`, in the order `cell(format:bold:fill:)` counts them.
        for format in formats {
            for bold in [false, true] {
                for shade in shades.indices {
                    xfs.append(
                        xf(format: format, font: bold ? 1 : 0, fill: 3 + shade, border: 1, align: format == 0 ? "left" : "right"))
                }
            }
        }
        s += "<cellXfs count=\"\(xfs.count)\">" + xfs.joined() + "</cellXfs>"
        s += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return s
    }()

    private static func xf(format: Int, font: Int, fill: Int, border: Int, align: String) -> String {
        "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            + " applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"\(align)\" vertical=\"center\" wrapText=\"1\"/></xf>"
    }
}
