import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Evaluation files")
struct EvaluationFileTests {
    @Test func wuhuaExampleReads() throws {
        // when
        let loaded = try EvaluationReader.read(url: TestPaths.example("wuhua-2023.yaml"))
        // then
        let evaluation = loaded.evaluation
        #expect(evaluation.unit.name == "五华县政务服务数据管理局")
        #expect(evaluation.fiscalYear == 2023)
        #expect(evaluation.frameworkID == "guangdong-county-department")
        #expect(evaluation.filing.filedOn == "2024-04-15")
        #expect(evaluation.filing.phone == "13719971687")
        #expect(evaluation.figures["incomeTotal"] == ExactDecimal("563.02"))
        #expect(evaluation.figures["staffAuthorized"] == 14)
        #expect(evaluation.figures["在职人数"] == 13)
        #expect(evaluation.indicators.count == 25)
        let selfTotal = evaluation.indicators.values.compactMap(\.selfScore).reduce(ExactDecimal.zero, +)
        #expect(selfTotal == 98)
        #expect(evaluation.statedTotal == 98)
        #expect(evaluation.indicators["社会经济环境效益"]?.outcome == .achieved)
    }

    @Test func allExamplesReadAgainstTheirFramework() throws {
        let library = try FrameworkLibrary.builtIn()
        for name in ["wuhua-2023.yaml", "xinfeng-2023.yaml", "xinfeng-2021.yaml", "project-demo.yaml"] {
            let loaded = try EvaluationReader.read(url: TestPaths.example(name)) { library.framework(id: $0.frameworkID) }
            #expect(loaded.warnings.isEmpty, "\(name): \(loaded.warnings)")
        }
    }

    @Test func targetPercentagesStayInTheirUnit() throws {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            project: {name: 测试项目}
            targets:
              - {levels: [产出指标], name: 可用率, direction: "≥", target: 99%, actual: "99.5%"}
            """
        let evaluation = try EvaluationReader.read(text: yaml, file: "p.yaml").evaluation
        #expect(evaluation.kind == .project)
        let target = try #require(evaluation.targets.first)
        #expect(target.targetValue == 99 && target.actualValue == ExactDecimal("99.5") && target.unit == "%")
    }

    @Test func moneyStringsAreConvertedTo万元() throws {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            frameworkID: guangdong-county-department
            figures:
              财政拨款收入: 1,174.46万元
              支出合计: 11744600元
              全年预算数: ０.１２亿元
              年末结转结余: 0
              编制数: 9人
              满意度: 92.64%
            """
        let figures = try EvaluationReader.read(text: yaml, file: "m.yaml").evaluation.figures
        #expect(figures["fiscalIncome"] == ExactDecimal("1174.46"))
        #expect(figures["expenditureTotal"] == ExactDecimal("1174.46"))
        #expect(figures["budgetAdjusted"] == 1200)
        #expect(figures["carryoverEnd"] == .zero)
        #expect(figures["staffAuthorized"] == 9)
        #expect(figures["satisfaction"] == ExactDecimal("0.9264"))
    }

    @Test func roundTripThroughYAMLAndJSON() throws {
        // given
        let original = try EvaluationReader.read(url: TestPaths.example("wuhua-2023.yaml")).evaluation
        var withTargets = original
        withTargets.targets = [
            Target(
                levels: ["产出指标", "数量指标"], name: "事项梳理", direction: .atLeast, targetValue: 30000, unit: "条",
                actualValue: 31250),
            Target(
                name: "服务质量", direction: .qualitative, targetText: "有效提升", actualText: "明显提升",
                outcome: .partlyAchieved, deviationNote: "部分系统仍在改造"),
        ]
        for format in EvaluationWriter.Format.allCases {
            // when
            let text = try EvaluationWriter.write(withTargets, format: format)
            let reread = try EvaluationReader.read(text: text, file: "round.\(format.rawValue)").evaluation
            // then
            #expect(reread == withTargets, "\(format)")
        }
    }

    @Test func writtenYAMLKeepsFrameworkOrder() throws {
        let evaluation = try EvaluationReader.read(url: TestPaths.example("wuhua-2023.yaml")).evaluation
        let framework = try FrameworkLibrary.builtIn().framework(id: "guangdong-county-department")
        let text = try EvaluationWriter.write(evaluation, format: .yaml, framework: framework)
        let first = try #require(text.range(of: "预算编制合理性"))
        let last = try #require(text.range(of: "公众或服务对象满意度"))
        #expect(first.lowerBound < last.lowerBound)
        #expect(text.contains("incomeTotal: 563.02\n"))
    }

    @Test func errorsNameTheLine() {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            frameworkID: x
            figures:
              支出合计: 一千
            indicators:
              甲: {selfScore: 5}
            """
        do {
            _ = try EvaluationReader.read(text: yaml, file: "e.yaml")
            Issue.record("must fail")
        } catch {
            #expect(error.kind == .invalid)
            #expect(
                error.problems.map(\.description) == [
                    "e.yaml:5:9: 错误：figures.支出合计：「一千」不是有效的数值、百分数或金额（如 563.02、92.64%、1,174.46万元）"
                ])
        }
    }

    @Test func conversionErrorsAreAllReported() {
        let yaml = """
            fiscalYear: 2023
            indicators:
              甲: {selfScore: 5, outcome: 很好}
            targets:
              - {name: 件数, direction: "≈", target: 10}
            """
        do {
            _ = try EvaluationReader.read(text: yaml, file: "e.yaml")
            Issue.record("must fail")
        } catch {
            let lines = error.problems.map { "\($0.line ?? 0) \($0.message.prefix(8))" }
            #expect(lines == ["1 缺少必填项「un", "3 「很好」无效，可", "5 「≈」无效，可选"])
        }
    }

    @Test func unknownIndicatorsWarn() throws {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            frameworkID: guangdong-county-department
            indicators:
              结转结余率: {selfScore: 4}
              不存在的指标: {selfScore: 1}
            """
        let framework = try FrameworkLibrary.builtIn().framework(id: "guangdong-county-department")
        let loaded = try EvaluationReader.read(text: yaml, file: "w.yaml", framework: framework)
        #expect(loaded.warnings.map(\.line) == [6])
        #expect(loaded.warnings.first?.severity == .warning)
    }

    @Test func misspelledKeysWarn() throws {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            indicator:
              结转结余率: {selfScore: 4}
            figures:
              编制数: 9
            """
        let loaded = try EvaluationReader.read(text: yaml, file: "k.yaml")
        #expect(loaded.evaluation.indicators.isEmpty)
        #expect(loaded.warnings.map(\.line) == [4])
        #expect(loaded.warnings.first?.message == "未知的键「indicator」，已忽略（是否拼写有误？）")
    }

    @Test func checklistItemsMustBeThoseOfTheRule() throws {
        let yaml = """
            unit: 测试单位
            fiscalYear: 2023
            frameworkID: hunan-department
            indicators:
              管理制度健全性:
                checked: [已制定相应的财务和业务管理制度, 制度很好]
            """
        let framework = try FrameworkLibrary.builtIn().framework(id: "hunan-department")
        let loaded = try EvaluationReader.read(text: yaml, file: "c.yaml", framework: framework)
        #expect(loaded.warnings.map(\.line) == [6])
        #expect(loaded.warnings.first?.message.hasPrefix("清单中没有「制度很好」这一项") == true)
    }

    @Test func unreadableFiles() {
        #expect(throws: FileError.self) { try EvaluationReader.read(url: URL(fileURLWithPath: "/nonexistent/x.yaml")) }
        do {
            _ = try EvaluationReader.read(url: URL(fileURLWithPath: "/nonexistent/x.yaml"))
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.problems.first?.message == "无法读取文件：文件不存在")
        }
    }
}
