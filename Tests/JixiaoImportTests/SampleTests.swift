import JixiaoCore
import Testing

@testable import JixiaoImport

/// The three real samples: every fact with its value and line, and the findings of checks.md.
@Suite(.enabled(if: Support.samplesFolder != nil || Support.isCI, "需要 ../shared/samples（或 JIXIAO_SAMPLES）"))
struct SampleTests {
    /// Asserts a fact's value and line, and that the line of the file shows `shown`.
    func expectFact<V>(
        _ fact: Fact<V>?, _ value: V, line: Int, shown: String, in lines: [Substring],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(fact?.value == value, sourceLocation: sourceLocation)
        #expect(fact?.line == line, sourceLocation: sourceLocation)
        let text = line - 1 < lines.count ? String(lines[line - 1]).filter { $0 != " " } : ""
        #expect(text.contains(shown), "line \(line): \(text)", sourceLocation: sourceLocation)
    }

    func load(_ name: String) throws -> (ReportAnalysis, [Substring])? {
        guard let sample = try Support.sample(name) else { return nil }
        let lines = sample.text.split(separator: "\n", omittingEmptySubsequences: false)
        return (try ReportReader.analyse(path: sample.url.path), lines)
    }

    @Test func wuhua() throws {
        let (analysis, lines) = try #require(try load("wuhua-2023-data-bureau.txt"))
        let f = analysis.facts
        #expect(analysis.kind == .departmentWide)
        expectFact(f.unitName, "五华县政务服务数据管理局", line: 49, shown: "五华县政务服务数据管理局", in: lines)
        expectFact(f.fiscalYear, 2023, line: 99, shown: "2023年度", in: lines)
        expectFact(f.filedBy, "何会娣", line: 9, shown: "填报人：何会娣", in: lines)
        expectFact(f.phone, "13719971687", line: 11, shown: "13719971687", in: lines)
        expectFact(f.filedOn, "2024年4月15日", line: 13, shown: "2024年4月15日", in: lines)
        expectFact(
            f.amount("incomeTotal").map { Fact($0.value.value, line: $0.line) }, ExactDecimal("563.02")!, line: 99, shown: "收入合计563.02万元",
            in: lines)
        expectFact(
            f.amount("expenditureTotal").map { Fact($0.value.value, line: $0.line) }, ExactDecimal("563.02")!, line: 99,
            shown: "支出合计563.02万元", in: lines)
        expectFact(f.amount("carryoverEnd").map { Fact($0.value.value, line: $0.line) }, .zero, line: 145, shown: "无结转", in: lines)
        expectFact(f.staffAuthorized, 14, line: 55, shown: "行政编制14名", in: lines)
        expectFact(f.staffActual, 13, line: 55, shown: "实有人员13人", in: lines)
        expectFact(f.selfScore, ExactDecimal(98), line: 107, shown: "综合得分为98分", in: lines)
        #expect(f.grade?.value == .excellent && f.grade?.derived == true && f.statedGrade == nil)
        #expect(f.amount("basicExpenditure") == nil && f.amount("projectExpenditure") == nil)
        // 25 item scores that add up to the stated 98: no score.sum.
        #expect(f.scores.count == 25)
        #expect(f.scores.reduce(ExactDecimal.zero) { $0 + $1.score } == 98)
        #expect(f.scores.map(\.name) == Self.wuhuaItems.map(\.0))
        #expect(f.scores.map { "\($0.score)" } == Self.wuhuaItems.map(\.1))
        #expect(f.scores.map(\.line) == Self.wuhuaItems.map(\.2))
        #expect(f.scores.filter { $0.max != nil }.map(\.line) == [189, 193, 197])
        let rules = analysis.findings.map(\.rule)
        #expect(!rules.contains("score.sum"))
        #expect(!analysis.findings.contains { $0.severity == .error })
        #expect(!rules.contains("meta.missing"))
        #expect(Set(rules) == ["numbering.sequence"])
    }

    /// The 25 items of the wuhua report: name (the report's own heading, or the known
    /// indicator name where the heading runs into the text), score, line.
    static let wuhuaItems: [(String, String, Int)] = [
        ("预算编制合理性", "5", 117), ("预算编制规范性", "5", 121), ("财政拨款收入预决算差异率", "4", 123),
        ("预算编制的及时性", "4", 127), ("绩效目标合理性", "5", 133), ("绩效指标明确性", "5", 137),
        ("上级专项资金分配的及时性", "4", 143), ("结转结余率", "4", 147), ("上级专项资金的支出执行率", "6", 149),
        ("政府采购执行率", "2", 151), ("财务合规性", "4", 153), ("预决算信息公开性", "4", 155),
        ("项目实施程序", "2", 159), ("项目监管", "5", 163), ("资产管理安全性", "2", 167),
        ("固定资产利用率", "3", 169), ("财政供养人员控制率", "2", 173), ("管理制度健全性", "4", 177),
        ("公用经费控制率", "4", 183), ("重点工作完成率", "3", 189), ("绩效目标完成率", "3", 193),
        ("项目完成及时性", "3", 197), ("社会经济环境效益", "9", 201), ("群众信访办理情况", "3", 205),
        ("公众或服务对象满意度", "3", 207),
    ]

    @Test func xinfeng2023() throws {
        let (analysis, lines) = try #require(try load("xinfeng-2023-service-centre.txt"))
        let f = analysis.facts
        #expect(analysis.kind == .departmentWide)
        expectFact(f.unitName, "新丰县行政服务中心", line: 7, shown: "新丰县行政服务中心（公章）", in: lines)
        expectFact(f.fiscalYear, 2023, line: 41, shown: "2023年度", in: lines)
        expectFact(f.filedBy, "李惠君", line: 9, shown: "李惠君", in: lines)
        expectFact(f.phone, "0751-6920122", line: 11, shown: "0751-6920122", in: lines)
        expectFact(f.filedOn, "2024年3月25日", line: 13, shown: "2024年3月25日", in: lines)
        expectFact(
            f.amount("incomeTotal").map { Fact($0.value.value, line: $0.line) }, ExactDecimal("1174.46")!, line: 45,
            shown: "本年收入1,174.46万元", in: lines)
        expectFact(
            f.amount("expenditureTotal").map { Fact($0.value.value, line: $0.line) }, ExactDecimal("1174.46")!, line: 45,
            shown: "本年支出1,174.46万元", in: lines)
        expectFact(f.amount("carryoverEnd").map { Fact($0.value.value, line: $0.line) }, .zero, line: 47, shown: "年末结转和结余0万元", in: lines)
        expectFact(f.staffAuthorized, 9, line: 17, shown: "事业编制9名", in: lines)
        #expect(f.staffActual == nil && f.selfScore == nil && f.grade == nil)
        let rate = f.rates.first { $0.name == "办结率" }
        #expect(rate.map { [$0.percent, $0.numerator, $0.denominator] } == [ExactDecimal("92.64")!, 3460, 3735])
        #expect(rate?.line == 25)
        let rules = analysis.findings.map(\.rule)
        #expect(!analysis.findings.contains { $0.severity == .error })
        #expect(!rules.contains("rate.mismatch") && !rules.contains("balance") && !rules.contains("meta.missing"))
        let sequence = analysis.findings.first { $0.rule == "numbering.sequence" && $0.message.contains("五是") }
        #expect(sequence?.location.line == 37)
        #expect(sequence?.message == "序号「五是」接在「六是」之后，应为「七是」")
    }

    @Test func xinfeng2021TemplateDraft() throws {
        let (analysis, _) = try #require(try load("xinfeng-2021-template-draft.txt"))
        #expect(analysis.kind == .departmentWide)
        let f = analysis.facts
        #expect(f.unitName == nil && f.filedBy == nil && f.phone == nil && f.filedOn == nil && f.fiscalYear == nil)
        #expect(f.staffAuthorized?.value == 9 && f.staffAuthorized?.line == 31)
        let template = analysis.findings.filter { $0.rule == "template.unfilled" }
        #expect(template.map(\.location.line) == [263, 269, 277, 285, 289])
        #expect(template.map { $0.message.prefix(6) } == ["「（三）部门", "「（四）部门", "「（一）预算", "「（二）部门", "「（三）自评"])
        let meta = analysis.findings.filter { $0.rule == "meta.missing" }
        #expect(meta.map(\.message) == ["未填写单位名称、填报人、联系电话、填报日期"])
        #expect(analysis.findings.contains { $0.rule == "section.missing" && $0.location.line == 297 })
        #expect(!analysis.findings.contains { $0.severity == .error })
    }
}
