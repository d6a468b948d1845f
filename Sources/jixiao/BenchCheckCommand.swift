import ArgumentParser
import Dispatch
import Foundation
import JixiaoImport

/// `jixiao bench check [--megabytes N]`: checks a generated corpus (the sample
/// reports repeated with varied figures) on one thread and on all cores, and prints
/// MB/s and files/s.
struct BenchCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "测试 jixiao check 的吞吐量")

    @Option(help: "语料大小（MB）")
    var megabytes: Int = 100

    @Option(help: "样本文件夹（默认：JIXIAO_SAMPLES，或向上查找 shared/samples）")
    var samples: String?

    func run() throws {
        guard let folder = samples ?? BenchCorpus.findSamples() else {
            FileHandle.standardError.write(Data("找不到样本文件夹 shared/samples，请用 --samples 指定\n".utf8))
            throw ExitCode(2)
        }
        let corpus = try BenchCorpus.generate(from: folder, megabytes: megabytes)
        let bytes = corpus.reduce(0) { $0 + $1.count }
        print("语料：\(corpus.count) 个文件，\(String(format: "%.1f", Double(bytes) / 1_048_576)) MB")
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var findings = 0
        for threads in Set([1, cores]).sorted() {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = BenchTiming.processCPUSeconds()
            findings = BenchCorpus.check(corpus, threads: threads)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = BenchTiming.processCPUSeconds() - cpuStart
            let megabytes = Double(bytes) / 1_048_576
            print(
                String(
                    format: "%d 线程：墙钟 %.2f 秒，%.1f MB/s，%.0f 文件/s；CPU %.2f 秒（每 CPU 秒 %.1f MB）；%d 条发现",
                    threads, seconds, megabytes / seconds, Double(corpus.count) / seconds, cpu, megabytes / cpu, findings))
        }
    }
}

/// The benchmark corpus: sample texts with their digits rotated per copy, so every
/// copy has other figures (and other findings) but the same shape.
enum BenchCorpus {
    static func findSamples() -> String? {
        if let env = ProcessInfo.processInfo.environment["JIXIAO_SAMPLES"] { return env }
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while url.path != "/" {
            let candidate = url.appendingPathComponent("shared/samples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    static func generate(from folder: String, megabytes: Int) throws -> [Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let originals = try names.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent($0))) }
        guard !originals.isEmpty else { return [] }
        var corpus: [Data] = []
        var total = 0
        var copy = 0
        while total < megabytes << 20 {
            let original = originals[copy % originals.count]
            let shift = UInt8(copy / originals.count % 10)
            corpus.append(Data(original.map { $0 >= 48 && $0 <= 57 ? 48 + ($0 - 48 + shift) % 10 : $0 }))
            total += original.count
            copy += 1
        }
        return corpus
    }

    /// Checks every text with `threads` workers; returns the number of findings.
    static func check(_ corpus: [Data], threads: Int) -> Int {
        let counts = CountBox(count: corpus.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = next.take(below: corpus.count) {
                // The path `jixiao check` takes for a text file once it is read.
                let analysis = (try? ReportReader.analyse(data: corpus[index], ext: "txt", path: "bench.txt")) ?? ReportAnalysis(lines: [])
                counts.set(index, analysis.findings.count)
            }
        }
        return counts.total
    }
}

/// Per-file finding counts written by workers at their own index.
final class CountBox: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Int>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    /// Each index is written by one worker only, so no lock is needed.
    func set(_ index: Int, _ value: Int) { storage[index] = value }

    var total: Int { storage.reduce(0, +) }
}
