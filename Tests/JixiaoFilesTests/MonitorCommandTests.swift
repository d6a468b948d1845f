import Foundation
import Testing

/// `jixiao monitor` through the built binary (as `CLIExitCodeTests` runs it).
@Suite(
    "jixiao monitor",
    .enabled(
        if: CLIExitCodeTests.binary != nil || ProcessInfo.processInfo.environment["CI"] == "true",
        "需要先构建 jixiao（swift build --build-tests）"))
struct MonitorCommandTests {
    private func run(_ arguments: [String]) throws -> CLIExitCodeTests.Run {
        try #require(try CLIExitCodeTests().run(["monitor"] + arguments))
    }

    private func temporary(_ text: String) throws -> URL {
        let file = try TestPaths.temporaryFolder().appendingPathComponent("round.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theExampleGivesTheJSONOfCycleMd() throws {
        let result = try run(["examples/monitoring-2025-07.yaml", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == MonitoringFileTests.exampleJSON)
    }

    @Test func theTextShowsEveryLightWithItsArithmetic() throws {
        let result = try run(["examples/monitoring-2025-07.yaml"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                "预算执行：红灯  执行率 = 已执行 30.00 万元 ÷ 年度预算 120.00 万元 = 25.00%；时间进度 = 7 ÷ 12 = 58.33%；执行率 25.00% ÷ 时间进度 58.33% = 42.86%，低于 60%，红灯"))
        #expect(result.stdout.contains("  热线接通率：绿灯  完成值 96.2% ÷ 目标值 95% = 101.26%，不低于 80% 且低于 120%，绿灯"))
        #expect(result.stdout.contains("总体：红灯"))
    }

    @Test func anErrorFindingExitsOne() throws {
        let result = try run(["examples/monitoring-2025-07-issues.yaml", "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rules = (object?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["monitor.reason-missing", "monitor.likelihood-missing", "monitor.forecast-over-budget"])
        #expect(object?["overall"] as? String == "yellow")
    }

    @Test func anUnreadableFileExitsTwoWithOneLine() throws {
        let missing = try run(["examples/no-such-round.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "examples/no-such-round.yaml: 错误：无法读取文件：文件不存在\n")
        let example = try String(contentsOf: TestPaths.example("monitoring-2025-07.yaml"), encoding: .utf8)
        let file = try temporary(example.replacingOccurrences(of: "actual: \"96.2\"", with: "actual: 九成"))
        let bad = try run([file.path])
        #expect(bad.status == 2)
        #expect(bad.stderr == "\(file.path):15:13: 错误：热线接通率 › actual：完成值「九成」不是有效的数值\n")
    }

    @Test func severalFilesGiveRoundsAndASummary() throws {
        let result = try run(["examples/monitoring-2025-07.yaml", "examples/monitoring-2025-07-issues.yaml", "--format", "json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rounds = object?["rounds"] as? [[String: Any]] ?? []
        #expect(
            rounds.compactMap { $0["file"] as? String }
                == ["examples/monitoring-2025-07.yaml", "examples/monitoring-2025-07-issues.yaml"])
        #expect(rounds.compactMap { $0["overall"] as? String } == ["red", "yellow"])
        let summary = object?["summary"] as? [String: Int]
        #expect(summary == ["files": 2, "errors": 3, "warnings": 0])
    }

    @Test func anEarlierRoundOfTheSameProjectIsCompared() throws {
        // given a June round of the issues example whose cumulative count was higher than July's
        let july = try String(contentsOf: TestPaths.example("monitoring-2025-07-issues.yaml"), encoding: .utf8)
        let june = july.replacingOccurrences(of: "asOf: 2025-07-31", with: "asOf: 2025-06-30")
            .replacingOccurrences(of: "actual: \"4900\"", with: "actual: \"5000\"")
        let same = july.replacingOccurrences(of: "asOf: 2025-07-31", with: "asOf: 2025-06-30")
        // when each is given with the July round
        let lower = try run([try temporary(june).path, "examples/monitoring-2025-07-issues.yaml", "--format", "json"])
        let equal = try run([try temporary(same).path, "examples/monitoring-2025-07-issues.yaml", "--format", "json"])
        // then only the decrease is reported, on the July round
        #expect(lower.stdout.contains("「工单办结量」为累计值，本次完成值 4900 件低于上一轮（截至 2025-06-30）的 5000 件（减少 100 件）"))
        #expect(!equal.stdout.contains("monitor.cumulative-decrease"))
    }

    @Test func aDeclarationIsCompared() throws {
        let declaration = try temporary(
            """
            kind: targets
            scope: project
            unit: 五华县政务服务数据管理局
            fiscalYear: 2025
            project: 政务服务热线运行维护
            targets:
              - levels: [效益指标, 社会效益指标]
                name: 热线接通率
                direction: "≥"
                target: "98"
                unit: "%"
            """)
        let result = try run(["examples/monitoring-2025-07.yaml", "--declaration", declaration.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("错误[monitor.target-changed] targets.0：目标「热线接通率」与申报表不一致：指标值申报为「98」，监控表为「95」"))
    }

    @Test func aThresholdsFileChangesTheLights() throws {
        let thresholds = try TestPaths.temporaryFolder().appendingPathComponent("thresholds.yaml")
        try "fiscalYear: 2025\nbudget: { yellowFrom: 40, greenFrom: 60 }\ntarget: { yellowFrom: 60, greenFrom: 80, blueFrom: 100 }\n"
            .write(to: thresholds, atomically: true, encoding: .utf8)
        let result = try run(["examples/monitoring-2025-07.yaml", "--format", "json", "--thresholds", thresholds.path])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["budget"] as? [String: String])?["light"] == "yellow")
        #expect((object?["targets"] as? [[String: String]])?.first?["light"] == "blue")
        // a round of another year keeps the default table
        let other = try temporary(
            String(contentsOf: TestPaths.example("monitoring-2025-07.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "2025", with: "2026"))
        let defaults = try run([other.path, "--format", "json", "--thresholds", thresholds.path])
        #expect(defaults.stdout.contains("\"light\" : \"red\""))
    }

    @Test func theProjectRoundMatchesItsDeclaration() throws {
        // given the round of every target that examples/targets-project.yaml declares
        let result = try run([
            "examples/monitoring-project-2025-07.yaml", "--declaration", "examples/targets-project.yaml",
            "--format", "json",
        ])
        // then nothing differs, and the lights are those the example's comment works out
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["findings"] as? [Any])?.isEmpty == true)
        let targets = object?["targets"] as? [[String: String]] ?? []
        #expect(targets.map { $0["light"] ?? "-" } == ["green", "green", "green", "green", "green", "red", "green"])
        #expect(targets.map { $0["ratio"] ?? "-" } == ["94.29", "101.26", "98.50", "-", "-", "-", "102.67"])
        #expect((object?["budget"] as? [String: String]) == ["rate": "52.08", "ratio": "89.29", "light": "green"])
        #expect(object?["overall"] as? String == "red")
    }
}
