import Dispatch
import Foundation
import JixiaoImport

/// Checks many files on all cores (bounded by `concurrentPerform`), results in input order.
enum ParallelChecker {
    static func check(_ files: [String], progress: Bool, threads: Int? = nil) -> [CheckOutput.Entry] {
        let results = ResultBox(count: files.count)
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: files.count) {
                let result: Result<ReportAnalysis, ImportError>
                do { result = .success(try ReportReader.analyse(path: files[index])) }
                catch let error as ImportError { result = .failure(error) }
                catch { result = .failure(.unreadable(path: files[index], reason: "\(error)")) }
                results.set(index, CheckOutput.Entry(file: files[index], result: result))
                if progress { results.report(total: files.count) }
            }
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return results.entries()
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

/// Results written by workers at their index.
final class ResultBox: @unchecked Sendable {
    private var slots: [CheckOutput.Entry?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ entry: CheckOutput.Entry) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = entry
        done += 1
    }

    func report(total: Int) {
        lock.lock(); let count = done; lock.unlock()
        FileHandle.standardError.write(Data("\r已检查 \(count)/\(total) 个文件".utf8))
    }

    func entries() -> [CheckOutput.Entry] { slots.compactMap { $0 } }
}
