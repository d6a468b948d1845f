import ArgumentParser
import JixiaoWeb

/// `jixiao web-seed`: adds many evaluations to the web app's database (load tests).
struct WebSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "web-seed", abstract: "向网页应用数据库批量写入评价（用于负载测试）")

    @Option(help: "写入的评价数") var count = 10_000

    func run() async throws {
        try await LoadSeed.run(count: count)
    }
}
