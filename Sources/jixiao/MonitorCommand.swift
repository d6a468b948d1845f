import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao monitor FILE… [--format text|json] [--declaration FILE] [--render xlsx|docx [--output PATH]]`: the lights of monitoring
/// rounds (cycle.md §3). Rounds of the same unit, year and project are each compared with the
/// one before it (by asOf) for `monitor.cumulative-decrease`.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "绩效运行监控：按预算执行和目标完成情况亮灯（红、黄、绿、蓝），并检查监控表",
        discussion: """
            一个文件输出一个 JSON 对象（cycle.md §3 的格式）；多个文件输出 {"rounds": [...], "summary": {...}}，\
            每轮带 file。同一单位、年度和项目的多轮按截至日期先后互相比较（累计值减少）。
            --render xlsx：生成所有文件的监控情况汇总表（每个目标一行，亮灯为文字和底色，附亮灯算式；另一表为每轮的预算执行）；\
            --render docx：生成一轮监控表的 Word 文档（只给一个文件）。写出即退出码 0，路径写到标准错误。
            退出码：0 无错误；1 有 error 级问题；2 有文件无法读取（stderr 一行说明）。
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "监控表文件（.yaml/.yml/.json，格式见 docs/monitoring-format.md）") var files: [String]
    @Option(help: "输出格式：text 或 json") var format: Format = .text
    @Option(help: "绩效目标申报表文件：检查监控的目标是否与申报一致") var declaration: String?
    @Option(help: "亮灯阈值文件（YAML/JSON，默认用 cycle.md 的阈值表）") var thresholds: String?
    @Option(help: "生成文档：xlsx（监控情况汇总表，可多个文件）或 docx（一轮监控表，只给一个文件）") var render: MonitoringFormat?
    @Option(name: [.customShort("o"), .long], help: "--render 的输出文件路径（默认当前目录下与输入同名，多个文件为 监控情况汇总表.xlsx）")
    var output: String?

    func run() throws {
        var declared: [Target]?
        if let declaration {
            do {
                declared = try DeclarationReader.read(url: URL(fileURLWithPath: declaration), file: declaration).declaration.targets
            } catch {
                throw CommandOutput.fail(error.problems.first?.description ?? error.description, code: 2)
            }
        }
        var configured: [MonitoringThresholds] = []
        if let thresholds {
            do { configured = try ThresholdsReader.read(url: URL(fileURLWithPath: thresholds), file: thresholds) } catch {
                throw CommandOutput.fail(error.problems.first?.description ?? error.description, code: 2)
            }
        }
        var rounds: [(file: String, round: MonitoringRound)] = []
        var unreadable = false
        for file in files {
            do {
                let loaded = try MonitoringReader.read(url: URL(fileURLWithPath: file), file: file)
                loaded.warnings.forEach { CommandOutput.warn($0.description) }
                rounds.append((file, loaded.round))
            } catch {
                unreadable = true
                CommandOutput.warn(error.problems.first?.description ?? error.description)
            }
        }
        let several = files.count > 1
        let results = rounds.map { entry in
            (
                entry,
                entry.round.evaluate(
                    thresholds: .forYear(entry.round.fiscalYear, in: configured), declared: declared,
                    earlier: Self.earlier(than: entry.round, in: rounds.map(\.round)))
            )
        }
        if let render {
            if unreadable { throw ExitCode(2) }
            return try self.render(render, results.map { ($0.0.file, $0.0.round, $0.1) })
        }
        switch format {
        case .text:
            print(
                results.map { MonitoringText.text(round: $0.0.round, result: $0.1, file: several ? $0.0.file : nil) }
                    .joined(separator: "\n"), terminator: "")
        case .json:
            let reports = results.map { MonitoringReport(round: $0.0.round, result: $0.1, file: several ? $0.0.file : nil) }
            do {
                let text = several ? try MonitoringReport.json(reports) : try reports.first?.json() ?? ""
                print(text, terminator: "")
            } catch {
                throw CommandOutput.fail("无法生成 JSON：\(error)", code: 2)
            }
        }
        if unreadable { throw ExitCode(2) }
        if results.contains(where: { $0.1.hasErrors }) { throw ExitCode(1) }
    }

    /// The latest round of the same unit, year and project dated before `round`.
    static func earlier(than round: MonitoringRound, in rounds: [MonitoringRound]) -> MonitoringRound? {
        rounds.filter {
            $0.unit == round.unit && $0.fiscalYear == round.fiscalYear && $0.project == round.project && $0.asOf < round.asOf
        }.max { $0.asOf < $1.asOf }
    }
}
