import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport

/// `jixiao import REPORT --framework ID [--year N] [--unit NAME] [-o OUT]`: a report
/// document read into an evaluation file, by the same import path as the web upload.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "由自评报告（.txt/.md/.docx）生成自评文件：年度、填报信息、数据、各部分文字、各项得分和绩效目标",
        discussion: """
            与网页“上传报告生成草稿”相同的读取方式。年度以报告所写为准（与 --year 不同时在标准错误说明）。
            未给 -o 时写到标准输出。审核发现的问题和读取说明写到标准错误。
            退出码：0 已生成；2 无法读取报告、指标体系不存在或无法写出文件。
            """)

    @Argument(help: "自评报告（.txt、.md 或 .docx）") var report: String
    @Option(name: .customLong("framework"), help: "指标体系 id 或文件") var frameworkID: String
    @Option(help: "年度（报告未写年度时使用；默认为去年）") var year: Int?
    @Option(help: "单位名称（默认取报告中的单位名称）") var unit: String?
    @Option(help: "输出格式：yaml 或 json") var format: EvaluationWriter.Format = .yaml
    @Option(name: [.customShort("o"), .long], help: "输出文件路径") var output: String?
    @OptionGroup var folder: FrameworkFolderOption

    func run() throws {
        let framework = try folder.framework(idOrFile: frameworkID)
        let ext = (report as NSString).pathExtension.lowercased()
        guard ["txt", "md", "markdown", "docx"].contains(ext) else {
            throw CommandOutput.fail("无法读取「\(report)」：只支持 .txt、.md、.docx", code: 2)
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: report)) } catch {
            throw CommandOutput.fail("无法读取「\(report)」：文件不存在或无权限", code: 2)
        }
        let fallbackYear = year ?? Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
        let base = Evaluation(kind: framework.kind, unit: Unit(name: unit ?? ""), fiscalYear: fallbackYear, frameworkID: framework.id)
        var draft: ReportDraft
        // Without --unit the name is the report's (ReportDraft fills an empty one).
        do { draft = try ReportDraft.read(data: data, ext: ext, filename: report, base: base, framework: framework) } catch {
            throw CommandOutput.fail("无法读取「\(report)」：\(error)", code: 2)
        }
        if year == nil, draft.evaluation.fiscalYear != fallbackYear {
            draft.notices.removeAll { $0.hasPrefix("报告所写年度为") }
        }
        for finding in draft.findings { CommandOutput.warn("\(report): \(finding.severity.rawValue)[\(finding.rule)]: \(finding.message)") }
        draft.notices.forEach { CommandOutput.warn("\(report): \($0)") }
        let text: String
        do { text = try EvaluationWriter.write(draft.evaluation, format: format, framework: framework) } catch {
            throw CommandOutput.fail("无法生成自评文件：\(error)", code: 2)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
            throw CommandOutput.fail("无法写出文件「\(output)」：\(error.localizedDescription)", code: 2)
        }
        CommandOutput.warn("已生成 \(output)")
    }
}

extension EvaluationWriter.Format: ExpressibleByArgument {}
