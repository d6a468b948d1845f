import Foundation
import Testing

/// `jixiao targets` and `jixiao library` through the built binary: exit codes, streams and the JSON shape.
@Suite(.enabled(if: CLIExitCodeTests.binary != nil, "needs the jixiao binary built by swift build --build-tests"))
struct TargetsCLITests {
    let cli = CLIExitCodeTests()

    func write(_ text: String, name: String) throws -> URL {
        let url = try TestPaths.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The project example with 其他资金 raised by 5 万元 (an error) and a cost row as a lower bound (a warning).
    func brokenExample() throws -> URL {
        let example = try String(contentsOf: TestPaths.example("targets-project.yaml"), encoding: .utf8)
        let broken = example.replacingOccurrences(of: "other: \"20.00\"", with: "other: \"25.00\"")
            .replacingOccurrences(of: "name: 热线运维成本\n    direction: \"≤\"", with: "name: 热线运维成本\n    direction: \"≥\"")
        #expect(broken.components(separatedBy: "\n").count == example.components(separatedBy: "\n").count)
        return try write(broken, name: "broken.yaml")
    }

    @Test func theExamplesPassWithExitZero() throws {
        let result = try #require(try cli.run(["targets", "examples/targets-project.yaml", "examples/targets-department.yaml"]))
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func findingsAreCompilerStyleAndAnErrorExitsOne() throws {
        let file = try brokenExample()
        let result = try #require(try cli.run(["targets", file.path]))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "\(file.path):10: error[targets.funds]: 财政资金 100.00 万元 + 其他资金 25.00 万元 = 125.00 万元，与资金总额 120.00 万元不符（相差 5.00 万元）",
                "\(file.path):41: warning[target.direction]: 「热线运维成本」含「成本」，应越低越好，却设为下限（≥）；应使用 ≤ 或 ＜",
            ])
    }

    @Test func jsonHasTheReportsAndSummaryShape() throws {
        let file = try brokenExample()
        let result = try #require(try cli.run(["targets", file.path, "examples/targets-department.yaml", "--format", "json"]))
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reports = try #require(object["reports"] as? [[String: Any]])
        #expect(reports.map { $0["file"] as? String } == [file.path, "examples/targets-department.yaml"])
        #expect(reports.map { $0["kind"] as? String } == ["project", "department"])
        let findings = try #require(reports[0]["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(Set(findings[0].keys) == ["rule", "severity", "message", "line", "field"])
        #expect(findings[0]["rule"] as? String == "targets.funds" && findings[0]["severity"] as? String == "error")
        #expect(findings[0]["line"] as? Int == 10 && findings[0]["field"] as? String == "funds.total")
        #expect(findings[1]["field"] as? String == "targets.5.direction")
        #expect(reports[0]["summary"] as? [String: Int] == ["errors": 1, "warnings": 1, "infos": 0])
        #expect(object["summary"] as? [String: Int] == ["files": 2, "errors": 1, "warnings": 1, "infos": 0])
    }

    @Test func warningsAloneExitZero() throws {
        let example = try String(contentsOf: TestPaths.example("targets-project.yaml"), encoding: .utf8)
        let file = try write(example.replacingOccurrences(of: "热线接通率: \"93.5\"", with: "热线接通率: \"96\""), name: "w.yaml")
        let result = try #require(try cli.run(["targets", file.path]))
        #expect(result.status == 0)
        #expect(result.stdout.contains(":25: warning[targets.regression]: 第 2 行指标「热线接通率」越高越好"))
    }

    @Test func unreadableInputExitsTwoWithOneChineseLine() throws {
        let bad = try write(
            "kind: targets\nscope: project\nunit: 某局\nfiscalYear: 2025\nproject: p\nfunds: {total: 一百}\n",
            name: "bad.yaml")
        let missing = try #require(try cli.run(["targets", "examples/no-such-targets.yaml"]))
        let invalid = try #require(try cli.run(["targets", bad.path, "examples/targets-project.yaml"]))
        #expect(missing.status == 2 && missing.stdout.isEmpty)
        #expect(missing.stderr == "examples/no-such-targets.yaml: 错误：无法读取文件：文件不存在\n")
        #expect(invalid.status == 2)
        #expect(invalid.stderr == "\(bad.path):6:16: 错误：funds.total：「一百」不是有效的金额（万元，如 120.00）\n")
    }

    @Test func libraryListSearchAndValidate() throws {
        let csv = try write(
            "一级指标,二级指标,三级指标,指标性质,行业,必选\n产出指标,数量指标,义诊场次,≥,卫生健康,是\n产出指标,数量指标,,≥,卫生健康,也许\n",
            name: "health.csv")
        let list = try #require(try cli.run(["library", "list", "--sector", "政务服务"]))
        let search = try #require(try cli.run(["library", "search", "满意度", "--library", csv.path]))
        let none = try #require(try cli.run(["library", "search", "无此指标"]))
        let validate = try #require(try cli.run(["library", "validate", csv.path]))
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("政务服务\t") })
        #expect(list.stdout.contains("政务服务\t产出指标 › 时效指标 › 办件按时办结率\t≥ 100%\t必选"))
        #expect(search.status == 2)
        #expect(search.stderr.contains("health.csv:3: 错误：缺少三级指标名称（name）"))
        #expect(none.status == 1)
        #expect(validate.status == 1)
        #expect(validate.stdout.split(separator: "\n").count == 2)
    }

    @Test func aSectorLibraryFileMakesItsIndicatorsRequired() throws {
        let library = try write(
            "sector: 政务服务\nindicators:\n  - {levels: [产出指标, 数量指标], name: 热线回访率, required: true}\n",
            name: "extra.yaml")
        let result = try #require(try cli.run(["targets", "examples/targets-project.yaml", "--library", library.path]))
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning[targets.core-missing]: 指标库中行业「政务服务」的必选指标「热线回访率」"))
    }
}
