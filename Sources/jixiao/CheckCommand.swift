import ArgumentParser
import Foundation
import JixiaoImport

/// `jixiao check FILE|DIR... [--format text|json]` (check-json.md).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查自评报告（.txt .md .docx .pdf）中的错误",
        discussion: "退出码：0 无错误；1 有文件含 error；2 输入无法读取或参数错误。"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "报告文件或文件夹（文件夹中的 .txt .md .docx .pdf 全部检查）")
    var paths: [String]

    @Option(help: "输出格式：text 或 json")
    var format: Format = .text

    func run() throws {
        let files: [String]
        do { files = try FileCollector.collect(paths) } catch let error as ImportError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(2)
        }
        let entries = ParallelChecker.check(files, progress: isatty(STDERR_FILENO) == 1)
        let output = format == .json ? CheckOutput.json(entries) : CheckOutput.text(entries)
        FileHandle.standardOutput.write(Data(output.utf8))
        var unreadable = false
        var hasError = false
        for entry in entries {
            switch entry.result {
            case .failure(let error):
                unreadable = true
                FileHandle.standardError.write(Data((error.message + "\n").utf8))
            case .success(let analysis):
                if analysis.findings.contains(where: { $0.severity == .error }) { hasError = true }
            }
        }
        if unreadable { throw ExitCode(2) }
        if hasError { throw ExitCode(1) }
    }
}
