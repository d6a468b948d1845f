import Foundation
import Testing

/// `jixiao targets --render` and `jixiao check` on the document it writes, through the built binary.
@Suite(
    .enabled(if: BuiltJixiao.url != nil || ProcessInfo.processInfo.environment["CI"] == "true", "需要先构建 jixiao（swift build --build-tests）"))
struct DeclarationCommandTests {
    let cli = RenderCommandTests()

    /// The project example with 其他资金 raised by 5 万元 (an error) and a cost row as a lower bound (a warning).
    func broken(in folder: URL) throws -> URL {
        let example = try String(contentsOf: packageRoot.appendingPathComponent("examples/targets-project.yaml"), encoding: .utf8)
        let text = example.replacingOccurrences(of: "other: \"20.00\"", with: "other: \"25.00\"")
            .replacingOccurrences(of: "name: 热线运维成本\n    direction: \"≤\"", with: "name: 热线运维成本\n    direction: \"≥\"")
        let url = folder.appendingPathComponent("broken.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// `file:line: severity[rule]: message` → `severity[rule]: message`, the part the file and the document share.
    func withoutPlace(_ output: String) -> [String] {
        output.split(separator: "\n").map { line in
            let parts = line.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? String(parts[1]) : String(line)
        }
    }

    @Test func renderThenCheckGivesTheFindingsOfTheFile() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try broken(in: folder)
        let docx = folder.appendingPathComponent("申报表.docx")
        // when
        let targets = try #require(try cli.jixiao(["targets", file.path]))
        let render = try #require(try cli.jixiao(["targets", file.path, "--render", "docx", "-o", docx.path]))
        let check = try #require(try cli.jixiao(["check", docx.path]))
        let xlsx = try #require(
            try cli.jixiao(["targets", file.path, "--render", "xlsx", "-o", folder.appendingPathComponent("t.xlsx").path]))
        // then
        #expect(targets.status == 1)
        #expect(render.status == 0 && render.stdout.isEmpty)
        #expect(render.stderr.contains("error[targets.funds]") && render.stderr.hasSuffix("已生成 \(docx.path)\n"))
        #expect(check.status == 1)
        #expect(withoutPlace(check.stdout) == withoutPlace(targets.stdout))
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("\(docx.path):") })
        #expect(xlsx.status == 0 && FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.xlsx").path))
    }

    @Test func renderTakesOneFileAndReportsAnUnreadableOne() throws {
        let two = try #require(
            try cli.jixiao([
                "targets", "examples/targets-project.yaml", "examples/targets-department.yaml",
                "--render", "docx", "-o", "/tmp/never.docx",
            ]))
        let missing = try #require(try cli.jixiao(["targets", "examples/no-such.yaml", "--render", "docx", "-o", "/tmp/never.docx"]))
        #expect(two.status == 2 && two.stderr == "--render 一次只能生成一个申报表：请只给一个文件\n")
        #expect(missing.status == 2 && missing.stderr.contains("examples/no-such.yaml: 错误：无法读取文件"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.docx"))
    }
}
