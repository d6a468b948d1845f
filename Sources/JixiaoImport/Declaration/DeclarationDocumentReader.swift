import JixiaoCore

/// Recognises a 绩效目标申报表 among the lines of a document and reads it into a
/// `TargetDeclaration`, so `jixiao check` applies the rules of `jixiao targets` to it.
///
/// A document is a declaration when a line near the top names the table (部门整体绩效目标表,
/// 项目支出绩效目标申报表: 绩效目标表 or 绩效目标申报表, not 自评) and a table row has the headers 一级指标, 三级指标 (or 指标名称)
/// and 指标值. Table rows are lines with cells separated by tabs (as `DocxReader` gives
/// them; a .txt may be written so). Header fields are `标签：值` lines (单位名称, 年度,
/// 项目名称, 项目属性, 行业, 实施期); 资金情况 and 上年实际完成值 are small tables.
/// An empty 一级/二级 cell takes the level of the row above (merged cells arrive empty).
public enum DeclarationDocumentReader {
    /// Lines searched for the title.
    static let titleWindow = 12

    /// The declaration in `lines`, or nil when they are not a declaration document.
    public static func read(lines scalarLines: [[Unicode.Scalar]]) -> DocumentDeclaration? {
        // Every report `jixiao check` reads passes here and most are not declarations: the
        // lines are made into strings only once a title is found.
        guard let (titleLine, scope) = title(scalarLines) else { return nil }
        let texts = scalarLines.map { TextScan.string($0) }
        guard let header = texts.indices.first(where: { IndicatorColumns(cells(texts[$0])) != nil }),
            let columns = IndicatorColumns(cells(texts[header]))
        else { return nil }
        var state = Parse(texts: texts)
        state.lines[""] = titleLine + 1
        state.lines["targets"] = header + 1
        var declaration = TargetDeclaration(scope: scope, unit: "", fiscalYear: Self.year(in: texts[titleLine]) ?? 0)
        state.readFields(into: &declaration)
        declaration.rows = state.readRows(after: header, columns: columns)
        declaration.funds = state.readFunds()
        declaration.previous = state.readPrevious()
        return DocumentDeclaration(declaration: declaration, lines: state.lines)
    }

    /// The line of the title and the scope it names.
    static func title(_ lines: [[Unicode.Scalar]]) -> (Int, DeclarationScope)? {
        for (index, line) in lines.prefix(titleWindow).enumerated() {
            // Both names need 绩 and 表: a line without them is passed before a string is made.
            guard line.contains("绩"), line.contains("表"), !line.contains("\t") else { continue }
            let folded = TextScan.string(line).filter { !$0.isWhitespace }
            // A self-evaluation's heading （二）项目绩效目标 is not a title: the table's name ends in 表.
            guard folded.contains("绩效目标表") || folded.contains("绩效目标申报表"), !folded.contains("自评") else { continue }
            if folded.contains("部门整体") || folded.contains("部门绩效目标") { return (index, .department) }
            return (index, .project)
        }
        return nil
    }

    /// The cells of a table row, trimmed.
    static func cells(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmedSpaces }
    }

    /// The year of `2025年度` or `2025年` in `text`.
    static func year(in text: String) -> Int? {
        let folded = HalfWidth.fold(text)
        guard let range = folded.range(of: "年") else { return nil }
        let digits = folded[..<range.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4 else { return nil }
        return Int(String(digits.reversed()))
    }
}
