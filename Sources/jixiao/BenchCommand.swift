import ArgumentParser

/// `jixiao bench <what>`: benchmarks, run with `swift run -c release`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "性能测试（请用 swift run -c release 运行）",
        subcommands: [BenchCheckCommand.self]
    )
}
