import ArgumentParser

/// `jixiao bench <what>`: release-mode micro benchmarks that print their figures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "性能基准测试（请用 swift run -c release 运行）",
        subcommands: [BenchScoringCommand.self])
}
