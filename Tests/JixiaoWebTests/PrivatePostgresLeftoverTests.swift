import Foundation
import Testing

/// The private clusters of `PostgresServerRestartTests` never pile up: a cluster whose test
/// process was killed is stopped and deleted when the next one starts.
@Suite("Private PostgreSQL clusters left by killed test processes", .timeLimit(.minutes(4)))
struct PrivatePostgresLeftoverTests {
    /// The id of a process that has ended (and was reaped).
    static func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func folder(in directory: URL, _ name: String, owner: Int32?) throws -> URL {
        let folder = directory.appendingPathComponent(PrivatePostgres.folderPrefix + name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let owner { try Data("\(owner)\n".utf8).write(to: folder.appendingPathComponent(PrivatePostgres.ownerFile)) }
        return folder
    }

    @Test("leftovers: an ended owner, or no owner and older than a day; not a running owner, a new folder or another name")
    func whichFoldersAreLeftovers() throws {
        // given
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let ended = try Self.folder(in: directory, "ended", owner: try Self.endedProcess())
        _ = try Self.folder(in: directory, "running", owner: getpid())
        let old = try Self.folder(in: directory, "old", owner: nil)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-2 * 86_400)], ofItemAtPath: old.path)
        _ = try Self.folder(in: directory, "new", owner: nil)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("other"), withIntermediateDirectories: true)
        // when
        let leftovers = PrivatePostgres.leftovers(in: directory).map(\.lastPathComponent).sorted()
        // then
        #expect(leftovers == [old.lastPathComponent, ended.lastPathComponent].sorted())
    }

    @Test(
        "a running cluster whose test process ended is stopped and deleted at the next start; one of a running process stays",
        .enabled(if: PrivatePostgres.missing == nil || PostgresServerRestartTests.ci, "\(PrivatePostgres.missing ?? "")"))
    func leftoverClusterIsStopped() async throws {
        try #require(PrivatePostgres.missing == nil, "CI=true: \(PrivatePostgres.missing ?? "")")
        // given: two clusters running, the first as if its test process had been killed
        let orphan = try await PrivatePostgres.start()
        let kept = try await PrivatePostgres.start()
        try Data("\(try Self.endedProcess())".utf8).write(to: orphan.folder.appendingPathComponent(PrivatePostgres.ownerFile))
        let postmaster = try Self.postmaster(of: orphan)
        #expect(PrivatePostgres.isRunning(postmaster))
        // when: the next start
        let next = try await PrivatePostgres.start()
        // then
        #expect(!FileManager.default.fileExists(atPath: orphan.folder.path))
        #expect(!PrivatePostgres.isRunning(postmaster))
        #expect(PrivatePostgres.isRunning(try Self.postmaster(of: kept)))
        await kept.remove()
        await next.remove()
        await orphan.remove()
    }

    /// The server's process id: the first line of its data folder's `postmaster.pid`.
    static func postmaster(of server: PrivatePostgres) throws -> Int32 {
        let text = try String(contentsOfFile: server.data + "/postmaster.pid", encoding: .utf8)
        return try #require(text.split(separator: "\n").first.flatMap { Int32($0) })
    }
}
