import Foundation
import JixiaoCore
import JixiaoFiles
import Testing

/// Each rule of cycle.md §1 as a declaration file: examples/targets-project.yaml with one edit that
/// triggers the rule (and only it), and a near-identical edit of the same line that does not.
@Suite struct DeclarationRuleFixtureTests {
    /// One fixture: the rule, the text replaced in the example, the triggering and the passing replacement.
    struct Fixture: Sendable, CustomTestStringConvertible {
        var rule: String
        var old: String
        var trigger: String
        var pass: String
        var testDescription: String { rule }
    }

    static let fixtures: [Fixture] = [
        .init(
            rule: "targets.required", old: "target: \"60000\"\n    unit: 件", trigger: "target: \"60000\"",
            pass: "target: \"60000\"\n    unit: 次"),
        .init(rule: "targets.placeholder", old: "target: \"95\"", trigger: "target: \"待定\"", pass: "target: \"96\""),
        .init(rule: "targets.duplicate", old: "name: 工单平均办理时长", trigger: "name: 热线受理量", pass: "name: 热线受理量（网络）"),
        .init(
            rule: "targets.weights", old: "maxScore: \"20\"\n    explanation", trigger: "maxScore: \"25\"\n    explanation",
            pass: "maxScore: \"30\"\n    explanation"),
        .init(
            rule: "targets.dimensions", old: "levels: [满意度指标, 服务对象满意度指标]", trigger: "levels: [效益指标, 社会效益指标]",
            pass: "levels: [效益指标, 服务对象满意度指标]"),
        .init(rule: "targets.funds", old: "fiscal: \"100.00\"", trigger: "fiscal: \"1,000,100元\"", pass: "fiscal: \"1,000,000元\""),
        .init(
            rule: "targets.period", old: "target: 2025年10月31日前", trigger: "target: 2026年1月31日前",
            pass: "target: 2025年12月31日前"),
        .init(
            rule: "target.direction", old: "name: 热线运维成本\n    direction: \"≤\"", trigger: "name: 热线运维成本\n    direction: \"≥\"",
            pass: "name: 热线运维成本\n    direction: \"＜\""),
        .init(rule: "targets.percent-range", old: "target: \"100\"", trigger: "target: \"120\"", pass: "target: \"99.5\""),
        .init(rule: "target.unquantified", old: "target: \"60000\"", trigger: "target: 明显增加", pass: "target: \"60,000\""),
        .init(rule: "targets.regression", old: "热线接通率: \"93.5\"", trigger: "热线接通率: \"96\"", pass: "热线接通率: \"95\""),
        .init(rule: "targets.core-missing", old: "name: 办件按时办结率", trigger: "name: 工单办结率", pass: "name: 按时办结率"),
    ]

    static let checker: DeclarationChecker = {
        DeclarationChecker(library: (try? LibraryReader.standard(extraFiles: [])) ?? IndicatorLibrary())
    }()

    /// The rules found in the example with `old` replaced by `new` (exactly once).
    static func rules(replacing old: String, with new: String) throws -> [String] {
        let example = try String(contentsOf: TestPaths.example("targets-project.yaml"), encoding: .utf8)
        #expect(example.components(separatedBy: old).count == 2, "「\(old)」 should occur once")
        let text = example.replacingOccurrences(of: old, with: new)
        let loaded = try DeclarationReader.read(text: text, file: "fixture.yaml")
        return checker.check(loaded.declaration).map(\.rule)
    }

    @Test func theExampleIsClean() throws {
        #expect(try Self.rules(replacing: "kind: targets", with: "kind: targets") == [])
    }

    @Test func everyRuleOfTheSpecHasAFixture() {
        #expect(Set(Self.fixtures.map(\.rule)) == Set(DeclarationRules.ruleIDs))
    }

    @Test func anAmountInYuanIsComparedExactly() throws {
        // 1,000,000元 is 100 万元; a total of 120.01 is off by 100 元, and targets.funds compares exactly
        let yuan = "total: \"120.00\", fiscal: \"1,000,000元\""
        #expect(try Self.rules(replacing: "total: \"120.00\", fiscal: \"100.00\"", with: yuan) == [])
        #expect(
            try Self.rules(
                replacing: "total: \"120.00\", fiscal: \"100.00\"",
                with: "total: \"120.01\", fiscal: \"1,000,000元\"") == ["targets.funds"])
    }

    @Test(arguments: fixtures)
    func theTriggerFindsTheRuleAndTheNearlyIdenticalFileDoesNot(fixture: Fixture) throws {
        #expect(try Self.rules(replacing: fixture.old, with: fixture.trigger) == [fixture.rule])
        #expect(try Self.rules(replacing: fixture.old, with: fixture.pass) == [])
    }
}
