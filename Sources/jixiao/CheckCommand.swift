import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport

/// `jixiao check FILE|DIR... [--format text|json]` (check-json.md).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查自评报告（.txt .md .docx .pdf）中的错误",
        discussion: """
            绩效目标申报表（标题为部门整体绩效目标表或项目支出绩效目标申报表、带一级指标/三级指标/指标值表格的文档）
            按 jixiao targets 的规则检查（见 docs/targets-format.md）。
            退出码：0 无错误；1 有文件含 error；2 输入无法读取或参数错误。
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "报告文件或文件夹（文件夹中的 .txt .md .docx .pdf 全部检查）")
    var paths: [String]

    @Option(help: "输出格式：text 或 json")
    var format: Format = .text

    @OptionGroup var library: LibraryFilesOption
    @OptionGroup var severities: SeveritiesOption

    func run() throws {
        let declarations = DeclarationChecker(rules: DeclarationRules(severities: try severities.load()), library: try library.load())
        let files: [String]
        do { files = try FileCollector.collect(paths) } catch let error as ImportError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(2)
        }
        // Results are written as they come, in input order, through a small buffer.
        // Each file's piece of output is made on the worker that checked it.
        let outputFormat: CheckOutput.Format = format == .json ? .json : .text
        var stream = CheckOutput.Stream(format: outputFormat)
        var buffer = stream.begin()
        var unreadable: [String] = []
        let prepare: @Sendable (CheckOutput.Entry) -> CheckOutput.Piece = { CheckOutput.Piece($0, format: outputFormat) }
        ParallelChecker.stream(files, progress: isatty(STDERR_FILENO) == 1, declarations: declarations, prepare: prepare) {
            piece in
            if let failure = piece.failure { unreadable.append(failure.message) }
            buffer += stream.add(piece)
            if buffer.utf8.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        FileHandle.standardOutput.write(Data((buffer + stream.end()).utf8))
        for message in unreadable { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if !unreadable.isEmpty { throw ExitCode(2) }
        if stream.errors > 0 { throw ExitCode(1) }
    }
}
