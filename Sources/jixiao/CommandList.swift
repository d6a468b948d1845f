import ArgumentParser

/// Every subcommand, one per line (each lives in its own file).
let commandList: [any ParsableCommand.Type] = [
    VersionCommand.self,
    FrameworksCommand.self,
    ServeCommand.self,
    ScoreCommand.self,
    CheckCommand.self,
    BenchCommand.self,
    WebSeedCommand.self,
]
