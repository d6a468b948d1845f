import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A PostgreSQL server of one test's own: `initdb` into a temporary folder, listening on a free
/// port of 127.0.0.1, so the test may stop and restart it without touching the shared test
/// server. Debian's binaries (`/usr/lib/postgresql/<version>/bin`); as root every command runs
/// as the `postgres` user (`runuser`), since `initdb` refuses to run as root.
struct PrivatePostgres: Sendable {
    let folder: URL
    let port: Int
    let binaries: URL

    /// The superuser's URL (trust authentication, only on 127.0.0.1).
    var url: String { "postgres://jixiao@127.0.0.1:\(port)/postgres?sslmode=disable" }
    var data: String { folder.appendingPathComponent("data").path }

    /// Why no private server can run here; nil when one can.
    static var missing: String? {
        if binaries == nil { return "需要 PostgreSQL 的 initdb 与 pg_ctl（/usr/lib/postgresql/*/bin，软件包 postgresql）" }
        if getuid() == 0, getpwnam("postgres") == nil || !FileManager.default.isExecutableFile(atPath: runuser) {
            return "以 root 运行时需要 postgres 用户与 runuser（initdb 不以 root 运行）"
        }
        return nil
    }

    /// The folder holding `initdb` and `pg_ctl`, of the newest version installed.
    static var binaries: URL? {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
            .map { root.appendingPathComponent($0).appendingPathComponent("bin") }
            .first { bin in
                ["initdb", "pg_ctl"].allSatisfy { FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent($0).path) }
            }
    }

    private static let runuser = "/usr/sbin/runuser"
    private static let closeAndRun =
        #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null; exec "$@""#

    /// A new cluster, started, after stopping those that test processes no longer running left
    /// (`removeLeftovers`). On any failure whatever was made is removed again.
    static func start() async throws -> PrivatePostgres {
        guard missing == nil, let binaries else { throw Failure(message: missing ?? "no PostgreSQL") }
        await removeLeftovers(binaries: binaries)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(folderPrefix)\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let server = PrivatePostgres(folder: folder, port: try freePort(), binaries: binaries)
        do {
            try Data("\(getpid())".utf8).write(to: folder.appendingPathComponent(ownerFile))
            if getuid() == 0, let user = getpwnam("postgres") { chown(folder.path, user.pointee.pw_uid, user.pointee.pw_gid) }
            try await server.run("initdb", ["-D", server.data, "-U", "jixiao", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"])
            // In the configuration, so that `pg_ctl start` and `restart` need no options.
            let settings = """

                port = \(server.port)
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '\(folder.path)'
                max_connections = 40

                """
            let conf = try FileHandle(forWritingTo: URL(fileURLWithPath: server.data).appendingPathComponent("postgresql.conf"))
            try conf.seekToEnd()
            try conf.write(contentsOf: Data(settings.utf8))
            try conf.close()
            try await server.start()
        } catch {
            await server.remove()
            throw error
        }
        return server
    }

    /// Starts the server and waits until it accepts connections.
    func start() async throws { try await run("pg_ctl", ["start", "-D", data, "-w", "-t", "60", "-l", log]) }

    /// `pg_ctl restart -m fast`: every session ended, the server stopped cleanly and started again.
    func restart() async throws { try await run("pg_ctl", ["restart", "-D", data, "-m", "fast", "-w", "-t", "60", "-l", log]) }

    private var log: String { folder.appendingPathComponent("server.log").path }

    /// Stops the server as `pg_ctl restart -m fast` does, and waits until it is down.
    func stop() async throws { try await run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w", "-t", "60"]) }

    /// Stops the server if it runs and deletes its folder; never throws.
    func remove() async {
        if FileManager.default.fileExists(atPath: data + "/postmaster.pid") {
            try? await run("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w", "-t", "60"])
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one of the server's programs to its end (as `postgres` when root), without blocking a thread.
    func run(_ tool: String, _ arguments: [String]) async throws {
        let process = Process()
        let program = binaries.appendingPathComponent(tool).path
        let command = getuid() == 0 ? [Self.runuser, "-u", "postgres", "--", program] : [program]
        // Through bash, which closes every descriptor but 0-2 first: the server `pg_ctl` leaves
        // running would otherwise keep the one by which Foundation learns that its child ended,
        // and `run` would wait for as long as the server runs.
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", Self.closeAndRun, "bash"] + command + arguments
        let output = folder.appendingPathComponent("\(tool).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try? handle.close()
        guard status == 0 else {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw Failure(message: "\(tool) \(arguments.joined(separator: " ")) exited with \(status): \(text.suffix(2000))")
        }
    }

    /// A TCP port of 127.0.0.1 that nothing listens on now (the kernel's choice for port 0).
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(message: "socket: \(errno)") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw Failure(message: "bind: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
