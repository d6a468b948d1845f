import ArgumentParser
import Foundation
import JixiaoWeb

/// `jixiao bench dashboard`: the dashboard of N units on SQLite, query and render timed.
struct BenchDashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "在 SQLite 中生成 N 个单位的评价，测量统计看板的查询与渲染用时")

    @Option(help: "单位数") var units: Int = 1000
    @Option(help: "测量次数") var iterations: Int = 20

    func run() async throws {
        guard units > 0, iterations > 0 else { throw CommandOutput.fail("--units 与 --iterations 必须大于 0", code: 2) }
        let r = try await DashboardBenchmark.run(units: units, iterations: iterations)
        let ms = { (v: Double) in String(format: "%.1f", v) }
        print("统计看板：\(r.units) 个单位 × 2 个年度（SQLite），生成数据用时 \(String(format: "%.1f", r.seedSeconds)) 秒")
        print("查询 + 渲染（\(r.runs.count) 次）：中位数 \(ms(r.median)) ms，最快 \(ms(r.fastest)) ms，最慢 \(ms(r.slowest)) ms")
        print("其中两次 SQL 查询：中位数 \(ms(r.queryMedian)) ms")
        print("页面 \(r.pageBytes) 字节，SVG 图表 \(r.svgCharts) 个")
    }
}
