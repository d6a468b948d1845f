import Foundation
import Testing

@testable import JixiaoImport

/// `jixiao check` writes each file's result as it completes, in input order, as one
/// valid document (issue 18).
struct StreamingTests {
    @Test func streamWrittenPieceByPieceIsOneJSONDocumentInInputOrder() throws {
        let good = try Support.fixture("department-good.txt")
        let bad = good.replacing(once: "项目支出 180.00", with: "项目支出 190.00")
        let entries = [
            CheckOutput.Entry(file: "a.txt", result: .success(ReportAnalysis(text: good))),
            CheckOutput.Entry(file: "b.txt", result: .failure(.unreadable(path: "b.txt", reason: "文件不存在"))),
            CheckOutput.Entry(file: "c.txt", result: .success(ReportAnalysis(text: bad))),
        ]
        var stream = CheckOutput.Stream(format: .json)
        var pieces = [stream.begin()]
        for entry in entries { pieces.append(stream.add(entry)) }
        pieces.append(stream.end())
        #expect(pieces[2].isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(pieces.joined().utf8)) as? [String: Any]
        #expect((json?["reports"] as? [[String: Any]])?.map { $0["file"] as? String } == ["a.txt", "c.txt"])
        #expect(json?["summary"] as? [String: Int] == ["files": 3, "errors": 1, "warnings": 0, "infos": 0])
        #expect(stream.errors == 1)

        var text = CheckOutput.Stream(format: .text)
        let lines = entries.map { text.add($0) }.joined()
        #expect(lines.hasPrefix("c.txt:22: error[sum.expenditure]:"))
        #expect(text.begin().isEmpty && text.end().isEmpty)
    }

    @Test(.enabled(if: BuiltJixiao.url != nil || Support.isCI, "需要先构建 jixiao（swift build --build-tests）"))
    func manyFilesComeOutInInputOrder() throws {
        let good = try Support.fixture("department-good.txt")
        let bad = good.replacing(once: "项目支出 180.00", with: "项目支出 190.00")
        let first = try CLITests.temp("000.txt", Data(good.utf8))
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        // More files than the window of results in flight, every third one with an error.
        for k in 1..<300 {
            try Data((k % 3 == 0 ? bad : good).utf8).write(to: folder.appendingPathComponent(String(format: "%03d.txt", k)))
        }
        let result = try #require(try CLITests.run(["check", "--format", "json", folder.path]))
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let files = (json?["reports"] as? [[String: Any]])?.compactMap {
            ($0["file"] as? String).map { ($0 as NSString).lastPathComponent }
        }
        #expect(files == (0..<300).map { String(format: "%03d.txt", $0) })
        #expect(json?["summary"] as? [String: Int] == ["files": 300, "errors": 99, "warnings": 0, "infos": 0])
    }
}
