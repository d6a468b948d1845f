import JixiaoCore

/// Where the name, maximum and score sit in the rows of a score table, counted
/// from the right end of a row: the reader drops a row's empty leading cells
/// (merged 一级/二级 cells), never its inner ones.
struct ScoreTableColumns: Sendable, Hashable {
    var name: Int
    var max: Int
    var score: Int
}

extension FactExtractor {
    /// Reads a row of a score table (cells separated by tabs, as .docx tables are
    /// read) whose header names 三级指标, 分值 and 得分. Returns true when the
    /// paragraph was the header or an item row; other paragraphs are scanned as text.
    /// Item rows are not scanned as text, so numbers in 评分说明 are not taken for scores.
    mutating func scoreTableRow(_ paragraph: Paragraph, index p: Int) -> Bool {
        guard paragraph.scalars.contains("\t") else {
            scoreTable = nil
            return false
        }
        let cells = paragraph.scalars.split(separator: "\t", omittingEmptySubsequences: false)
            .map { TextScan.string($0).trimmedSpaces }
        if let name = cells.lastIndex(of: "三级指标"), let max = cells.lastIndex(of: "分值"),
           let score = cells.lastIndex(of: "得分") {
            scoreTable = ScoreTableColumns(name: cells.count - name, max: cells.count - max, score: cells.count - score)
            return true
        }
        guard let columns = scoreTable, cells.count >= columns.name else { return false }
        if let first = cells.first, first == "合计" || first == "总分" || first == "总计" { return false }
        let value = { (fromRight: Int) in ExactDecimal(cells[cells.count - fromRight].replacingOccurrences(of: ",", with: "")) }
        guard let score = value(columns.score) else { return true }
        facts.scores.append(ScoreItem(
            name: cells[cells.count - columns.name], score: score, max: value(columns.max),
            line: paragraph.line(at: 0), heading: structure.owner[p], context: paragraph.text, paragraph: p))
        return true
    }
}
