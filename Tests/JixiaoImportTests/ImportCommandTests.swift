import Foundation
import Testing

/// `jixiao import`: the web upload's import path on the command line.
@Suite(.enabled(if: BuiltJixiao.url != nil || Support.isCI, "需要先构建 jixiao（swift build --build-tests）"))
struct ImportCommandTests {
    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    /// The score JSON of an evaluation file without its `file` key.
    func scored(_ path: String) throws -> NSDictionary? {
        guard let run = try CLITests.run(["score", path, "--format", "json"]) else { return nil }
        let json = try JSONSerialization.jsonObject(with: Data(run.out.utf8))
        let first = (json as? [Any])?.first ?? json
        let dictionary = try #require((first as? [String: Any]).map(NSMutableDictionary.init(dictionary:)))
        dictionary.removeObject(forKey: "file")
        return dictionary
    }

    @Test("the wuhua example rendered as Word and imported scores exactly as the example: same figures, item scores, total and findings")
    func renderedDocxScoresTheSame() throws {
        // given
        let example = Self.root.appendingPathComponent("examples/wuhua-2023.yaml").path
        let folder = try CLITests.temp("keep", Data())
        let docx = folder + ".docx", imported = folder + ".yaml"
        let render = try #require(try CLITests.run(["render", example, "--format", "docx", "-o", docx]))
        // when
        let run = try #require(
            try CLITests.run([
                "import", docx, "--framework", "guangdong-county-department", "--year", "2025",
                "-o", imported,
            ]))
        // then
        #expect(render.status == 0)
        #expect(run.status == 0)
        #expect(run.err.contains("报告所写年度为 2023 年，与所选的 2025 年不同"))
        let text = try String(contentsOfFile: imported, encoding: .utf8)
        #expect(text.contains("unit: 五华县政务服务数据管理局\n"))
        #expect(text.contains("fiscalYear: 2023"))
        #expect(text.contains("负责全县政务服务、政务信息化和政务数据管理，下设五个内设机构和两个事业单位。"))
        let original = try #require(try scored(example)), again = try #require(try scored(imported))
        #expect(original == again)
    }

    @Test("the hotline project example rendered as Word and imported: its project header, targets and total come back")
    func projectRoundTrip() throws {
        // given
        let example = Self.root.appendingPathComponent("examples/hotline-project-2023.yaml").path
        let folder = try CLITests.temp("keep", Data())
        let docx = folder + ".docx", imported = folder + ".yaml"
        _ = try CLITests.run(["render", example, "--format", "docx", "-o", docx])
        // when
        let run = try #require(try CLITests.run(["import", docx, "--framework", "mof-2020-project", "-o", imported]))
        // then: the same score; the imported also states the total and the funds row's score the
        // Word file printed (the example leaves both to be computed)
        #expect(run.status == 0)
        #expect(!run.err.contains("找不到对应的指标"))
        let text = try String(contentsOfFile: imported, encoding: .utf8)
        for part in [
            "name: 便民热线运行项目", "department: 示例县数据服务管理局", "implementer: 示例县政务服务中心",
            "overallGoal: 保障热线全年稳定运行，工单按时办结。", "name: 服务对象满意度", "需求增长，下一年度调高目标",
        ] {
            #expect(text.contains(part), "\(part)")
        }
        let original = try #require(try scored(example)), again = try #require(try scored(imported))
        #expect(original["total"] as? String == "99.25")
        #expect(again["total"] as? String == original["total"] as? String)
        #expect(again["grade"] as? String == original["grade"] as? String)
        #expect(again["statedTotal"] as? String == "99.25")
        #expect((again["findings"] as? [Any])?.count == (original["findings"] as? [Any])?.count)
    }

    @Test("a report that cannot be read or a framework that does not exist exits 2 with a reason")
    func refusals() throws {
        let path = try CLITests.temp("report.pdfx", Data("x".utf8))
        let unsupported = try #require(try CLITests.run(["import", path, "--framework", "guangdong-county-department"]))
        let unknown = try #require(try CLITests.run(["import", path, "--framework", "no-such-framework"]))
        #expect(unsupported.status == 2 && unsupported.err.contains("只支持 .txt、.md、.docx"))
        #expect(unknown.status == 2)
    }
}
