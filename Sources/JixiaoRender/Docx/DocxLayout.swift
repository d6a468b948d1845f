/// GB/T 9704 page geometry in twips (1/20 pt; 1 mm = 56.69 twips).
enum DocxLayout {
    /// A4: 210 × 297 mm.
    static let pageWidth = 11906
    static let pageHeight = 16838
    /// Margins 上 37, 下 35, 左 28, 右 26 mm.
    static let marginTop = 2098
    static let marginBottom = 1984
    static let marginLeft = 1587
    static let marginRight = 1474
    /// The page number sits 7 mm under the type area: its baseline about 23 mm above the edge.
    static let footerDistance = 1304
    /// 版心 width, 156 mm.
    static let textWidth = pageWidth - marginLeft - marginRight
    /// 22 lines in the 225 mm type area: 225 / 22 mm = 28.95 pt per line.
    static let linePitch = 579
    /// 28 characters in 156 mm at 16 pt: each character is drawn 0.25 pt narrower
    /// (15.75 pt × 28 = 441 pt ≤ 442.2 pt < 15.75 pt × 29), in twentieths of a point.
    /// A character grid (`linesAndChars`) would say the same to Word, but LibreOffice
    /// then gives every 16 pt character two grid cells; condensed spacing works in both.
    static let characterSpacing = -5
    /// Body 三号 16 pt, title 二号 22 pt, tables 五号/小五 (half-points).
    static let bodySize = 32
    static let titleSize = 44
    static let footerSize = 28

    /// Font size (half-points) of a table's text: 四号 for three columns or fewer, else
    /// 五号, and 小五 only when the columns would be narrower than about 22 mm.
    static func tableSize(columns: Int, width: Int = textWidth) -> Int {
        columns <= 3 ? 28 : width / max(columns, 1) >= 1250 ? 21 : 18
    }
}

/// The fonts of GB/T 9704 with the fallbacks Word uses when they are missing.
enum DocxFont {
    static let body = "仿宋_GB2312"
    static let bodyFallback = "仿宋"
    static let title = "方正小标宋简体"
    static let titleFallback = "小标宋"
    static let heading1 = "黑体"
    static let heading2 = "楷体_GB2312"
    static let heading2Fallback = "楷体"
    static let latin = "Times New Roman"
    static let footer = "宋体"
}
