import ArgumentParser
import JixiaoWeb

/// `jixiao web-seed`: adds many evaluations to the web app's database (load tests).
struct WebSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "web-seed", abstract: "向网页应用数据库批量写入评价（用于负载测试）")

    @Option(help: "写入的评价数") var count = 10_000
    @Option(help: "分布到的负载测试单位数（缺少的自动建立；不给则用演示单位）") var units: Int?

    func validate() throws {
        guard (1...100_000_000).contains(count) else { throw ValidationError("评价数须在 1 至 100000000 之间") }
        if let units, !(1...1_000_000).contains(units) { throw ValidationError("单位数须在 1 至 1000000 之间") }
    }

    func run() async throws {
        try await LoadSeed.run(count: count, units: units)
    }
}
