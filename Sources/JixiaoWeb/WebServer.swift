import JixiaoStore
import NIOCore
import NIOPosix
import Vapor

/// Starts the web app until it is stopped (the `jixiao serve` command calls this).
public enum WebServer {
    public static func run(hostname: String, port: Int, settings: AppSettings = .fromEnvironment()) async throws {
        // Swift tasks (every request handler) then run on the event loops rather than on a pool
        // of their own, so a request stops hopping between threads. Before the app starts any task.
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        var env = Environment(name: "production", arguments: ["jixiao", "serve", "--hostname", hostname, "--port", String(port)])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, settings: settings)
            app.lifecycle.use(DeadlineReminders.Schedule())
            print(banner(hostname: hostname, port: port, settings: settings))
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func banner(hostname: String, port: Int, settings: AppSettings) -> String {
        let store: String
        switch settings.database {
        case .sqlite(let path): store = "SQLite 文件 \(path)"
        case .sqliteMemory: store = "SQLite（内存）"
        case .postgres: store = "PostgreSQL（DATABASE_URL）"
        }
        var lines = ["Jixiao 绩效自评已启动：http://\(hostname):\(port)/", "数据库：\(store)"]
        if settings.seedDemo {
            lines.append("演示账号（密码均为 \(DemoData.password)）：")
            lines += DemoData.loginLines.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
