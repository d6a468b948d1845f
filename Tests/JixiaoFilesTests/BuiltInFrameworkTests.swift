import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Built-in frameworks")
struct BuiltInFrameworkTests {
    static let ids = ["guangdong-county-department", "hunan-department", "mof-2013-department", "mof-2020-project"]

    @Test func theFourBuiltInsLoadAndValidate() throws {
        // when
        let library = try FrameworkLibrary.builtIn()
        // then
        #expect(library.list.map(\.id) == Self.ids)
        for framework in library.list {
            #expect(FrameworkValidator().validate(framework).isEmpty, "\(framework.id)")
            #expect(framework.total == 100)
            #expect(!framework.source.isEmpty)
        }
    }

    /// The importer's list of known indicator names is exactly the leaves of the
    /// built-in department frameworks.
    @Test func knownIndicatorNamesMatchTheFiles() throws {
        let library = try FrameworkLibrary.builtIn()
        let leaves = library.list.filter { $0.kind == .departmentWide }
            .flatMap { $0.indicators.flatMap(\.leaves) }.filter { !$0.fromTargets }.map(\.name)
        #expect(Set(leaves) == Set(KnownIndicatorNames.department))
        #expect(KnownIndicatorNames.department.count == Set(KnownIndicatorNames.department).count)
    }

    /// The 三级 items of the 2023 county report, in its order, with their maxima.
    static let wuhuaItems: [(String, ExactDecimal)] = [
        ("预算编制合理性", 5), ("预算编制规范性", 5), ("财政拨款收入预决算差异率", 5), ("预算编制及时性", 4),
        ("绩效目标合理性", 5), ("绩效指标明确性", 5), ("上级专项资金分配及时性", 4), ("结转结余率", 4),
        ("上级专项资金支出执行率", 6), ("政府采购执行率", 2), ("财务合规性", 4), ("预决算信息公开性", 4),
        ("项目实施程序", 2), ("项目监管", 5), ("资产管理安全性", 2), ("固定资产利用率", 3),
        ("财政供养人员控制率", 2), ("管理制度健全性", 4), ("公用经费控制率", 4), ("重点工作完成率", 3),
        ("绩效目标完成率", 3), ("项目完成及时性", 3), ("社会经济环境效益", 10), ("群众信访办理情况", 3),
        ("公众或服务对象满意度", 3),
    ]

    @Test func guangdongMatchesTheCountyReportItems() throws {
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: "guangdong-county-department"))
        let leaves = framework.indicators.flatMap(\.leaves)
        #expect(leaves.map(\.name) == Self.wuhuaItems.map(\.0))
        #expect(leaves.map(\.max) == Self.wuhuaItems.map(\.1))
        #expect(framework.indicators.map(\.max) == [29, 42, 29])
        #expect(leaves.reduce(ExactDecimal.zero) { $0 + $1.max } == 100)
        let carryover = try #require(leaves.first { $0.name == "结转结余率" })
        #expect(carryover.value == "carryoverEnd / budgetAdjusted")
        #expect(carryover.rule?.kindName == "thresholdStep")
    }

    @Test func hunanRulesAreThoseOfThePublishedTable() throws {
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: "hunan-department"))
        let leaves = Dictionary(uniqueKeysWithValues: framework.indicators.flatMap(\.leaves).map { ($0.id, $0) })
        #expect(
            leaves["财政供养人员控制率"]?.rule
                == .thresholdStep(
                    standard: 1, side: .atMost, deduct: ExactDecimal("0.5")!, per: ExactDecimal("0.01")!, partialSteps: false))
        guard case .bands(let bands)? = leaves["预算调整率"]?.rule else {
            Issue.record("预算调整率 should be scored by bands")
            return
        }
        #expect(bands.map(\.score) == [3, 2, 1, ExactDecimal("0.5")!, 0])
        #expect(bands[1].contains(ExactDecimal("0.1")!) && !bands[1].contains(.zero))
        #expect(leaves["资金使用合规性"]?.rule == .deductions(perBreach: 1))
        #expect(leaves["预决算信息公开性和完善性"]?.provisional == true)
        #expect(framework.indicators.map(\.max) == [15, 40, 25, 20])
    }

    @Test func projectFrameworkTakesItsLeavesFromTargets() throws {
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: "mof-2020-project"))
        #expect(framework.kind == .project)
        #expect(framework.indicators.map(\.name) == ["预算执行率", "产出指标", "效益指标", "满意度指标"])
        #expect(framework.indicators.map(\.max) == [10, 50, 30, 10])
        #expect(framework.indicators.dropFirst().allSatisfy { $0.fromTargets })
    }

    @Test func folderFrameworksReplaceBuiltInsWithTheSameID() throws {
        // given
        let folder = try TestPaths.temporaryFolder()
        let yaml = """
            id: hunan-department
            title: 本地修改版
            kind: departmentWide
            region: 湖南省
            year: 2024
            source: 本地通知
            indicators:
              - {name: 唯一指标, max: 100, rule: {kind: manual}}
            """
        try yaml.write(to: folder.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
        try "not: [valid".write(to: folder.appendingPathComponent("broken.yml"), atomically: true, encoding: .utf8)
        // when
        let library = try FrameworkLibrary.standard(extraFolder: folder)
        // then
        #expect(library.list.count == 4)
        #expect(library.framework(id: "hunan-department")?.title == "本地修改版")
        #expect(library.problems.map(\.file) == ["broken.yml"])
    }
}
