import ArgumentParser

/// Every subcommand, one per line (each lives in its own file).
let commandList: [any ParsableCommand.Type] = [
    VersionCommand.self,
    FrameworksCommand.self,
    ScoreCommand.self,
    CheckCommand.self,
    ImportCommand.self,
    TargetsCommand.self,
    LibraryCommand.self,
    MonitorCommand.self,
    BenchCommand.self,
    RenderCommand.self,
    ServeCommand.self,
    WebSeedCommand.self,
    BackupCommand.self,
]
