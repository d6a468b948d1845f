import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoRender

/// `jixiao bench render`: renders N reports in every format on one core.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "生成 N 份报告（每种格式），输出每秒生成份数")

    @Option(help: "每种格式生成的报告份数") var count: Int = 1_000
    @Option(help: "只测这一种格式（docx、xlsx、html、md；默认全部）") var format: ReportFormat?
    @OptionGroup var options: BenchOptions

    func run() throws {
        guard count > 0 else { throw CommandOutput.fail("--count 必须大于 0", code: 2) }
        let chosen = try options.chosenFramework()
        // A few distinct reports, reused: the benchmark measures rendering, not scoring.
        var generator = BenchEvaluationGenerator(framework: chosen, seed: options.seed)
        let analyzer = Analyzer(framework: chosen)
        let reports = (0..<min(count, 50)).compactMap { _ -> ReportDocument? in
            var evaluation = generator.next()
            evaluation.narrative = ReportSection.sections(for: evaluation.kind).map {
                NarrativeSection(
                    key: $0.key, title: $0.title,
                    text: String(repeating: "本部门按照年度工作计划推进各项工作，资金使用规范，绩效目标基本实现。", count: 8))
            }
            return ReportDocument(analysis: analyzer.analyze(evaluation))
        }
        print("指标体系 \(chosen.id)：每种格式 \(count) 份报告，单核")
        let clock = ContinuousClock()
        for format in format.map({ [$0] }) ?? ReportFormat.allCases {
            var bytes = 0
            var failure: Error?
            let cpuStart = BenchTiming.threadCPUSeconds()
            let elapsed = clock.measure {
                for index in 0..<count {
                    do { bytes += try format.render(reports[index % reports.count]).count } catch {
                        failure = error
                        return
                    }
                }
            }
            if let failure { throw CommandOutput.fail("生成 \(format.rawValue) 失败：\(failure)", code: 2) }
            let seconds = BenchTiming.seconds(elapsed)
            let cpuSeconds = BenchTiming.threadCPUSeconds() - cpuStart
            print(
                "\(format.rawValue)：\(Int(Double(count) / max(seconds, 1e-9))) 份/秒（reports/second），"
                    + "按 CPU 时间 \(Int(Double(count) / max(cpuSeconds, 1e-9))) 份/秒，平均 \(bytes / count / 1024) KB")
        }
    }
}
