import JixiaoCore
import Testing

@testable import JixiaoImport

/// Score tables as .docx tables are read: one line per row, cells joined by tabs,
/// empty cells at the row's start dropped (merged 一级/二级 cells).
@Suite struct ScoreTableTests {
    static let lines = [
        "自评得分表",
        "一级指标\t二级指标\t三级指标\t分值\t得分\t评分说明\t偏差原因",
        "预算执行率\t\t\t10.00\t9.47\t执行率 94.72%，按比例得 9.47 分\t无",
        "产出\t数量\t完成数\t20.00\t20.00\t满分 20 分\t无",
        "\t\t及时性\t15.00\t12.00\t按期完成 80%，得分 12 分\t两项延期",
        "合计\t\t\t45.00\t41.47\t自评等级：差\t",
        "经自评，本项目2023年度绩效自评综合得分为41.47分（满分100.00分），自评等级为“差”。",
    ].map { Array($0.unicodeScalars) }

    @Test func rowsAreReadByColumnNotByTheirProse() {
        // when
        let facts = ReportAnalysis(lines: Self.lines).facts
        // then the numbers in 评分说明 are not taken for scores
        #expect(facts.scores.map(\.name) == ["预算执行率", "完成数", "及时性"])
        #expect(facts.scores.map(\.score) == [ExactDecimal("9.47"), 20, 12])
        #expect(facts.scores.map(\.max) == [10, 20, 15])
        #expect(facts.selfScore?.value == ExactDecimal("41.47"))
    }

    @Test func tableRowsAreNotJoinedIntoOneParagraph() {
        let document = Normaliser.normalise(lines: Self.lines)
        #expect(document.paragraphs.count == Self.lines.count)
    }

    /// A 评分说明 that names a header word (全年预算数) is no header: the table goes on.
    @Test func notesNamingHeaderWordsDoNotStartATable() {
        var lines = Self.lines
        lines.insert(Array("产出\t成本\t结转结余率\t4.00\t4.00\t结转结余率 = 年末结转结余 ÷ 全年预算数，不超过 10% 得满分\t无".unicodeScalars), at: 4)
        let facts = ReportAnalysis(lines: lines).facts
        #expect(facts.scores.map(\.name) == ["预算执行率", "完成数", "结转结余率", "及时性"])
        #expect(facts.scores.map(\.max) == [10, 20, 4, 15])
        #expect(facts.rates.isEmpty)
    }
}
