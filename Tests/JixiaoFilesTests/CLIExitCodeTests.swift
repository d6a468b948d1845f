import Foundation
import Testing

/// Runs the built `jixiao` binary (built by `swift build --build-tests`) and checks exit codes and streams.
@Suite(
    "CLI exit codes",
    .enabled(if: BuiltJixiao.url != nil || ProcessInfo.processInfo.environment["CI"] == "true", "需要先构建 jixiao（swift build --build-tests）"))
struct CLIExitCodeTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL? { BuiltJixiao.url }

    func run(_ arguments: [String]) throws -> Run? {
        guard let binary = Self.binary else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("the jixiao binary was not built") }
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func scoreSucceedsOnTheWuhuaExample() throws {
        let result = try #require(try run(["score", "examples/wuhua-2023.yaml", "--format", "json"]))
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["total"] as? String == "98")
        #expect(object?["grade"] as? String == "优")
    }

    @Test func scoreReportsTheChecksOfTheEvaluation() throws {
        // given the template draft, whose narrative sections were left unfilled
        let result = try #require(try run(["score", "examples/xinfeng-2021.yaml", "--format", "json"]))
        // then the findings of the evaluation's checks come with those of scoring
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rules = (object?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.contains("section.missing"))
        #expect(rules.contains("meta.missing"))
    }

    @Test func fundPartsThatDoNotAddUpAreAnError() throws {
        // given the hotline example (its 其中 rows add up) with 其他资金 raised by 5 万元
        let example = try String(contentsOf: TestPaths.root.appendingPathComponent("examples/hotline-project-2023.yaml"), encoding: .utf8)
        let broken = example.replacingOccurrences(of: "其他资金全年预算数: 0\n", with: "其他资金全年预算数: 5\n")
        #expect(broken != example)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("funds-\(UUID().uuidString).yaml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // when
        let good = try #require(try run(["score", "examples/hotline-project-2023.yaml"]))
        let bad = try #require(try run(["score", file.path]))
        // then
        #expect(!good.stdout.contains("sum.funds"))
        #expect(bad.status == 1)
        #expect((bad.stdout + bad.stderr).contains("错误[sum.funds] figures.budgetAdjusted"))
        #expect((bad.stdout + bad.stderr).contains("与全年预算数 125.00 万元不符"))
    }

    @Test func unreadableInputExitsTwoWithOneLine() throws {
        let result = try #require(try run(["score", "examples/no-such-file.yaml"]))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "examples/no-such-file.yaml: 错误：无法读取文件：文件不存在\n")
    }

    @Test func invalidFrameworkExitsOne() throws {
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        try "id: bad\nindicators: []\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try #require(try run(["frameworks", "validate", file.path]))
        #expect(result.status == 1)
        #expect(result.stdout.contains("缺少必填项 title（标题）"))
    }

    @Test func listNamesTheBuiltIns() throws {
        let result = try #require(try run(["frameworks", "list"]))
        #expect(result.status == 0)
        for id in BuiltInFrameworkTests.ids { #expect(result.stdout.contains(id)) }
    }

    @Test func benchScoreScoresTheGeneratedEvaluationsAndPrintsRates() throws {
        // when the scoring benchmark runs twice on the same seed, and once on no evaluations
        let first = try #require(try run(["bench", "score", "--count", "400", "--framework", "hunan-department"]))
        let second = try #require(try run(["bench", "score", "--count", "400", "--framework", "hunan-department"]))
        let empty = try #require(try run(["bench", "score", "--count", "0"]))
        // then it reports the count and two positive rates, and the same scores both times
        #expect(first.status == 0)
        #expect(first.stdout.contains("hunan-department：400 份自评"))
        let rates = first.stdout.split(separator: "\n").filter { $0.contains("份/秒") }
            .compactMap { line in line.split(separator: "：").last?.split(separator: " ").first.flatMap { Int($0) } }
        #expect(rates.count == 2 && rates.allSatisfy { $0 > 0 })
        let summary = { (run: Run) in run.stdout.split(separator: "\n").first { $0.hasPrefix("平均总分") } }
        #expect(summary(first) != nil)
        #expect(summary(first) == summary(second))
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--count 必须大于 0"))
    }
}

/// The `jixiao` executable built beside the tests (outside the suite, which its trait reads).
enum BuiltJixiao {
    static let url: URL? = [
        ".build/debug/jixiao", ".build/x86_64-unknown-linux-gnu/debug/jixiao",
        ".build/aarch64-unknown-linux-gnu/debug/jixiao",
    ]
    .map { TestPaths.root.appendingPathComponent($0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
