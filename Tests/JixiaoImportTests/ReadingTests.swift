import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// Phrasings of real reports beyond the samples (issue 18): names after labels and in
/// titles, years in titles, tables flattened with pipes, executed amounts. Made-up texts.
struct ReadingTests {
    func facts(_ text: String) -> ReportFacts { ReportAnalysis(text: text).facts }

    /// The facts as `jixiao check --format json` writes them.
    func jsonFacts(_ text: String) throws -> [String: [String: Any]] {
        let entry = CheckOutput.Entry(file: "t.txt", result: .success(ReportAnalysis(text: text)))
        let json = try JSONSerialization.jsonObject(with: Data(CheckOutput.json([entry]).utf8)) as? [String: Any]
        return (json?["reports"] as? [[String: Any]])?.first?["facts"] as? [String: [String: Any]] ?? [:]
    }

    @Test(arguments: [
        ("东平县水务局2022年度部门整体支出绩效自评报告\n一、基本情况\n本局主要职能……", "东平县水务局", 1),
        ("附件:1.东平省科学技术厅2020年度部门整体支出绩效自评报告\n正文。", "东平省科学技术厅", 1),
        ("东平县西山乡人民政府转移支付2022年度绩效自评报告\n正文。", "东平县西山乡人民政府", 1),
        ("东平市农业农村局关于2023年度项目绩效自评工作的报告\n正文。", "东平市农业农村局", 1),
        ("项目绩效目标表\n填报单位(盖章):东平县西山镇人民政府 项目名称 道路建设\n", "东平县西山镇人民政府", 2),
        ("项目支出绩效自评表\n主管部门 | 东平县司法局部门 | 实施单位 | 东平县司法局 |\n", "东平县司法局", 2),
        ("项目支出绩效自评报告\n主管部门：东平县数据管理局\n实施单位：东平县大数据中心\n填报单位：东平县数据管理局\n", "东平县数据管理局", 4),
        ("项目支出绩效自评表\n主管部门\n东平市发改委\n实施单位\n东平市食品工程学校\n", "东平市食品工程学校", 5),
        ("索引号 123 发布机构 东平县文化和旅游局\n主题词 文化\n一、部门概况\n", "东平县文化和旅游局", 1),
        ("目录\n东平縣教育局\n一、基本情况\n", "东平縣教育局", 2),
    ])
    func unitName(_ text: String, _ name: String, _ line: Int) {
        let f = facts(text)
        #expect(f.unitName?.value == name)
        #expect(f.unitName?.line == line)
    }

    @Test func aCitedNoticeNamesNoUnit() {
        let f = facts("根据《东平县财政局关于开展2024年度绩效自评工作的通知》要求，我单位开展了自评。\n")
        #expect(f.unitName == nil)
    }

    @Test func aLabelsShortFormGivesWayToTheTitlesFullName() {
        let f = facts("中共东平县委机构编制委员会办公室 2024年部门整体支出绩效自评报告\n部门名称:中共东平县委编办\n")
        #expect(f.unitName?.value == "中共东平县委机构编制委员会办公室")
    }

    @Test(arguments: [
        ("2024年部门整体支出绩效自评报告\n一、基本情况\n2023年度结转。\n", 2024, 1),
        ("部门预算项目支出绩效自评表(2023年度) | | |\n说明 | 2018年度检查 |\n", 2023, 1),
        ("根据通知，对2020年项目支出开展自评，2020年7月20日下达资金，2021年3月完工。\n", 2020, 1),
    ])
    func fiscalYear(_ text: String, _ year: Int, _ line: Int) {
        let f = facts(text)
        #expect(f.fiscalYear?.value == year)
        #expect(f.fiscalYear?.line == line)
    }

    @Test func yearsFollowedByAMonthAreDatesNotFiscalYears() {
        #expect(facts("2021 年 6 月 23 日新增编制。\n").fiscalYear == nil)
    }

    @Test func fundsRowOfAFlattenedTableUnderItsLabelColumn() throws {
        let text = """
            项目支出绩效自评表
            预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |
            总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 |
            """
        let f = facts(text)
        #expect(f.amount("budgetInitial")?.value.value == .zero)
        #expect(f.amount("budgetAdjusted")?.value.value == ExactDecimal("3.36"))
        #expect(f.amount("budgetExecuted")?.value.value == ExactDecimal("3.36"))
        // A project's executed amount is its expenditure in the check output (derived), not in the facts.
        #expect(f.amount("expenditureTotal") == nil)
        let json = try jsonFacts(text)
        #expect(json["expenditureTotal"]?["value"] as? String == "3.36")
        #expect(json["expenditureTotal"]?["line"] as? Int == 3 && json["expenditureTotal"]?["derived"] as? Bool == true)
    }

    @Test func executedAmountsInProseAndYuanConvertedExactly() throws {
        let text = "项目支出绩效自评报告\n1.执行率情况。年度财政资金预算700万元，执行425万元，执行率61%。\n"
        #expect(facts(text).amount("budgetExecuted")?.value.value == 425)
        #expect(try jsonFacts(text)["expenditureTotal"]?["value"] as? String == "425")
        let department = facts("部门整体支出绩效自评报告\n支出合计7686456.33元，其中：基本支出就5967100.39元。\n")
        #expect(department.amount("basicExpenditure")?.value.value == ExactDecimal("596.710039"))
        #expect(department.amount("expenditureTotal")?.value.value == ExactDecimal("768.645633"))
    }

    @Test func fiscalFundsPartsAreNotTheWholeParts() {
        let text = """
            部门整体支出绩效自评报告
            本年收入合计7503.63万元，其中：财政拨款收入1147.09万元(财政拨款基本支出382.85万元,项目支出764.24万元)。
            本年支出合计7201.28万元，其中：基本支出6449.74万元；项目支出751.54万元。
            """
        let analysis = ReportAnalysis(text: text)
        #expect(analysis.facts.amount("projectExpenditure")?.value.value == ExactDecimal("751.54"))
        #expect(!analysis.findings.contains { $0.rule == "sum.expenditure" || $0.rule == "figure.conflict" })
    }

    @Test func staffInManyForms() {
        let a = facts("部门基本情况：在职人员编制12人，其中行政编制12人。年末实有在职人数10人。\n")
        #expect(a.staffAuthorized?.value == 12 && a.staffActual?.value == 10)
        let b = facts("编制人数197人，其中全额编制人数34人，实际在岗345人。\n")
        #expect(b.staffAuthorized?.value == 197 && b.staffActual?.value == 345)
    }

    @Test func cellsReadOneALine() {
        let text = "部门(单位)名称:东平县西山镇政府\n联系人\n\n张某某\n\n联络电话\n\n0730-1234567\n\n人员编制\n\n128人\n\n实有人数\n\n185人\n"
        let f = facts(text)
        #expect(f.filedBy?.value == "张某某")
        #expect(f.phone?.value == "0730-1234567" && f.phone?.line == 8)
        #expect(f.staffAuthorized?.value == 128 && f.staffAuthorized?.line == 12)
        #expect(f.staffActual?.value == 185 && f.staffActual?.line == 16)
    }

    @Test func scoresAndGradesInManyForms() {
        let form = facts("1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人王某联系电话\n")
        #expect(form.selfScore?.value == ExactDecimal("97.6"))
        #expect(form.filedBy?.value == "王某")
        #expect(facts("部门目标实现率100%,整体绩效自评为优 秀;\n").statedGrade?.value == .excellent)
        #expect(facts("各专项资金绩效自评等次均为优秀。\n").statedGrade?.value == .excellent)
        #expect(facts("经评价，等级为“良”。\n").statedGrade?.value == .good)
    }

    @Test(arguments: [
        ("本年支出合计1 174.46万元。", "1174.46"),
        ("本年支出合计１，１７４．４６万元。", "1174.46"),
        ("本年支出合计IO万元。", "10"),
        ("本年支出合计1O0.5万元。", "100.5"),
        ("本年支出合计12.3万兀。", "12.3"),
        ("本年支出合计3.2亿元。", "32000"),
        ("本年支出合计11744600元。", "1174.46"),
    ])
    func numberForms(_ text: String, _ value: String) {
        #expect(facts("部门整体支出绩效自评报告\n" + text + "\n").amount("expenditureTotal")?.value.value == ExactDecimal(value))
    }

    @Test func lettersOutsideNumbersStayLetters() {
        let f = facts("部门整体支出绩效自评报告\n本年支出合计 Office 10 万元，其中基本支出 l 项。\n")
        #expect(f.amount("expenditureTotal") == nil && f.amount("basicExpenditure") == nil)
        #expect(facts("部门整体支出绩效自评报告\n表 2 100 100 95\n").amount("expenditureTotal") == nil)
    }

    @Test func aNumberAloneAfterALabelIsItsCellNotAPageNumber() {
        let f = facts("部门基本情况表\n人员编制\n\n128\n\n实有人数\n\n185\n\n说明：编制数以批复为准。\n")
        #expect(f.staffAuthorized?.value == 128 && f.staffAuthorized?.line == 4)
        #expect(f.staffActual?.value == 185 && f.staffActual?.line == 8)
        let paged = Normaliser.normalise(text: "本单位全年工作稳步推进，成效明显。\n\n3\n\n二、存在问题\n")
        #expect(!paged.text.contains("3"))
    }

    @Test func whatTheAmountIsOfMayStandBetweenLabelAndFigure() {
        let f = facts("项目支出绩效自评报告\n实际支出项目资金200.00万元，资金执行率100.00%。\n")
        #expect(f.amount("expenditureTotal")?.value.value == 200)
    }
}
