import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// Facts a report states only inside its sentences or in a table read one cell a line
/// (issue 18). Made-up texts.
struct SentenceReadingTests {
    func facts(_ text: String) -> ReportFacts { ReportAnalysis(text: text).facts }

    @Test(arguments: [
        ("一、单位概况\n根据区财政局通知要求，北坡县林业局开展了本部门项目自评。\n", "北坡县林业局", 2),
        ("一、收支情况\n2023年，北坡县档案馆机关全年收入合计120万元。\n", "北坡县档案馆", 2),
        ("为做好自评工作，现将2021年度北坡市园林管理处项目绩效自评情况报告如下：\n一、概况\n", "北坡市园林管理处", 1),
        ("（一）主要职能：北坡县农业农村委员会（以下简称县农委）负责全县农业工作。\n", "北坡县农业农村委员会", 1),
    ])
    func unitNamedInASentence(_ text: String, _ name: String, _ line: Int) {
        let f = facts(text)
        #expect(f.unitName?.value == name)
        #expect(f.unitName?.line == line)
    }

    @Test(arguments: [
        // A superior's name after 根据, or inside a cited document, is not the reporting unit.
        "一、概况\n根据北坡市财政局（以下简称市财政局）的通知，我单位开展自评。\n",
        "一、概况\n按照《北坡市财政局（以下简称市局）关于自评的通知》要求，我局开展自评。\n",
        "一、概况\n2023年，全县各单位开展了自评工作。\n",
        "一、概况\n2023年，县财政局下达我单位项目资金80万元。\n",
    ])
    func noUnitInTheseSentences(_ text: String) {
        #expect(facts(text).unitName == nil)
    }
}

/// A project table copied from a web page, one cell a line. Made-up texts.
struct CellLineTableTests {
    func facts(_ text: String) -> ReportFacts { ReportAnalysis(text: text).facts }

    @Test func fundsRowOneCellALine() throws {
        let text =
            "项目支出绩效自评表\n\n项目资金\n(万元)\n\n年初\n\n预算数\n\n全年\n\n预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n"
            + "年度资金总额\n\n120.5\n\n118\n\n106.2\n\n10\n\n90%\n\n9\n\n其中:当年财政拨款\n"
        let f = facts(text)
        #expect(f.amounts["budgetExecuted"]?.first?.value.value == ExactDecimal("106.2"))
        #expect(f.amounts["budgetAdjusted"]?.first?.value.value == ExactDecimal("118"))
        #expect(f.amounts["budgetInitial"]?.first?.value.value == ExactDecimal("120.5"))
        let rate = try #require(f.rates.first { $0.name == "预算执行率" })
        #expect(rate.percent == ExactDecimal("90"))
        #expect(f.scores.contains { $0.name == "预算执行率" && $0.score == ExactDecimal("9") && $0.max == ExactDecimal("10") })
    }

    @Test func fundsRowWithAnEmptyCellIsNotRead() {
        // One cell is empty: the numbers no longer line up with the header, so none is read.
        let text = "项目资金(万元)\n预算数(A)\n执行数(B)\n执行率(B/A)\n得分\n年度财政资金总额\n80\n40\n\n其他资金\n"
        #expect(facts(text).amounts["budgetExecuted"] == nil)
    }

    @Test func headerCellsPairWithTheNumbersUnderThem() {
        let text = "基础数据表\n\n人员情况(人\n\n核定编制数\n\n年末在职人数\n\n超编率\n\n30\n\n28\n\n0%\n\n经费情况(万元\n"
        let f = facts(text)
        #expect(f.staffAuthorized?.value == 30)
        #expect(f.staffActual?.value == 28)
        #expect(f.staffActual?.line == 13)
    }

    @Test func headerCellsWithAMissingNumberPairWithNone() {
        // Three labels, two numbers: a cell is empty, so which number is whose cannot be told.
        let text = "基础数据表\n\n核定编制数\n\n年末在职人数\n\n超编率\n\n30\n\n0%\n\n经费情况(万元\n"
        let f = facts(text)
        #expect(f.staffAuthorized == nil)
        #expect(f.staffActual == nil)
    }

    @Test func bareAmountsTakeTheUnitOfTheirTable() {
        let text = "附件\n年度资金情况(万元\n其中:基本支出:310.25\n项目支出:88.10\n"
        let f = facts(text)
        #expect(f.amounts["basicExpenditure"]?.first?.value.value == ExactDecimal("310.25"))
        #expect(f.amounts["projectExpenditure"]?.first?.value.value == ExactDecimal("88.1"))
        #expect(f.amounts["projectExpenditure"]?.first?.line == 4)
    }

    @Test func proseEndsTheTableUnit() {
        let text = "年度资金情况(万元\n说明:本表反映本部门全年的基本支出与项目支出的构成情况,按决算口径填报,以下为正文部分。\n基本支出:310.25\n"
        #expect(facts(text).amounts["basicExpenditure"] == nil)
    }
}

/// 一、 is a top section whatever the numbering before it. Made-up text.
struct TopSectionTests {
    @Test func chineseNumberAfterParenthesisedItemsIsATopSection() throws {
        let text =
            "北坡县档案馆2023年度部门整体支出绩效自评报告\n（一）基本情况\n本馆负责档案管理。\n（二）收支情况\n"
            + "1.收入\n（1）财政拨款\n本年收入50万元。\n三、存在问题及改进意见\n经费偏紧。\n"
        let analysis = ReportAnalysis(text: text)
        let heading = try #require(analysis.structure.headings.first { $0.title.hasPrefix("存在问题") })
        #expect(heading.depth == 0)
        #expect(!analysis.findings.contains { $0.rule == "section.missing" && $0.message.contains("存在问题") })
    }

    @Test func parenthesisedItemsStillNestUnderTheirSection() throws {
        let text = "北坡县档案馆2023年度部门整体支出绩效自评报告\n一、基本情况\n（一）职能\n本馆负责档案管理。\n二、存在问题\n经费偏紧。\n"
        let headings = ReportAnalysis(text: text).structure.headings
        #expect(headings.map(\.depth) == [0, 1, 0])
    }
}

/// A report typed in traditional characters (繁體) is read by the same labels. Made-up text.
struct TraditionalLabelTests {
    @Test func labelsInTraditionalCharacters() {
        let text =
            "單位名稱：北坡縣檔案館\n一、收支情況\n本年收入合計 1,200.50萬元，支出合計 1,180.25萬元。\n"
            + "核定編制數 12 人，實有人數 11 人。\n自評得分 92 分，等級為優。\n"
        let f = ReportAnalysis(text: text).facts
        #expect(f.unitName?.value == "北坡縣檔案館")
        #expect(f.amounts["incomeTotal"]?.first?.value.value == ExactDecimal("1200.5"))
        #expect(f.amounts["expenditureTotal"]?.first?.value.value == ExactDecimal("1180.25"))
        #expect(f.staffAuthorized?.value == 12)
        #expect(f.staffActual?.value == 11)
        #expect(f.selfScore?.value == ExactDecimal("92"))
    }

    @Test func everyVariantDiffersFromItsWord() {
        let words = FactCue.simplified.map(\.0)
        let variants = FactCue.entries.dropFirst(words.count).map(\.0)
        #expect(variants.contains("單位名稱"))
        #expect(variants.contains("支出合計"))
        #expect(!variants.contains { words.contains($0) })
    }
}
