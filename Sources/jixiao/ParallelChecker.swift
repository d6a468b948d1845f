import Dispatch
import Foundation
import JixiaoCore
import JixiaoImport

/// Checks many files on all cores and hands the results on in input order as they
/// complete. At most `window` files are in flight or waiting for an earlier one, so
/// memory stays flat however many files there are.
enum ParallelChecker {
    /// Calls `emit` on the calling thread with each file's result, in input order.
    static func stream(
        _ files: [String], progress: Bool, threads: Int? = nil, window: Int = 64,
        declarations: DeclarationChecker = DeclarationChecker(), emit: (CheckOutput.Entry) -> Void
    ) {
        stream(files, progress: progress, threads: threads, window: window, declarations: declarations, prepare: { $0 }, emit: emit)
    }

    /// Calls `emit` on the calling thread with `prepare` of each file's result, in input
    /// order; `prepare` runs on the workers, so what waits in the window is its output
    /// (for `jixiao check`, the file's piece of output rather than its whole analysis).
    static func stream<Output: Sendable>(
        _ files: [String], progress: Bool, threads: Int? = nil, window: Int = 64,
        declarations: DeclarationChecker = DeclarationChecker(),
        prepare: @escaping @Sendable (CheckOutput.Entry) -> Output, emit: (Output) -> Void
    ) {
        guard !files.isEmpty else { return }
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
        let box = OrderedWindow<Output>(count: files.count, window: max(window, 2 * workers))
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = box.take() { box.put(index, prepare(analyse(files[index], declarations: declarations))) }
            }
        }
        var done = 0
        while let output = box.next() {
            emit(output)
            done += 1
            if progress, done % 16 == 0 || done == files.count {
                FileHandle.standardError.write(Data("\r已检查 \(done)/\(files.count) 个文件".utf8))
            }
        }
        group.wait()
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// Every result, in input order (for callers that want them all at once).
    static func check(_ files: [String], progress: Bool, threads: Int? = nil) -> [CheckOutput.Entry] {
        var entries: [CheckOutput.Entry] = []
        stream(files, progress: progress, threads: threads) { entries.append($0) }
        return entries
    }

    static func analyse(_ path: String, declarations: DeclarationChecker = DeclarationChecker()) -> CheckOutput.Entry {
        let result: Result<ReportAnalysis, ImportError>
        do { result = .success(try ReportReader.analyse(path: path, declarations: declarations)) } catch let error as ImportError {
            result = .failure(error)
        } catch { result = .failure(.unreadable(path: path, reason: "\(error)")) }
        return CheckOutput.Entry(file: path, result: result)
    }
}

/// A shared index handed out to workers.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
