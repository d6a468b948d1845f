import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

/// Reading declaration files: the examples, lines of findings, and bad input as Chinese messages.
@Suite struct DeclarationFileTests {
    static let header = """
        kind: targets
        scope: project
        unit: 五华县政务服务数据管理局
        fiscalYear: 2025
        project: 政务服务热线运行维护
        period: { start: 2025-01-01, end: 2025-12-31 }
        funds: { total: "120.00", fiscal: "100.00", other: "20.00" }

        """

    static let rows = """
        targets:
          - levels: [产出指标, 数量指标]
            name: 热线受理量
            direction: "≥"
            target: "60000"
            unit: 件
          - levels: [效益指标, 社会效益指标]
            name: 工单平均办理时长
            direction: "≤"
            target: 5个工作日
          - levels: [满意度指标, 服务对象满意度指标]
            name: 服务对象满意度
            direction: ">="
            target: "90%"

        """

    func check(_ text: String) throws -> [Finding] {
        let loaded = try DeclarationReader.read(text: text, file: "t.yaml")
        return loaded.located(DeclarationChecker(library: try LibraryReader.builtIn()).check(loaded.declaration))
    }

    @Test func theExamplesPass() throws {
        let library = try LibraryReader.builtIn()
        for name in ["targets-project.yaml", "targets-department.yaml"] {
            let loaded = try DeclarationReader.read(url: TestPaths.example(name), file: name)
            #expect(loaded.warnings.isEmpty)
            #expect(loaded.declaration.sector == "政务服务")
            #expect(DeclarationChecker(library: library).check(loaded.declaration) == [], "\(name)")
        }
    }

    @Test func valuesAreReadAsWritten() throws {
        let declaration = try DeclarationReader.read(text: Self.header + Self.rows, file: "t.yaml").declaration
        #expect(declaration.scope == .project)
        #expect(declaration.funds?.total == DeclaredAmount(value: ExactDecimal("120.00")!, places: 2))
        #expect(declaration.rows[1].target.targetValue == 5 && declaration.rows[1].target.unit == "个工作日")
        #expect(declaration.rows[2].target.direction == .atLeast)
        #expect(declaration.rows[2].target.targetValue == 90 && declaration.rows[2].target.unit == "%")
        #expect(try check(Self.header + Self.rows) == [])
    }

    @Test func aBoundWrittenIntoTheValueGivesTheDirection() throws {
        let text = (Self.header + Self.rows).replacingOccurrences(of: "direction: \">=\"\n    target: \"90%\"", with: "target: ≥90%")
        #expect(text != Self.header + Self.rows)
        let row = try DeclarationReader.read(text: text, file: "t.yaml").declaration.rows[2]
        #expect(row.directionStated && row.target.direction == .atLeast)
        #expect(row.target.targetValue == 90 && row.target.unit == "%")
        #expect(try check(text) == [])
        // without the bound the direction is missing
        let bare = text.replacingOccurrences(of: "target: ≥90%", with: "target: 90%")
        #expect(try check(bare).map(\.rule) == ["targets.required"])
    }

    @Test func findingsCarryTheLineOfTheirField() throws {
        let text = (Self.header + Self.rows).replacingOccurrences(of: "other: \"20.00\"", with: "other: \"25.00\"")
            .replacingOccurrences(of: "target: 5个工作日", with: "target: 待定")
        let findings = try check(text)
        #expect(findings.map(\.rule) == ["targets.funds", "targets.placeholder"])
        #expect(findings[0].location.line == 7)
        #expect(findings[1].location.line == 17 && findings[1].location.field == "targets.2.target")
    }

    @Test func jsonReadsLikeYAML() throws {
        let json = """
            {"kind": "targets", "scope": "department", "unit": "某局", "fiscalYear": 2025,
             "funds": {"total": 120.00, "fiscal": 100.00, "other": 25.00},
             "targets": [{"levels": ["产出指标", "数量指标"], "name": "办件量", "direction": "≥", "target": "100", "unit": "件"}]}
            """
        let findings = try check(json)
        #expect(findings.map(\.rule) == ["targets.funds", "targets.dimensions"])
        #expect(findings[0].message.contains("其他资金 25.00 万元"))
        #expect(findings[0].location.line == 2)
    }

    @Test func badValuesAreChineseMessagesAtTheirLine() {
        let cases: [(String, String, Int, String)] = [
            (
                "period: { start: 2025-01-01, end: 2025-12-31 }", "period: { start: 2025-02-30, end: 2025-12-31 }", 6,
                "period.start：「2025-02-30」不是有效的日期（应如 2025-01-01）"
            ),
            ("other: \"20.00\"", "other: \"二十万\"", 7, "funds.other：「二十万」不是有效的金额（万元，如 120.00）"),
            ("direction: \"≤\"", "direction: 越小越好", 16, "direction：「越小越好」无效，可选值：≥、＞、＝、＜、≤、定性"),
            ("scope: project", "scope: 项目", 2, "scope：「项目」无效，可选值：department、project"),
            ("fiscalYear: 2025", "fiscalYear: 二〇二五", 4, "fiscalYear：类型不对，应为整数"),
            ("name: 热线受理量", "name: [热线受理量]", 10, "name：类型不对，应为文本或数值"),
            ("levels: [满意度指标, 服务对象满意度指标]", "levels: 满意度指标", 18, "levels：类型不对，应为列表"),
        ]
        for (from, to, line, message) in cases {
            let text = (Self.header + Self.rows).replacingOccurrences(of: from, with: to)
            #expect(text != Self.header + Self.rows)
            do {
                _ = try DeclarationReader.read(text: text, file: "t.yaml")
                Issue.record("\(to) was accepted")
            } catch {
                #expect(error.kind == .invalid)
                #expect(error.problems.first?.line == line, "\(to)")
                #expect(error.problems.first?.description.contains(message) == true, "\(error.description)")
            }
        }
    }

    @Test func unknownKeysAreWarnedAndAMonitoringFileIsRefused() throws {
        let typo = (Self.header + Self.rows).replacingOccurrences(of: "unit: 件", with: "unti: 件")
        let loaded = try DeclarationReader.read(text: typo, file: "t.yaml")
        #expect(loaded.warnings.map(\.line) == [13])
        #expect(loaded.warnings.first?.message == "未知的键「unti」，已忽略（是否拼写有误？）")
        let monitoring = (Self.header + Self.rows).replacingOccurrences(of: "kind: targets", with: "kind: monitoring")
        #expect(throws: FileError.self) { try DeclarationReader.read(text: monitoring, file: "t.yaml") }
    }
}
