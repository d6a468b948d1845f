import ArgumentParser
import Foundation
import JixiaoFiles

/// `jixiao score FILE`: scores an evaluation file against its framework.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "按指标体系为自评文件评分：计算指标、逐项得分与说明、合计、等级和问题",
        discussion: "退出码：0 无错误；1 有 error 级问题；2 无法读取输入。")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "自评文件（.yaml/.yml/.json，格式见 docs/evaluation-format.md）") var file: String
    @Option(name: .customLong("framework"), help: "指标体系 id（默认取文件中的 frameworkID）") var frameworkID: String?
    @Option(help: "输出格式：text 或 json") var format: Format = .text
    @OptionGroup var folder: FrameworkFolderOption

    func run() throws {
        let scored: ScoredEvaluation
        do {
            scored = try EvaluationScoring.score(url: URL(fileURLWithPath: file), file: file, frameworkID: frameworkID,
                                                 library: folder.library())
        } catch let error as FileError {
            throw CommandOutput.fail(error.problems.first?.description ?? error.description, code: 2)
        }
        scored.warnings.forEach { CommandOutput.warn($0.description) }
        let report = scored.report
        switch format {
        case .text: print(scored.text)
        case .json:
            do { print(try report.json(), terminator: "") } catch {
                throw CommandOutput.fail("无法生成 JSON：\(error)", code: 2)
            }
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
