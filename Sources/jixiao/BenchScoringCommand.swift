import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JixiaoCore

/// Scores generated evaluations against a ~28-leaf county framework on one thread.
struct BenchScoringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scoring", abstract: "评分引擎基准：对生成的自评数据逐个评分，输出每秒评分数")

    @Option(help: "生成并评分的自评数量")
    var count = 100_000

    @Option(help: "随机种子")
    var seed: UInt64 = 2024

    @Option(help: "自评得分为满分的指标所占百分比（0–100；真实报告多为满分）")
    var fullShare = 80

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count 必须大于 0") }
    }

    func run() {
        let framework = BenchFramework.countyDepartment()
        let leaves = BenchFramework.leafCount(framework.indicators)
        var generator = BenchEvaluations(seed: seed, framework: framework, fullShare: fullShare)
        let evaluations = (0..<count).map { _ in generator.next() }
        let scorer = Scorer(framework: framework)
        let clock = ContinuousClock()
        var checksum = ExactDecimal.zero
        var findings = 0
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for evaluation in evaluations {
                let result = scorer.score(evaluation)
                checksum += result.total
                findings += result.findings.count
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("框架 \(framework.id)：\(leaves) 个三级指标；满分自评占 \(fullShare)%")
        print("评分 \(count) 份自评：墙钟 \(Int(seconds * 1000)) ms（\(Self.rate(count, seconds)) 份/秒），"
              + "本线程 CPU \(Int(cpu * 1000)) ms（单核 \(Self.rate(count, cpu)) 份/秒）")
        print("平均总分 \((checksum.divided(by: ExactDecimal(count)) ?? .zero).formatted(places: 2))，发现问题 \(findings) 条")
    }

    private static func rate(_ count: Int, _ seconds: Double) -> Int { seconds > 0 ? Int(Double(count) / seconds) : 0 }

    /// CPU time of this thread: the honest single-core figure on a shared machine.
    private static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
