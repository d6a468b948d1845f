import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoRender

/// `jixiao render FILE --format docx|xlsx|html|md [-o OUT]`: the self-evaluation
/// report written from the evaluation, its score and its checks.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "由自评文件生成自评报告：Word（GB/T 9704）、Excel 评分表、HTML 或 Markdown",
        discussion: """
            读取自评文件，按其指标体系评分并审核，写出报告；审核发现的问题（如缺少章节）写到标准错误。
            未给 -o 时：html 和 md 写到标准输出，docx 和 xlsx 写到当前目录下与输入同名的文件。
            退出码：0 已生成；2 无法读取输入或无法写出文件。
            """)

    @Argument(help: "自评文件（.yaml/.yml/.json，格式见 docs/evaluation-format.md）") var file: String
    @Option(help: "输出格式：docx、xlsx、html 或 md") var format: ReportFormat
    @Option(name: [.customShort("o"), .long], help: "输出文件路径") var output: String?
    @Option(name: .customLong("framework"), help: "指标体系 id（默认取文件中的 frameworkID）") var frameworkID: String?
    @OptionGroup var folder: FrameworkFolderOption

    func run() throws {
        let scored = try ScoredFile.score(file, frameworkID: frameworkID, folder: folder)
        // The report builder also reads section.missing from ReportSection; the checker's
        // (in the analysis) comes first and RenderFindings.unique keeps one per section.
        guard let report = ReportDocument(analysis: scored.analysis) else {
            throw CommandOutput.fail("无法生成报告：没有评分结果", code: 2)
        }
        for finding in RenderFindings.unique(report.findings) {
            CommandOutput.warn("\(file): \(finding.severity.rawValue)[\(finding.rule)]: \(finding.message)")
        }
        let data: Data
        do { data = try format.render(report) } catch {
            throw CommandOutput.fail("无法生成报告：\(error)", code: 2)
        }
        try write(data)
    }

    private func write(_ data: Data) throws {
        let path =
            output
            ?? ((format == .html || format == .md)
                ? nil
                : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + "." + format.fileExtension)
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw CommandOutput.fail("无法写出文件「\(path)」：\(error.localizedDescription)", code: 2)
        }
        CommandOutput.warn("已生成 \(path)")
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// The findings shown once each: the checker and the report builder may both
/// report the same missing section.
enum RenderFindings {
    static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { seen.insert($0.rule + "|" + ($0.location.field ?? $0.message)).inserted }
    }
}
