/// Where the columns of a framework table are, found from its header row.
struct CSVColumns {
    /// Name and 分值 columns of levels 1…3 (a level may be absent).
    var names: [Int?] = [nil, nil, nil]
    var maxima: [Int?] = [nil, nil, nil]
    var criteria: Int?
    var note: Int?
    var formula: Int?

    private static let levelHeaders = [["一级指标"], ["二级指标"], ["三级指标"]]

    /// Nil unless the row is a header naming at least 一级指标 and one 分值 column.
    init?(header: CSVTable.Record) {
        var lastLevel: Int? = nil
        for (index, raw) in header.cells.enumerated() {
            let cell = raw.trimmedCell.replacingOccurrences(of: " ", with: "")
            if let level = Self.levelHeaders.firstIndex(where: { $0.contains(cell) }) {
                names[level] = index
                lastLevel = level
            } else if cell.hasPrefix("分值") || cell.hasPrefix("权重") || cell == "分数" {
                if let level = lastLevel, maxima[level] == nil { maxima[level] = index }
            } else if cell.hasPrefix("评分标准") || cell.hasPrefix("评分细则") || cell.hasPrefix("评分办法") {
                criteria = index
            } else if cell.hasPrefix("指标说明") || cell.hasPrefix("指标解释") || cell.hasPrefix("指标内涵") {
                note = index
            } else if cell.hasPrefix("计算公式") || cell == "公式" {
                formula = index
            }
        }
        guard names[0] != nil, maxima.contains(where: { $0 != nil }) else { return nil }
    }
}
