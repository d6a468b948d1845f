import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "显示版本")
    func run() { print("jixiao 0.1.0") }
}
