import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Clusters a killed test process left running. A test that ends, even by failing, removes its
/// cluster; one whose process was killed (SIGKILL, a timeout of the runner) cannot, and its server
/// would keep running with its folder. Each cluster's folder names the test process that made it
/// (`owner.pid`), so the next start stops and deletes those whose process no longer runs.
extension PrivatePostgres {
    /// How the folders of these clusters begin, in the temporary directory.
    static let folderPrefix = "jixiao-pg-"
    /// The file in a cluster's folder holding the process id of the test process that made it.
    static let ownerFile = "owner.pid"

    /// The clusters in `directory` whose test process is gone: their owner's id names no running
    /// process, or (folders made before owners were written) no owner and older than a day.
    static func leftovers(in directory: URL = FileManager.default.temporaryDirectory, now: Date = Date()) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(folderPrefix) }.map { directory.appendingPathComponent($0) }.filter { folder in
            let owner = (try? String(contentsOf: folder.appendingPathComponent(ownerFile), encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if let owner { return !isRunning(owner) }
            let made = (try? FileManager.default.attributesOfItem(atPath: folder.path)[.modificationDate]) as? Date
            return made.map { now.timeIntervalSince($0) > 24 * 60 * 60 } ?? false
        }
    }

    /// Stops each leftover cluster's server (immediate mode) and deletes its folder; never throws.
    static func removeLeftovers(in directory: URL = FileManager.default.temporaryDirectory, binaries: URL) async {
        for folder in leftovers(in: directory) {
            await PrivatePostgres(folder: folder, port: 0, binaries: binaries).remove()
        }
    }

    /// Whether process `pid` runs: it exists (a process of another user counts) and is no zombie.
    static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        // "pid (name) S …": the state follows the name's closing parenthesis.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).first != "Z"
    }
}
