import JixiaoCore
import Testing

@testable import JixiaoImport

/// A self-evaluation table whose cells a web page ran together on one line (made-up text): its
/// header words name the columns, each row reads one way or the table is not taken.
@Suite struct RunTogetherTableTests {
    static func text(total: String, satisfaction: String = "农户满意度10≥90%≥90%10") -> String {
        "附件:某项目绩效自评表某县农业局2023年12月28日项目支出绩效自评表(2023年度)项目名称某某灌溉渠修缮项目"
            + "实施单位某县农业局资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:50491098.00%9.8"
            + "其中:财政拨款5049一级指标二级指标三级指标分值年度指标值全年实际值得分偏差原因及改进措施"
            + "产出指标(50分)数量指标修缮渠道长度20≥3公里≥3公里20质量指标验收合格率30100%100%30"
            + "效益指标(30分)社会效益指标灌溉条件改善30显著改善显著改善30满意度指标(10分)满意度指标" + satisfaction
            + "……总分" + total + "注:分值按指标重要程度确定。"
    }

    @Test func rowsRunTogetherAreReadAsATable() {
        // when
        let analysis = ReportAnalysis(text: Self.text(total: "10099.8"))
        // then
        let facts = analysis.facts
        #expect(facts.scores.map(\.name) == ["预算执行率", "修缮渠道长度", "验收合格率", "灌溉条件改善", "农户满意度"])
        #expect(facts.scores.map(\.score) == [ExactDecimal("9.8"), 20, 30, 30, 10])
        #expect(facts.scores.map(\.max) == [10, 20, 30, 30, 10])
        #expect(facts.selfScore?.value == ExactDecimal("99.8"))
        #expect(facts.amount("budgetExecuted")?.value.value == 49)
        #expect(facts.amount("budgetAdjusted")?.value.value == 50)
        #expect(facts.scores.allSatisfy { $0.line == 1 })
        #expect(!analysis.findings.map(\.rule).contains("score.sum"))
    }

    @Test func aTotalTheRowsDoNotMakeIsReported() {
        // when
        let findings = ReportAnalysis(text: Self.text(total: "10090")).findings
        // then
        #expect(findings.filter { $0.rule == "score.sum" }.map(\.location.line) == [1])
    }

    /// Two texts run together (良好 and 优秀, or 良 and 好优秀…) read more than one way: no
    /// row of the table is taken, so no sum is compared.
    @Test func aRowThatReadsTwoWaysLeavesTheTableUnread() {
        // when
        let analysis = ReportAnalysis(text: Self.text(total: "10090", satisfaction: "服务态度10良好优秀9"))
        // then
        #expect(analysis.facts.scores.filter { $0.name == "修缮渠道长度" }.isEmpty)
        #expect(!analysis.findings.map(\.rule).contains("score.sum"))
    }

    @Test func numbersGluedTogetherSplitOnlyWhereTheirColumnsAllow() {
        // given a maximum glued to its target (1020万元) and a rate its amounts give
        let s = Array("1020万元20万元10其后".unicodeScalars)
        let columns = ["分值", "年度指标值", "全年实际值", "得分"].map { word in
            RunTogetherTable.Column(word: word, kind: RunTogetherTable.words.first { $0.0 == word }!.1, text: word)
        }
        // when
        let reading = RunTogetherTable.onlyReading(s, at: 0, columns: columns, kinds: columns.map(\.kind))
        // then
        #expect(reading?.0 == ["10", "20万元", "20万元", "10"])
        #expect(reading?.1 == 12)
    }

    /// A signature run into the text (the unit's name and a date, then the next title) is the filing date.
    @Test func aSignatureRunIntoTheTextGivesTheFilingDate() {
        let facts = ReportAnalysis(text: Self.text(total: "10099.8")).facts
        #expect(facts.filedOn?.value == "2023年12月28日")
    }
}
