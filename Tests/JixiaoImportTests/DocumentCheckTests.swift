import JixiaoCore
import Testing

@testable import JixiaoImport

/// Each check id: a fixture change that triggers it, against the unchanged fixture
/// that must not.
@Suite struct DocumentCheckTests {
    static let base = (try? Support.fixture("department-good.txt")) ?? ""

    @Test func correctReportHasNoFindings() {
        let analysis = ReportAnalysis(text: Self.base)
        #expect(analysis.findings.map(\.message) == [])
        #expect(analysis.kind == .departmentWide)
    }

    /// (rule, text to replace, replacement, a fragment the message must show).
    static let triggers: [(String, String, String, String)] = [
        (
            "sum.expenditure", "项目支出 180.00 万元", "项目支出 190.00 万元",
            "基本支出 300.00 万元 + 项目支出 190.00 万元 = 490.00 万元，与支出合计 480.00 万元不符（相差 10.00 万元）"
        ),
        ("sum.basic", "公用经费 50.00 万元", "公用经费 60.00 万元", "人员经费 250.00 万元 + 公用经费 60.00 万元 = 310.00 万元"),
        (
            "balance", "年末结转结余 40.00 万元", "年末结转结余 45.00 万元",
            "年初结转结余 20.00 万元 + 收入合计 500.00 万元 − 支出合计 480.00 万元 = 40.00 万元，与年末结转结余 45.00 万元不符"
        ),
        ("rate.mismatch", "办结率 95%", "办结率 98%", "办结190件 ÷ 受理群众文化活动申请200件 = 95.00%"),
        ("score.sum", "综合得分为 98 分", "综合得分为 96 分", "= 98 分，与自评总分 96 分不符"),
        ("score.over-max", "③资产管理 本项指标分值 10 分，自评 10 分", "③资产管理 本项指标分值 10 分，自评 12 分", "得分 12 分超过其分值 10 分"),
        ("score.grade", "等级为优", "等级为良", "应为「优」"),
        ("score.unsupported", "执行率 100%，自评 10 分", "执行率 80%，自评 10 分", "分值 10 × 执行率 80% = 8.00 分"),
        ("deviation.missing", "因年中人员调出扣 2 分，", "", "得分 8 分低于分值 10 分"),
        ("template.unfilled", "围绕公共文化服务均等化，设定演出场次、读者满意度和单场成本等目标。", "分析绩效目标、指标与部门职能、中期规划、年度工作计划的相关性、合理性和明确性。", "（三）部门整体支出绩效目标"),
        ("section.missing", "三、存在问题及改进意见\n\n部分活动宣传不足，下一步将加强线上宣传。", "", "存在问题及改进意见"),
        ("meta.missing", "填报人：王小明", "填报人：", "未填写填报人"),
        ("meta.phone", "0762-3381234", "0762-33812", "0762-33812"),
        ("meta.date", "填报日期：2024年3月8日", "填报日期：2024年2月30日", "2024年2月30日"),
        ("target.direction", "单场演出成本 ≤ 2 万元", "单场演出成本 ≥ 2 万元", "含「成本」"),
        ("target.unquantified", "读者满意度 ≥ 90%", "读者满意度 ≥ 90", "缺少度量单位"),
        ("numbering.sequence", "三是举办非遗展览", "二是举办非遗展览", "序号「二是」接在「二是」之后，应为「三是」"),
        ("figure.conflict", "全年受理群众文化活动申请", "本年支出 470.00 万元。全年受理群众文化活动申请", "此处为 470.00 万元"),
    ]

    @Test(arguments: triggers.indices)
    func changedReportTriggersTheRule(_ index: Int) {
        let (rule, old, new, fragment) = Self.triggers[index]
        let changed = Self.base.replacing(once: old, with: new)
        let findings = ReportAnalysis(text: changed).findings.filter { $0.rule == rule }
        #expect(findings.count == 1, "\(rule): \(ReportAnalysis(text: changed).findings)")
        #expect(findings.first.map { $0.message.contains(fragment) } == true, "\(findings.first?.message ?? "-")")
        #expect(findings.first?.severity == CheckCatalog.entry(rule)?.severity)
        #expect(!Support.rules(Self.base).contains(rule))
    }

    @Test func filingDateBeforeYearEndIsReported() {
        let changed = Self.base.replacing(once: "填报日期：2024年3月8日", with: "填报日期：2023年12月8日")
        let messages = ReportAnalysis(text: changed).findings.filter { $0.rule == "meta.date" }.map(\.message)
        #expect(messages == ["填报日期 2023年12月8日 早于 2023 年度结束（2023年12月31日），年度数据尚不完整"])
    }

    @Test func headingMaximumExceededBySumOfItems() {
        let changed = Self.base.replacing(once: "1.预算编制（30分）", with: "1.预算编制（25分）")
        let findings = ReportAnalysis(text: changed).findings.filter { $0.rule == "score.over-max" }
        #expect(findings.map(\.message) == ["「预算编制(25分)」下各项得分 10 + 10 + 10 = 30 分，超过该项分值 25 分"])
    }

    @Test func missingFigureMeansSilence() {
        // Without 项目支出 the sum cannot be decided: no finding, no guess.
        let changed = Self.base.replacing(once: "项目支出 180.00 万元", with: "其余支出若干")
        #expect(!Support.rules(changed).contains("sum.expenditure"))
    }
}
