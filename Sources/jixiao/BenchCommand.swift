import ArgumentParser

/// `jixiao bench …`: benchmarks, run with `swift run -c release jixiao bench <what>`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "性能基准（请用 swift run -c release 运行）",
        subcommands: [
            BenchScoreCommand.self, BenchRenderCommand.self,
            BenchCheckCommand.self, BenchDashboardCommand.self,
        ]
    )
}
