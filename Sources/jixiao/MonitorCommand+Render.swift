import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoRender

/// The documents `jixiao monitor --render` writes.
enum MonitoringFormat: String, ExpressibleByArgument, CaseIterable {
    /// The 监控情况汇总表 of every file given.
    case xlsx
    /// One round as a Word document (one file only).
    case docx
}

extension MonitorCommand {
    /// `--render xlsx|docx [--output PATH]`: the 监控情况汇总表 of all the rounds (xlsx) or the one
    /// round's document (docx). Nothing is written when a file cannot be read (exit 2); written,
    /// the path goes to stderr and the exit code is 0 whatever the lights.
    func render(_ format: MonitoringFormat, _ results: [(file: String, round: MonitoringRound, result: MonitoringResult)]) throws {
        let data: Data
        do {
            switch format {
            case .xlsx:
                data = try MonitoringSummary(entries: results.map { .init(round: $0.round, result: $0.result) }).xlsx()
            case .docx:
                guard results.count == 1, let only = results.first else {
                    throw CommandOutput.fail("--render docx 一次只能生成一轮监控表：请只给一个文件（多个文件用 --render xlsx 生成汇总表）", code: 2)
                }
                data = try DocxRenderer.render(ReportDocument(monitoring: only.round, result: only.result))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CommandOutput.fail("无法生成文档：\(error)", code: 2)
        }
        let defaultName =
            files.count == 1
            ? URL(fileURLWithPath: files[0]).deletingPathExtension().lastPathComponent + "." + format.rawValue
            : MonitoringLabels.summaryTitle + ".xlsx"
        let path = output ?? defaultName
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
