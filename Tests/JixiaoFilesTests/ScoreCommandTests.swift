import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Scoring evaluation files")
struct ScoreCommandTests {
    func scoreWuhua() throws -> ScoredEvaluation {
        try EvaluationScoring.score(
            url: TestPaths.example("wuhua-2023.yaml"), file: "examples/wuhua-2023.yaml",
            library: FrameworkLibrary.builtIn())
    }

    @Test func wuhuaScoresNinetyEightAndExcellent() throws {
        // when
        let scored = try scoreWuhua()
        // then
        #expect(scored.result.total == 98)
        #expect(scored.result.grade == .excellent)
        #expect(scored.result.nodes.map(\.score) == [28, 42, 28])
        #expect(!scored.analysis.findings.contains { $0.severity == .error })
        let leaves = scored.result.nodes.flatMap(\.leaves)
        let staff = try #require(leaves.first { $0.name == "财政供养人员控制率" })
        #expect(staff.value?.value?.rounded(places: 4) == ExactDecimal("0.9286"))
        #expect(staff.explanation.contains("92.86%"))
    }

    @Test func jsonOutputHasTheDocumentedShape() throws {
        // given
        let json = try scoreWuhua().report.json()
        // when
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // then
        #expect(object["total"] as? String == "98")
        #expect(object["grade"] as? String == "优")
        #expect(object["file"] as? String == "examples/wuhua-2023.yaml")
        let headings = try #require(object["headings"] as? [[String: Any]])
        #expect(headings.filter { $0["level"] as? Int == 1 }.compactMap { $0["score"] as? String } == ["28", "42", "28"])
        let leaves = try #require(object["indicators"] as? [[String: Any]])
        #expect(leaves.count == 25)
        for leaf in leaves {
            #expect(leaf["score"] is String && leaf["max"] is String && leaf["explanation"] is String)
        }
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(finding["rule"] is String && finding["message"] is String)
            #expect(["error", "warning", "info"].contains(finding["severity"] as? String ?? ""))
            // Findings on an evaluation file name the field (the YAML reader keeps no lines).
            #expect(finding["field"] is String && finding["line"] == nil)
        }
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["errors"] == 0)
        #expect(summary["warnings"] == findings.filter { $0["severity"] as? String == "warning" }.count)
    }

    @Test func textOutputShowsTotalsAndExplanations() throws {
        let text = try scoreWuhua().text
        #expect(text.contains("总分 98 / 100  等级 优"))
        #expect(text.contains("  预算执行  42 / 42"))
        #expect(text.contains("结转结余率 = 年末结转结余 ÷ 全年预算数 = 0.00 ÷ 563.02 = 0.00%"))
    }

    @Test func frameworkOptionOverridesAndUnknownIDFails() throws {
        let library = try FrameworkLibrary.builtIn()
        let url = TestPaths.example("wuhua-2023.yaml")
        let hunan = try EvaluationScoring.score(url: url, frameworkID: "hunan-department", library: library)
        #expect(hunan.framework.id == "hunan-department")
        #expect(!hunan.warnings.isEmpty)
        #expect(throws: FileError.self) {
            try EvaluationScoring.score(url: url, frameworkID: "no-such-framework", library: library)
        }
    }

    @Test func aTemplateDraftScoresLowWithWarnings() throws {
        let scored = try EvaluationScoring.score(url: TestPaths.example("xinfeng-2021.yaml"), library: FrameworkLibrary.builtIn())
        #expect(scored.analysis.findings.contains { $0.rule == "figure.missing" })
        #expect(scored.result.total < 60)
    }

    @Test func projectDemoScoresItsTargets() throws {
        let scored = try EvaluationScoring.score(url: TestPaths.example("project-demo.yaml"), library: FrameworkLibrary.builtIn())
        #expect(scored.result.total == ExactDecimal("95.5"))
        #expect(scored.result.grade == .excellent)
        #expect(scored.result.nodes.map(\.score) == [ExactDecimal("9.5"), 47, 29, 10])
        // The example leaves the filer and two closing sections open; scoring itself finds nothing.
        #expect(scored.analysis.findings.map(\.rule) == ["meta.missing", "section.missing", "section.missing"])
        #expect(scored.analysis.findings.map(\.location.field) == ["filing.filedBy", "narrative.problems", "narrative.improvements"])
        #expect(scored.warnings.isEmpty)
    }
}
