import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao bench score`: scores generated evaluations against guangdong-county-department on one core.
struct BenchScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "生成 N 份自评并在单核上评分，输出每秒评分份数")

    @Option(help: "生成的自评份数") var count: Int = 200_000
    @Option(help: "指标体系 id") var framework: String = "guangdong-county-department"
    @Option(help: "随机数种子（相同种子生成相同的数据）") var seed: UInt64 = 2023
    @OptionGroup var folder: FrameworkFolderOption

    func run() throws {
        guard count > 0 else { throw CommandOutput.fail("--count 必须大于 0", code: 2) }
        guard let chosen = try folder.library().framework(id: framework) else {
            throw CommandOutput.fail("找不到指标体系「\(framework)」", code: 2)
        }
        var generator = BenchEvaluationGenerator(framework: chosen, seed: seed)
        let evaluations = (0..<count).map { _ in generator.next() }
        let scorer = Scorer(framework: chosen)

        let clock = ContinuousClock()
        var checksum = ExactDecimal.zero
        var excellent = 0
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for evaluation in evaluations {
                let result = scorer.score(evaluation)
                checksum += result.total
                if result.grade == .excellent { excellent += 1 }
            }
        }
        // On a shared machine the wall clock includes waiting for a core; CPU time does not.
        let cpu = Self.threadCPUSeconds() - cpuStart
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("指标体系 \(chosen.id)：\(count) 份自评，单线程评分")
        print("  墙钟时间 \(String(format: "%.3f", wall)) 秒：\(Int(Double(count) / max(wall, 1e-9))) 份/秒")
        print("  CPU 时间 \(String(format: "%.3f", cpu)) 秒：\(Int(Double(count) / max(cpu, 1e-9))) 份/秒（evaluations/second）")
        print("平均总分 \((checksum.divided(by: ExactDecimal(count)) ?? .zero).formatted(places: 2))，其中优 \(excellent) 份")
    }

    /// CPU time used by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
