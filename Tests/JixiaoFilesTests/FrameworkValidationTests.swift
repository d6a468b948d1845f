import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Framework validation")
struct FrameworkValidationTests {
    static let header = """
        id: test
        title: 测试指标体系
        kind: departmentWide
        region: 测试县
        year: 2023
        source: 测试文件〔2024〕1号
        total: 10

        """

    func problems(_ yaml: String) -> [FileProblem] {
        do {
            let loaded = try FrameworkReader.read(text: yaml, file: "t.yaml", format: .yaml)
            return loaded.warnings
        } catch {
            return error.problems
        }
    }

    @Test func validFrameworkLoads() throws {
        // given
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    children:
                      - name: 结转结余率
                        max: 10
                        value: carryoverEnd / budgetAdjusted
                        rule: {kind: thresholdStep, standard: 10%, side: "≤", deduct: 1, per: 1%}
                """
        // when
        let loaded = try FrameworkReader.read(text: yaml, file: "t.yaml", format: .yaml)
        // then
        #expect(loaded.warnings.isEmpty)
        let leaf = loaded.framework.indicators[0].children[0]
        #expect(
            leaf.rule
                == .thresholdStep(
                    standard: ExactDecimal("0.1")!, side: .atMost, deduct: 1,
                    per: ExactDecimal("0.01")!, partialSteps: false))
    }

    @Test func childrenNotAddingUpNamesThePathAndLine() {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    children:
                      - {name: 乙, max: 4, rule: {kind: manual}}
                      - {name: 丙, max: 5, rule: {kind: manual}}
                """
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == 10)
        #expect(found.first?.path == "甲 › max")
        #expect(found.first?.message == "下级指标分值之和 9 不等于本级分值 10")
    }

    @Test func topLevelMustAddUpToTotal() {
        let yaml =
            Self.header + """
                indicators:
                  - {name: 甲, max: 8, rule: {kind: manual}}
                """
        #expect(problems(yaml).map(\.message) == ["一级指标分值之和 8 不等于总分 10"])
    }

    @Test func leafWithoutRule() {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                """
        let found = problems(yaml)
        #expect(found.map(\.message) == ["末级指标缺少评分规则（rule）"])
        #expect(found.first?.line == 9)
    }

    @Test func duplicateIDs() {
        let yaml =
            Self.header + """
                indicators:
                  - {name: 甲, max: 5, rule: {kind: manual}}
                  - {name: 甲, max: 5, rule: {kind: manual}}
                """
        let found = problems(yaml)
        #expect(found.map(\.message) == ["指标 id「甲」重复，每个指标的 id 必须唯一"])
        #expect(found.first?.line == 10)
    }

    @Test func missingMetadataIsReportedAllAtOnce() {
        let yaml = """
            title: 缺东西
            total: 5
            indicators:
              - {name: 甲, max: 5, rule: {kind: manual}}
            """
        let messages = Set(problems(yaml).map(\.message))
        #expect(
            messages == [
                "缺少必填项「kind」", "缺少必填项 id（标识）", "缺少必填项 region（适用地区）",
                "缺少必填项 source（来源文件）", "缺少必填项 year（适用年度）",
            ])
    }

    @Test func badPercentTextPointsAtTheValue() {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    rule: {kind: thresholdStep, standard: 十%, side: "≤", deduct: 1, per: 1%}
                """
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == 11)
        #expect(found.first?.column == 43)
        #expect(found.first?.message == "「十%」不是有效的百分数或数值（如 10% 或 0.1）")
        #expect(found.first?.path == "甲 › rule.standard")
    }

    @Test func overlappingAndGappedBandsWarn() throws {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    value: carryoverEnd / budgetAdjusted
                    rule:
                      kind: bands
                      bands:
                        - {upper: 10%, include: [upper], score: 10}
                        - {lower: 10%, upper: 20%, score: 5}
                        - {lower: 30%, score: 0}
                """
        let loaded = try FrameworkReader.read(text: yaml, file: "t.yaml", format: .yaml)
        #expect(loaded.warnings.map(\.message) == ["第 1 档与第 2 档的范围重叠", "第 2 档与第 3 档之间有空缺，落在其间的值无法评分"])
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func unknownRuleKindAndDirection() {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 5
                    rule: {kind: magic}
                  - name: 乙
                    max: 5
                    rule: {kind: proportional, direction: "≈"}
                """
        let found = problems(yaml)
        #expect(found.count == 3)
        #expect(found[0].line == 11 && found[0].message.hasPrefix("「magic」无效"))
        #expect(found[1].line == 14 && found[1].message.hasPrefix("「≈」无效"))
        #expect(found[2].message == "末级指标缺少评分规则（rule）")
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() {
        let yaml = "id: x\ntitle: [unclosed\nkind: departmentWide\n"
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.hasPrefix("YAML/JSON 语法错误") == true)
    }

    @Test func jsonFrameworkReadsWithLines() {
        let json = """
            {
              "id": "j", "title": "J", "kind": "project", "region": "全国", "year": 2020, "source": "s",
              "total": 10,
              "indicators": [
                {"name": "甲", "max": "ten", "rule": {"kind": "manual"}}
              ]
            }
            """
        let found = problems(json)
        #expect(found.first?.line == 5)
        #expect(found.first?.message == "「ten」不是有效的数值")
    }

    @Test func unknownKeysWarnWithTheirLine() throws {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    rule: {kind: manual}
                    critera: 拼错的键
                """
        let loaded = try FrameworkReader.read(text: yaml, file: "t.yaml", format: .yaml)
        #expect(loaded.warnings.map(\.description) == ["t.yaml:12:14: 警告：甲 › critera：未知的键「critera」，已忽略（是否拼写有误？）"])
    }

    @Test func checklistPointsMustAddUp() {
        let yaml =
            Self.header + """
                indicators:
                  - name: 甲
                    max: 10
                    rule: {kind: checklist, items: [{name: 有制度, points: 3}, {name: 有执行, points: 3}]}
                """
        #expect(problems(yaml).map(\.message) == ["清单各项分值之和 6 不等于指标分值 10"])
    }
}

@Suite("Framework formula validation")
struct FrameworkFormulaTests {
    func problems(_ value: String) -> [FileProblem] {
        let yaml =
            FrameworkValidationTests.header + """
                indicators:
                  - name: 甲
                    max: 10
                    value: \(value)
                    rule: {kind: proportional, direction: "≥", target: 100%}
                """
        do {
            _ = try FrameworkReader.read(text: yaml, file: "f.yaml", format: .yaml)
            return []
        } catch {
            return error.problems
        }
    }

    @Test func knownFiguresByIDOrLabelPass() {
        #expect(problems("在职人数 / 编制数").isEmpty)
        #expect(problems("min(budgetExecuted / budgetAdjusted, 1)").isEmpty)
    }

    @Test func syntaxErrorNamesTheColumn() throws {
        let found = problems("(在职人数 / 编制数")
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.line == 11)
        #expect(problem.path == "甲 › value")
        #expect(problem.message.hasPrefix("公式「(在职人数 / 编制数」第 "))
        #expect(problem.message.contains("列有误"))
    }

    @Test func unknownFigureIsNamed() {
        let found = problems("在职人数 / 编制人数")
        #expect(found.map(\.message) == ["公式「在职人数 / 编制人数」使用了未知的数据项「编制人数」"])
        #expect(found.first?.line == 11)
    }
}
