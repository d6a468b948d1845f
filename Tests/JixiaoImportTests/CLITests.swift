import Foundation
import Testing

@testable import JixiaoImport

/// `jixiao check` as a process: exit codes, stderr reasons, JSON keys.
@Suite(.enabled(if: BuiltJixiao.url != nil || Support.isCI, "需要先构建 jixiao（swift build --build-tests）"))
struct CLITests {
    /// The built executable (swift build --build-tests builds it beside the tests).
    static var binary: URL? { BuiltJixiao.url }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String)? {
        guard let binary else {
            if Support.isCI { Issue.record("jixiao executable not built") }
            return nil
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static func temp(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func exitCodesZeroOneTwo() throws {
        let good = try Support.fixture("department-good.txt")
        let okPath = try Self.temp("ok.txt", Data(good.utf8))
        let badPath = try Self.temp("bad.txt", Data(good.replacing(once: "项目支出 180.00", with: "项目支出 190.00").utf8))
        let ok = try #require(try Self.run(["check", okPath]))
        let bad = try #require(try Self.run(["check", badPath]))
        #expect(ok.status == 0 && ok.out.isEmpty)
        #expect(bad.status == 1)
        #expect(bad.out.hasPrefix("\(badPath):22: error[sum.expenditure]: 基本支出 300.00 万元 + 项目支出 190.00 万元"))
    }

    @Test func hostileDocxExitsTwoWithAReason() throws {
        let bomb = try HostileDocxTests.zip([("word/document.xml", Data(repeating: 0x41, count: 80 << 20))])
        let slip = try HostileDocxTests.zip([
            ("../../evil", Data("x".utf8)), ("word/document.xml", Data(HostileDocxTests.documentXML.utf8)),
        ])
        let xxe = try HostileDocxTests.zip([
            ("word/document.xml", Data("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document/>".utf8))
        ])
        let whole = try HostileDocxTests.zip([("word/document.xml", Data(HostileDocxTests.documentXML.utf8))])
        let cases: [(String, Data, String)] = [
            ("bomb.docx", bomb, "超出安全限制"), ("slip.docx", slip, "不安全的路径「../../evil」"),
            ("xxe.docx", xxe, "DOCTYPE/ENTITY"), ("cut.docx", whole.prefix(whole.count / 2), "被截断"),
            ("noise.docx", Data((0..<512).map { UInt8($0 % 251) }), "不是 ZIP 压缩包"),
        ]
        for (name, data, reason) in cases {
            let path = try Self.temp(name, data)
            let result = try #require(try Self.run(["check", path]))
            #expect(result.status == 2, "\(name)")
            #expect(result.err.contains(reason) && result.err.split(separator: "\n").count == 1, "\(name): \(result.err)")
            #expect(
                !FileManager.default.fileExists(
                    atPath: URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                        "evil"
                    ).path))
        }
    }

    @Test func jsonHasTheKeysOfCheckJSON() throws {
        let good = try Support.fixture("department-good.txt")
        let path = try Self.temp("ok.txt", Data(good.utf8))
        let result = try #require(try Self.run(["check", "--format", "json", path]))
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let report = (json?["reports"] as? [[String: Any]])?.first
        let facts = report?["facts"] as? [String: [String: Any]]
        #expect(report?["kind"] as? String == "departmentWide")
        #expect(facts?["unitName"]?["value"] as? String == "青山县文化服务中心")
        #expect(facts?["fiscalYear"]?["value"] as? Int == 2023)
        #expect(facts?["filedOn"]?["value"] as? String == "2024-03-08")
        #expect(facts?["expenditureTotal"]?["value"] as? String == "480")
        #expect(facts?["staffAuthorized"]?["value"] as? Int == 20)
        #expect(facts?["selfScore"]?["value"] as? String == "98")
        #expect(facts?["grade"]?["derived"] == nil)
        #expect((report?["scores"] as? [[String: Any]])?.count == 10)
        #expect((report?["targets"] as? [[String: Any]])?.first?["direction"] as? String == "≥")
        #expect(json?["summary"] as? [String: Int] == ["files": 1, "errors": 0, "warnings": 0, "infos": 0])
    }
}

/// The `jixiao` executable built beside the tests (outside the suite, which its trait reads).
enum BuiltJixiao {
    static var url: URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let candidates = ["debug", "x86_64-unknown-linux-gnu/debug", "aarch64-unknown-linux-gnu/debug"]
            .map { url.appendingPathComponent(".build/\($0)/jixiao") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
