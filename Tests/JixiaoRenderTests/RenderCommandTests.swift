import Foundation
import Testing

/// `jixiao render` through the built binary (built by `swift build --build-tests`).
@Suite(
    .enabled(if: BuiltJixiao.url != nil || ProcessInfo.processInfo.environment["CI"] == "true", "需要先构建 jixiao（swift build --build-tests）"))
struct RenderCommandTests {
    static var binary: URL? { BuiltJixiao.url }

    /// Exit status, stdout and stderr of `jixiao arguments…` run in the package root.
    func jixiao(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String)? {
        guard let binary = Self.binary else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("the jixiao binary was not built") }
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func markdownGoesToStdoutAndFindingsToStderr() throws {
        let run = try #require(try jixiao(["render", "examples/wuhua-2023.yaml", "--format", "md"]))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# 五华县政务服务数据管理局2023年度部门整体支出绩效自评报告\n"))
        #expect(run.stdout.contains("| **合计** |  |  | **100.00** | **98.00** | **自评等级：优** |  |"))
        #expect(run.stderr.contains("warning[section.missing]: 缺少「（二）年度总体工作和重点工作任务」部分\n"))
        #expect(run.stderr.components(separatedBy: "section.missing").count == 5)
    }

    @Test func docxIsWrittenWhereAsked() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("sub/wuhua.docx")
        // when
        let run = try #require(try jixiao(["render", "examples/wuhua-2023.yaml", "--format", "docx", "-o", output.path]))
        // then
        #expect(run.status == 0)
        let data = try Data(contentsOf: output)
        #expect(data.prefix(2) == Data("PK".utf8))
        #expect(try Package.part("word/document.xml", of: data).contains("五华县政务服务数据管理局"))
    }

    @Test func unreadableInputExitsWithTwo() throws {
        let run = try #require(try jixiao(["render", "examples/no-such-file.yaml", "--format", "docx", "-o", "/tmp/x.docx"]))
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-file.yaml"))
        let bad = try #require(try jixiao(["render", "examples/wuhua-2023.yaml", "--format", "pdf"]))
        #expect(bad.status == 64)
    }
}

/// The `jixiao` executable built beside the tests (outside the suite, which its trait reads).
enum BuiltJixiao {
    static let url: URL? = [
        ".build/debug/jixiao", ".build/x86_64-unknown-linux-gnu/debug/jixiao",
        ".build/aarch64-unknown-linux-gnu/debug/jixiao",
    ]
    .map { packageRoot.appendingPathComponent($0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
