import Foundation
import JixiaoCore
import JixiaoFiles
import Testing

/// `--severities FILE`: a province's severities of the declaration rules, read with line-precise Chinese errors.
@Suite struct SeverityFileTests {
    @Test func readsRuleIdsToSeveritiesInEnglishOrChinese() throws {
        let severities = try SeverityFileReader.read(
            text: "# 某省\ntargets.duplicate: error\ntarget.direction: 提示\ntargets.funds: \"warning\"\n", file: "p.yaml")
        #expect(severities == ["targets.duplicate": .error, "target.direction": .info, "targets.funds": .warning])
    }

    @Test func jsonIsReadToo() throws {
        let severities = try SeverityFileReader.read(text: "{\"targets.weights\": \"warning\"}", file: "p.json")
        #expect(severities == ["targets.weights": .warning])
    }

    @Test func everyUnknownRuleAndSeverityIsListedWithItsLine() {
        let text = "targets.duplicate: error\ntargets.unknown: error\ntarget.direction: fatal\ntargets.funds: 严重\n"
        #expect(throws: FileError.self) { try SeverityFileReader.read(text: text, file: "p.yaml") }
        do {
            _ = try SeverityFileReader.read(text: text, file: "p.yaml")
        } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.count == 3)
            #expect(lines[0].hasPrefix("p.yaml:2:1: 错误：未知的规则「targets.unknown」，可选：targets.required、"))
            #expect(lines[1] == "p.yaml:3:19: 错误：target.direction：级别「fatal」无效，可选值：error、warning、info（或 错误、警告、提示）")
            #expect(lines[2].hasPrefix("p.yaml:4:16: 错误：targets.funds：级别「严重」无效"))
        }
    }

    @Test func aListOrATooLongFileIsRefused() {
        #expect(throws: FileError.self) { try SeverityFileReader.read(text: "- targets.funds\n", file: "p.yaml") }
        let long = (1...60).map { "rule\($0): error" }.joined(separator: "\n")
        do {
            _ = try SeverityFileReader.read(text: long, file: "p.yaml")
            Issue.record("a file of 60 entries was read")
        } catch {
            #expect(error.problems.map(\.message) == ["级别文件的条目过多（至多 50 条）"])
        }
    }

    @Test func theSeveritiesChangeTheFindingsOfTheChecker() throws {
        // given: a project declaration with one duplicate row (a warning by the catalogue)
        var declaration = try DeclarationReader.read(url: TestPaths.example("targets-project.yaml")).declaration
        declaration.rows.append(declaration.rows[0])
        let severities = try SeverityFileReader.read(text: "targets.duplicate: error\n", file: "p.yaml")
        // when
        let standard = DeclarationChecker().check(declaration).filter { $0.rule == "targets.duplicate" }
        let province = DeclarationChecker(rules: DeclarationRules(severities: severities)).check(declaration)
            .filter { $0.rule == "targets.duplicate" }
        // then
        #expect(standard.map(\.severity) == [.warning])
        #expect(province.map(\.severity) == [.error])
        #expect(province.map(\.message) == standard.map(\.message))
    }
}

/// `jixiao targets --severities FILE` through the built binary.
@Suite(.enabled(if: CLIExitCodeTests.binary != nil, "needs the jixiao binary built by swift build --build-tests"))
struct SeveritiesCLITests {
    let cli = CLIExitCodeTests()

    func write(_ text: String, name: String) throws -> URL {
        let url = try TestPaths.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aRaisedSeverityMakesAWarningAnErrorAndExitOne() throws {
        let example = try String(contentsOf: TestPaths.example("targets-project.yaml"), encoding: .utf8)
        let file = try write(
            example.replacingOccurrences(
                of: "name: 热线运维成本\n    direction: \"≤\"",
                with: "name: 热线运维成本\n    direction: \"≥\""), name: "cost.yaml")
        let province = try write("target.direction: error\n", name: "province.yaml")
        let standard = try #require(try cli.run(["targets", file.path]))
        let raised = try #require(try cli.run(["targets", file.path, "--severities", province.path]))
        #expect(standard.status == 0 && standard.stdout.contains(": warning[target.direction]: "))
        #expect(raised.status == 1 && raised.stdout.contains(":41: error[target.direction]: 「热线运维成本」含「成本」"))
    }

    @Test func aBadSeveritiesFileExitsTwoNamingFileAndLine() throws {
        let province = try write("targets.funds: error\ntargets.nope: warning\n", name: "bad.yaml")
        let result = try #require(try cli.run(["targets", "examples/targets-project.yaml", "--severities", province.path]))
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(province.path):2:1: 错误：未知的规则「targets.nope」"))
    }
}
