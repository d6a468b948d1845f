import Foundation
import Testing

@testable import JixiaoCore
@testable import JixiaoFiles

@Suite struct MonitoringFileTests {
    static let valid = """
        kind: monitoring
        unit: 五华县政务服务数据管理局
        fiscalYear: 2025
        asOf: 2025-07-31
        budget: { annual: "120.00", executed: "30.00", expectedYearEnd: "118.00" }
        targets:
          - name: 热线接通率
            direction: "≥"
            target: "95"
            unit: "%"
            actual: "96.2"
            likelihood: 确定能
          - name: 服务规范化水平
            direction: 定性
            target: 有效提升
            actual: 部分达成
            likelihood: 有可能
            deviationReason: 制度保障
            measures: 印发规范
        """

    private func problem(_ text: String) -> String? {
        do {
            _ = try MonitoringReader.read(text: text, file: "round.yaml")
            return nil
        } catch {
            return error.problems.first?.description
        }
    }

    @Test func readsTheCycleExample() throws {
        let loaded = try MonitoringReader.read(url: TestPaths.example("monitoring-2025-07.yaml"), file: "monitoring-2025-07.yaml")
        let round = loaded.round
        #expect(loaded.warnings.isEmpty)
        #expect(round.project == "政务服务热线运行维护")
        #expect(round.asOf == CalendarDate(year: 2025, month: 7, day: 31))
        #expect(round.budget == MonitoredBudget(annual: 120, executed: 30, expectedYearEnd: 118))
        #expect(round.targets.map(\.name) == ["热线接通率"])
        #expect(round.targets[0].target.actualValue == ExactDecimal("96.2"))
        #expect(round.targets[0].likelihood == .certain)
    }

    @Test func readsQualitativeAnswers() throws {
        let round = try MonitoringReader.read(text: Self.valid, file: "round.yaml").round
        #expect(round.targets[1].target.outcome == .partlyAchieved)
        #expect(round.targets[1].target.actualText == "部分达成")
        #expect(round.evaluate().targets.map(\.light) == [.green, .yellow])
    }

    @Test func theJSONOfTheExampleIsExactlyTheCycleShape() throws {
        let loaded = try MonitoringReader.read(url: TestPaths.example("monitoring-2025-07.yaml"))
        let json = try MonitoringReport(round: loaded.round, result: loaded.round.evaluate()).json()
        #expect(json == Self.exampleJSON)
    }

    @Test(arguments: [
        ("asOf: 2025-07-31", "asOf: 2026-07-31", "round.yaml:4:7: 错误：asOf：截至日期 2026-07-31 不在预算年度 2025 年内"),
        ("asOf: 2025-07-31", "asOf: 2025-02-30", "round.yaml:4:7: 错误：asOf：截至日期「2025-02-30」不是有效日期（应如 2025-07-31）"),
        ("actual: \"96.2\"", "actual: 九成", "round.yaml:11:13: 错误：热线接通率 › actual：完成值「九成」不是有效的数值"),
        ("actual: 部分达成", "actual: 差不多", "round.yaml:16:13: 错误：服务规范化水平 › actual：定性指标的完成值「差不多」无效，可选值：达成年度指标、部分达成、未达成"),
        ("likelihood: 确定能", "likelihood: 应该能", "round.yaml:12:17: 错误：热线接通率 › likelihood：「应该能」无效，可选值：确定能、有可能、完全不可能"),
        ("executed: \"30.00\"", "executed: \"-30.00\"", "round.yaml:5:39: 错误：budget.executed：已执行数 -30 不能为负数"),
        ("target: \"95\"", "target: \"1e20\"", "round.yaml:9:13: 错误：热线接通率 › target：目标值「1e20」不是有效的数值"),
        ("target: \"95\"", "target: \"9999999999999\"", "round.yaml:9:13: 错误：热线接通率 › target：目标值 9999999999999 过大（绝对值应小于 1 万亿）"),
        ("kind: monitoring", "kind: targets", "round.yaml:1:7: 错误：kind：kind 应为 monitoring（绩效运行监控），而不是「targets」"),
    ])
    func badInputNamesTheField(original: String, replacement: String, message: String) {
        let text = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.valid)
        #expect(problem(text) == message)
    }

    @Test func missingKeysAreNamed() {
        #expect(
            problem(
                Self.valid.replacingOccurrences(
                    of: "budget: { annual: \"120.00\", executed: \"30.00\", expectedYearEnd: \"118.00\" }\n", with: ""))
                == "round.yaml:1:1: 错误：缺少必填项「budget」")
        #expect(
            problem(Self.valid.replacingOccurrences(of: "annual: \"120.00\", ", with: ""))
                == "round.yaml:5:9: 错误：budget：缺少必填项「annual」")
        #expect(
            problem(Self.valid.replacingOccurrences(of: "    target: \"95\"\n", with: ""))
                == "round.yaml:7:5: 错误：热线接通率：缺少必填项「target」")
    }

    @Test func aNumberWrittenWithItsUnitIsRead() throws {
        let text = Self.valid.replacingOccurrences(
            of: "    target: \"95\"\n    unit: \"%\"\n    actual: \"96.2\"",
            with: "    target: 5个工作日\n    actual: 4个工作日"
        )
        .replacingOccurrences(of: "direction: \"≥\"", with: "direction: \"≤\"")
        #expect(text != Self.valid)
        let target = try MonitoringReader.read(text: text, file: "round.yaml").round.targets[0].target
        #expect(target.targetValue == 5)
        #expect(target.actualValue == 4)
        #expect(target.unit == "个工作日")
        // a date is not a number with a unit: it is a deadline, and other text is not a target
        let deadline = try MonitoringReader.read(
            text: text.replacingOccurrences(of: "target: 5个工作日", with: "target: 2025年10月31日前")
                .replacingOccurrences(of: "actual: 4个工作日", with: "actual: 进行中"), file: "round.yaml"
        ).round
        #expect(deadline.targets[0].target.targetText == "2025年10月31日前")
        #expect(deadline.evaluate().targets[0].light == .green)
        #expect(
            problem(text.replacingOccurrences(of: "target: 5个工作日", with: "target: 尽快"))
                == "round.yaml:9:13: 错误：热线接通率 › target：目标值「尽快」不是有效的数值")
    }

    @Test func amountsMayCarryTheirUnit() throws {
        let text = Self.valid.replacingOccurrences(
            of: "annual: \"120.00\", executed: \"30.00\"",
            with: "annual: 1200000元, executed: 30万元")
        #expect(text != Self.valid)
        let budget = try MonitoringReader.read(text: text, file: "round.yaml").round.budget
        #expect(budget.annual == 120)
        #expect(budget.executed == 30)
        #expect(
            problem(text.replacingOccurrences(of: "30万元", with: "三十万"))
                == "round.yaml:5:39: 错误：budget.executed：「三十万」不是有效的金额（万元，如 30.00、30万元、300,000元）")
    }

    @Test func aZeroBudgetAndNoTargetsRead() throws {
        let text =
            Self.valid.replacingOccurrences(of: "annual: \"120.00\"", with: "annual: 0")
            .components(separatedBy: "targets:")[0] + "targets: []\n"
        let round = try MonitoringReader.read(text: text, file: "round.yaml").round
        let result = round.evaluate()
        #expect(result.budget.light == .red)
        #expect(result.targets.isEmpty)
    }

    @Test func readsTheTargetsOfADeclaration() throws {
        let targets = try DeclarationReader.read(
            text: """
                kind: targets
                scope: project
                unit: 五华县政务服务数据管理局
                fiscalYear: 2025
                project: 政务服务热线运行维护
                targets:
                  - levels: [效益指标, 社会效益指标]
                    name: 热线接通率
                    direction: "≥"
                    target: "95"
                    unit: "%"
                """, file: "targets.yaml"
        ).declaration.targets
        #expect(targets.map(\.name) == ["热线接通率"])
        #expect(targets.first?.targetValue == 95)
    }

    @Test func readsThresholdsAndRefusesBandsOutOfOrder() throws {
        let text = """
            fiscalYear: 2025
            budget: { yellowFrom: 40, greenFrom: 60 }
            target: { yellowFrom: "60", greenFrom: "80", blueFrom: "100" }
            """
        let read = try ThresholdsReader.read(text: text, file: "thresholds.yaml")
        #expect(
            read == [
                MonitoringThresholds(
                    fiscalYear: 2025, budget: LightBands(yellowFrom: 40, greenFrom: 60),
                    target: LightBands(yellowFrom: 60, greenFrom: 80, blueFrom: 100))
            ])
        do {
            _ = try ThresholdsReader.read(
                text: text.replacingOccurrences(of: "yellowFrom: 40", with: "yellowFrom: 70"),
                file: "thresholds.yaml")
            Issue.record("bands out of order were accepted")
        } catch {
            #expect(error.problems.map(\.message) == ["预算执行灯的阈值顺序不对：黄灯下限 70%、绿灯下限 60%，应为 黄灯下限 ≤ 绿灯下限"])
        }
    }

    static let exampleJSON = """
        {
          "asOf" : "2025-07-31",
          "budget" : {
            "light" : "red",
            "rate" : "25.00",
            "ratio" : "42.86"
          },
          "findings" : [

          ],
          "months" : 7,
          "overall" : "red",
          "targets" : [
            {
              "light" : "green",
              "name" : "热线接通率",
              "ratio" : "101.26"
            }
          ]
        }

        """
}
