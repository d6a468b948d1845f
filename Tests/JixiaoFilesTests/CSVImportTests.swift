import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Framework CSV import")
struct CSVImportTests {
    static let table = """
        id,csv-test
        标题,测试县部门整体支出绩效评价表
        地区,测试县
        年度,2024
        来源,测试财绩〔2024〕1号
        一级指标,分值,二级指标,分值,三级指标,分值,评分标准,指标说明
        投入,20,预算配置,20,在职人员控制率,10,"≤100%得满分，
        每超1个百分点扣0.5分",在职人数/编制数
        ,,,,重点支出安排率,10,≥90%得满分,
        过程,80,预算执行,50,预算执行率,30,按比例得分,
        ,,,,结转结余率,20,≤10%得满分,
        ,,资产管理,30,固定资产利用率,30,,
        """

    @Test func mergedCellsInheritFromTheRowAbove() throws {
        // when
        let loaded = try FrameworkReader.read(text: Self.table, file: "t.csv", format: .csv)
        // then
        let framework = loaded.framework
        #expect(framework.id == "csv-test" && framework.region == "测试县" && framework.year == 2024)
        #expect(framework.indicators.map(\.name) == ["投入", "过程"])
        #expect(framework.indicators[1].children.map(\.name) == ["预算执行", "资产管理"])
        #expect(framework.indicators[1].children[0].children.map(\.name) == ["预算执行率", "结转结余率"])
        let first = framework.indicators[0].children[0].children[0]
        #expect(
            first.rule
                == .thresholdStep(
                    standard: 1, side: .atMost, deduct: ExactDecimal("0.5")!,
                    per: ExactDecimal("0.01")!, partialSteps: false))
        #expect(first.value == "staffActual / staffAuthorized")
        let second = framework.indicators[0].children[0].children[1]
        #expect(second.rule == .manual && second.value == nil)
        #expect(first.criteria == "≤100%得满分，\n每超1个百分点扣0.5分")
        #expect(first.note == "在职人数/编制数")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func bomAndGB18030AreRead() throws {
        let folder = try TestPaths.temporaryFolder()
        let bomURL = folder.appendingPathComponent("bom.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(Self.table.utf8)).write(to: bomURL)
        #expect(try FrameworkReader.read(url: bomURL).framework.id == "csv-test")

        let gbURL = folder.appendingPathComponent("gb.csv")
        try #require(Self.table.data(using: TextDecoding.gb18030)).write(to: gbURL)
        let framework = try FrameworkReader.read(url: gbURL).framework
        #expect(framework.title == "测试县部门整体支出绩效评价表")
        #expect(framework.indicators.flatMap(\.leaves).count == 5)
    }

    @Test func badRowsAreReportedWithTheirLine() {
        let table = """
            id,bad
            标题,坏表
            地区,测试县
            年度,2024
            来源,测试
            一级指标,分值,二级指标,分值,三级指标,分值,评分标准
            ,,预算配置,20,在职人员控制率,十分,x
            投入,100,预算配置,100,在职人员控制率,abc,x
            """
        do {
            _ = try FrameworkReader.read(text: table, file: "bad.csv", format: .csv)
            Issue.record("a bad table must not load")
        } catch {
            let messages = error.problems.map { "\($0.line ?? 0): \($0.message)" }
            #expect(messages.contains("7: 二级指标「预算配置」之前没有一级指标（合并单元格的第一行不能为空）"))
            #expect(messages.contains("8: 三级指标的分值「abc」不是有效的数值"))
        }
    }

    @Test func missingMetadataFallsBackToDefaultsAndIsReported() {
        let table = """
            一级指标,分值,三级指标,分值,评分标准
            投入,100,某指标,100,酌情
            """
        do {
            _ = try FrameworkReader.read(
                text: table, file: "meta.csv", format: .csv,
                csvDefaults: CSVFrameworkDefaults(id: "meta", title: "meta"))
            Issue.record("missing region/year/source must be reported")
        } catch {
            #expect(
                error.problems.map(\.message) == [
                    "缺少必填项 region（适用地区）", "缺少必填项 source（来源文件）", "缺少必填项 year（适用年度）",
                ])
            #expect(error.problems.allSatisfy { $0.line == 1 })
        }
    }
}

@Suite("Criteria patterns")
struct CriteriaPatternTests {
    @Test func thresholdWordingsAreRecognised() {
        #expect(
            CriteriaPattern.rule(from: "≤100%得满分，每超1个百分点扣0.5分")
                == .thresholdStep(
                    standard: 1, side: .atMost, deduct: ExactDecimal("0.5")!, per: ExactDecimal("0.01")!, partialSteps: false))
        #expect(
            CriteriaPattern.rule(from: "不低于 95% 的得满分；每低 5 个百分点扣 1 分，不足 5 个百分点按 5 个百分点计")
                == .thresholdStep(
                    standard: ExactDecimal("0.95")!, side: .atLeast, deduct: 1,
                    per: ExactDecimal("0.05")!, partialSteps: true))
        #expect(
            CriteriaPattern.rule(from: "＜１０％得满分，每超过１％扣１分")
                == .thresholdStep(
                    standard: ExactDecimal("0.1")!, side: .lessThan, deduct: 1, per: ExactDecimal("0.01")!, partialSteps: false))
    }

    @Test func otherWordingsAreLeftToAPerson() {
        #expect(CriteriaPattern.rule(from: "制度健全的得满分，否则酌情扣分") == nil)
        #expect(CriteriaPattern.rule(from: "") == nil)
    }

    @Test func commonIndicatorsHaveFormulas() {
        #expect(CommonIndicatorFormulas.formula(for: "“三公经费”控制率") == "threePublicActual / threePublicBudget")
        #expect(CommonIndicatorFormulas.formula(for: "在职人员控制率") == "staffActual / staffAuthorized")
        #expect(CommonIndicatorFormulas.formula(for: "项目监管") == nil)
        for (name, formula) in CommonIndicatorFormulas.byName {
            let leaf = Indicator(name: name, max: 1, value: formula, rule: .manual)
            let framework = Framework(
                id: "f", title: "f", kind: .departmentWide, region: "r", year: 2023, source: "s",
                total: 1, indicators: [leaf])
            #expect(FrameworkValidator().validate(framework).isEmpty, "\(name)")
        }
    }
}
