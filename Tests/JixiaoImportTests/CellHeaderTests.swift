import JixiaoCore
import Testing

@testable import JixiaoImport

/// Tables read one cell a line under a grouped or a multi-year header, digits of cells run
/// together before % (issue 18). Made-up texts.
struct CellHeaderTests {
    func facts(_ lines: [String]) -> ReportFacts { ReportAnalysis(text: lines.joined(separator: "\n")).facts }

    func amount(_ facts: ReportFacts, _ id: String) -> (String, Int)? {
        facts.amount(id).map { ($0.value.value.description, $0.line) }
    }

    static let groupedHeader = [
        "2025年部门整体支出绩效目标表", "资金情况(万元)", "总额", "基本支出", "项目支出",
        "合计", "财政拨款", "其他资金", "合计", "财政拨款", "其他资金",
    ]

    @Test func aGroupedHeaderPlacesEachGroupsTotalByItsSums() {
        // Blank cells leave no line: 7 numbers under 7 columns, but the project group's 其他资金 is blank.
        let f = facts(Self.groupedHeader + ["860.40", "610.10", "600.10", "10.00", "250.30", "250.30", "年度主要任务"])
        #expect(amount(f, "expenditureTotal")! == ("860.4", 12))
        #expect(amount(f, "basicExpenditure")! == ("610.1", 13))
        #expect(amount(f, "projectExpenditure")! == ("250.3", 16))
    }

    @Test func aGroupedHeaderWhoseNumbersDoNotAddUpIsNotRead() {
        let f = facts(Self.groupedHeader + ["860.40", "610.10", "600.10", "12.00", "250.30", "250.30", "年度主要任务"])
        #expect(f.amount("expenditureTotal") == nil)
        #expect(f.amount("basicExpenditure") == nil)
        #expect(f.amount("projectExpenditure") == nil)
    }

    @Test func aGroupedHeaderInYuanIsConvertedToWanYuan() {
        var lines = Self.groupedHeader
        lines[1] = "资金情况(单位:元"
        let f = facts(lines + ["3000000.00", "2000000.00", "2000000.00", "1000000.00", "1000000.00", "年度主要任务"])
        #expect(amount(f, "expenditureTotal")?.0 == "300")
        #expect(amount(f, "projectExpenditure")?.0 == "100")
    }

    @Test func aGroupedHeaderGivesWayWhenTheTextStatesOneOfItsAmounts() {
        let prose = "二、支出情况", stated = "本年支出合计为900.00万元,与预算相比有所增加。"
        let f = facts(Self.groupedHeader + ["860.40", "610.10", "600.10", "10.00", "250.30", "250.30", prose, stated])
        #expect(amount(f, "expenditureTotal")! == ("900", 19))
        #expect(f.amount("basicExpenditure") == nil)
        #expect(f.amount("projectExpenditure") == nil)
    }

    static let yearTable = [
        "2024年度部门整体支出绩效评价基础数据表", "经费情况(万元", "2023 年决算数", "2024 年预算数", "2024 年决算数",
        "项目支出:", "512.00", "300.00", "498.25", "1、业务经费", "公用经费", "40.10", "38.00", "36.75", "其中:办公费",
        "说明:项目支出填报基本支出以外的全部项目支出情况,公用经费填报基本支出中的商品和服务支出。",
    ]

    @Test func aMultiYearTableGivesTheReportYearsSpentColumn() {
        let f = facts(Self.yearTable)
        #expect(f.fiscalYear?.value == 2024)
        #expect(amount(f, "projectExpenditure")! == ("498.25", 9))
        #expect(amount(f, "publicExpenditure")! == ("36.75", 14))
    }

    @Test func thisYearAndLastYearNameTheColumnsToo() {
        var lines = Self.yearTable
        lines[2] = "上年决算数"
        lines[3] = "本年预算数"
        lines[4] = "本年度决算数"
        lines[5] = "2、项目支出"
        let f = facts(lines)
        #expect(amount(f, "projectExpenditure")! == ("498.25", 9))
        #expect(amount(f, "publicExpenditure")! == ("36.75", 14))
    }

    @Test func staffCountsOfTwoYearsAreNoYearColumns() {
        #expect(YearColumn(Array("2023年实际在职人数".unicodeScalars)) == nil)
        let final = YearColumn(Array("2023 年决算数".unicodeScalars))
        #expect(final?.year == 2023 && final?.spent == true)
        let budget = YearColumn(Array("上年度预算数".unicodeScalars))
        #expect(budget?.year == nil && budget?.yearsBack == 1 && budget?.spent == false)
    }

    @Test func aMultiYearTableWithoutTheYearsSpentColumnGivesNothing() {
        var lines = Self.yearTable
        lines[4] = "2025 年预算数"
        let f = facts(lines)
        #expect(f.amount("projectExpenditure") == nil)
        #expect(f.amount("publicExpenditure") == nil)
    }

    @Test(arguments: [
        ["人员情况(人", "编制数", "实有人数", "控制率", "40", "44", "110.00%"],
        ["人员控制率4044110.00%。"],
    ])
    func digitsOfCellsRunTogetherAreNoRate(_ lines: [String]) {
        #expect(facts(lines).rates.isEmpty)
    }

    @Test func aRateInItsOwnCellIsStillRead() {
        let f = facts(["一、执行情况", "项目资金预算执行率为", "98.50%", "。"])
        #expect(f.rates.map(\.percent.description) == ["98.5"])
    }
}
