import ArgumentParser

/// The `jixiao` command: thin wrappers over the libraries.
@main
struct Jixiao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "Jixiao 绩效：预算绩效自评的评分、审核与报告工具",
        subcommands: commandList
    )
}
