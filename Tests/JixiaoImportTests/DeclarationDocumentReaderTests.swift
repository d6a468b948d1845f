import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// A 绩效目标申报表 written by hand as text (cells separated by tabs, as a table pasted from Word):
/// recognised, read into a declaration and checked with the rules of `jixiao targets`.
@Suite struct DeclarationDocumentReaderTests {
    /// A department table with merged level cells (empty below the first), a bound written into the value,
    /// funds as rows and one planted defect: the cost row is a lower bound.
    static let department = """
        附件2
        五华县政务服务数据管理局2025年度部门整体绩效目标表
        单位名称：五华县政务服务数据管理局
        年度：2025
        实施期：2025年1月1日至2025年12月31日
        资金总额\t563.02万元
        其中：财政资金\t5,430,200元
        其他资金\t20.00万元
        总体目标
        推进政务服务标准化、规范化、便利化。
        一级指标\t二级指标\t三级指标\t指标值\t计量单位
        产出指标\t数量指标\t政务服务事项办件量\t≥30000\t件
        \t质量指标\t政务服务事项网上可办率\t≥90%\t
        \t成本指标\t数据中心运维成本\t≥180\t万元
        效益指标\t社会效益指标\t企业群众办事跑动次数\t≤1\t次
        满意度指标\t服务对象满意度指标\t服务对象满意度\t≥95%\t
        """

    static func analyse(_ text: String) throws -> ReportAnalysis {
        try ReportReader.analyse(data: Data(text.utf8), ext: "txt", path: "d.txt")
    }

    @Test func aTextTableIsReadAsADeclaration() throws {
        // when
        let declared = try #require(try Self.analyse(Self.department).declaration)
        let declaration = declared.declaration
        // then
        #expect(declaration.scope == .department)
        #expect(declaration.unit == "五华县政务服务数据管理局" && declaration.fiscalYear == 2025)
        #expect(declaration.period?.end == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(declaration.funds?.total == DeclaredAmount(value: ExactDecimal("563.02")!, places: 2))
        #expect(declaration.funds?.fiscal == DeclaredAmount(value: ExactDecimal("543.02")!, places: 2))
        #expect(declaration.overallGoal == "推进政务服务标准化、规范化、便利化。")
        #expect(
            declaration.rows.map(\.target.levels) == [
                ["产出指标", "数量指标"], ["产出指标", "质量指标"],
                ["产出指标", "成本指标"], ["效益指标", "社会效益指标"],
                ["满意度指标", "服务对象满意度指标"],
            ])
        #expect(declaration.rows[1].target.direction == .atLeast && declaration.rows[1].target.targetValue == 90)
        #expect(declaration.rows[1].target.unit == "%" && declaration.rows[1].directionStated)
        #expect(declared.lines["targets.3"] == 14)
    }

    @Test func theSameRulesFindThePlantedDefectAtItsLine() throws {
        let analysis = try Self.analyse(Self.department)
        #expect(analysis.findings.map(\.rule) == ["target.direction"])
        #expect(analysis.findings.first?.location.line == 14)
        #expect(analysis.findings.first?.location.field == "targets.3.direction")
        // the near-identical table with the bound the right way round is clean
        let fixed = Self.department.replacingOccurrences(of: "数据中心运维成本\t≥180", with: "数据中心运维成本\t≤180")
        #expect(try Self.analyse(fixed).findings.isEmpty)
    }

    @Test func fundsThatDoNotAddUpAreAnErrorInTheDocumentToo() throws {
        let text = Self.department.replacingOccurrences(of: "5,430,200元", with: "5,430,000元")
        let analysis = try Self.analyse(text)
        #expect(analysis.findings.map(\.rule).contains("targets.funds"))
        #expect(analysis.findings.first { $0.rule == "targets.funds" }?.location.line == 6)
    }

    @Test func aSelfEvaluationWithATargetsHeadingIsNotADeclaration() throws {
        let report = """
            五华县政务服务热线项目支出绩效自评报告
            一、项目概况及绩效目标
            （二）项目绩效目标
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值
            产出指标\t数量指标\t热线受理量\t60000件\t61000件
            """
        #expect(try Self.analyse(report).declaration == nil)
    }
}

/// Documents made of the reader's own cues in random order and shape: never a crash, and every row it reads
/// comes from a line of the document.
@Suite struct DeclarationDocumentRobustnessTests {
    static let tokens = [
        "部门整体绩效目标表", "项目支出绩效目标申报表", "一级指标", "二级指标", "三级指标", "指标值", "计量单位",
        "资金总额", "财政资金", "其他资金", "上年实际完成值", "实施期：2025年2月30日至2025年1月1日", "年度：99999999999999999999",
        "≥", "≤95%", "不低于", "-1", "1,2,3", "9999999999999999999999", "%", "万元", "2025年13月1日前", "：", "", "\t", "定性",
    ]

    @Test func randomDocumentsOfItsCuesNeverCrashIt() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var read = 0
        for _ in 0..<400 {
            var lines = [Self.tokens[next(2)]]
            for _ in 0..<(1 + next(14)) {
                let cells = (0..<(1 + next(9))).map { _ in Self.tokens[next(Self.tokens.count)] }
                lines.append(cells.joined(separator: next(3) == 0 ? "" : "\t"))
            }
            if next(2) == 0 { lines.insert("一级指标\t二级指标\t三级指标\t指标值", at: 1) }
            let scalars = lines.map { Array($0.unicodeScalars) }
            guard let declared = DeclarationDocumentReader.read(lines: scalars) else { continue }
            read += 1
            #expect(declared.declaration.rows.count < lines.count)
            #expect(declared.lines.values.allSatisfy { (1...lines.count).contains($0) })
            _ = DeclarationChecker().check(declared.declaration)
        }
        #expect(read > 50)
    }
}
