import ArgumentParser
import JixiaoWeb

/// `jixiao serve`: the web application (SQLite in the working folder unless DATABASE_URL is set).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "启动网页应用（默认 127.0.0.1:8080）")

    @Option(help: "监听地址") var hostname = "127.0.0.1"
    @Option(help: "端口") var port = 8080

    func run() async throws {
        try await WebServer.run(hostname: hostname, port: port)
    }
}
