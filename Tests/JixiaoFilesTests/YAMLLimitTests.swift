import Foundation
import Testing

@testable import JixiaoFiles

/// YAML/JSON documents are bounded before anything walks them (issue 12, row 4).
@Suite("YAML limits")
struct YAMLLimitTests {
    /// 540 bytes that expand to 9⁷ ≈ 4.8 million nodes.
    static let aliasBomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        id: bomb
        title: bomb
        kind: departmentWide
        indicators: *g
        """

    static func message(_ text: String, file: String) -> String? {
        do {
            _ = try FrameworkReader.read(text: text, file: file, format: .yaml)
            return nil
        } catch {
            return error.problems.map(\.message).joined(separator: "\n")
        }
    }

    @Test("an alias bomb, deep nesting and an oversized text are refused with one Chinese message each")
    func refusals() {
        let deepBlock = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
        #expect(Self.message(Self.aliasBomb, file: "bomb.yaml") == FileMessages.tooManyNodes(YAMLLimits.maxNodes))
        #expect(Self.message(String(repeating: "[", count: 200_000), file: "deep.json") == FileMessages.tooDeep(YAMLLimits.maxDepth))
        #expect(Self.message(deepBlock, file: "deep.yaml") == FileMessages.tooDeep(YAMLLimits.maxDepth))
        let big = "title: \"" + String(repeating: "x", count: YAMLLimits.maxBytes) + "\""
        #expect(Self.message(big, file: "big.yaml") == FileMessages.tooLarge(YAMLLimits.maxBytes))
    }

    @Test("brackets inside quotes and comments do not count as nesting; every built-in framework stays within the limits")
    func ordinaryFilesPass() throws {
        let quoted = "a: \"" + String(repeating: "[", count: 100) + "\"\nb: '{{{{' # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
        #expect(YAMLLimits.scan(quoted).depth == 0 && !YAMLLimits.scan(quoted).aliases)
        #expect(YAMLLimits.scan("a: [1, {b: [2]}]").depth == 3)
        #expect(YAMLLimits.scan("a: &x 1\nb: *x\n").aliases && YAMLLimits.scan("a: [*x]").aliases)
        #expect(!YAMLLimits.scan("a: \"*x\"\nb: 2*3\n").aliases)
        // a large document without aliases (an indicator library of 3,000 rows) is read;
        // the same size with one alias is held to the alias limit
        let rows = (0..<3_000).map { "- {name: 指标\($0), sector: 政务服务, unit: \"%\", direction: \"≥\", value: \"95\"}" }
        let library = "rows:\n" + rows.joined(separator: "\n") + "\n"
        #expect(throws: Never.self) { _ = try YAMLSource(text: library, file: "library.yaml") }
        #expect(throws: FileError.self) { _ = try YAMLSource(text: library + "extra: &a 1\nagain: *a\n", file: "library.yaml") }
        for url in try FileManager.default.contentsOfDirectory(
            at: TestPaths.root.appendingPathComponent("Sources/JixiaoFiles/Resources/frameworks"), includingPropertiesForKeys: nil)
        where url.pathExtension == "yaml" {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(Self.message(text, file: url.lastPathComponent) == nil, "\(url.lastPathComponent)")
        }
    }

    @Test("a value no decoder accepts is a Chinese problem without Swift type names")
    func invalidValueMessage() throws {
        let english = DecodingError.Context(codingPath: [], debugDescription: "Cannot initialize Kind from invalid String value x")
        let chinese = DecodingError.Context(codingPath: [], debugDescription: "「x」不是有效的数值")
        #expect(YAMLSource.corrupted(english) == FileMessages.invalidValue)
        #expect(YAMLSource.corrupted(chinese) == "「x」不是有效的数值")
        let message = try #require(Self.message("id: x\ntitle: x\nkind: nope\nindicators: []\n", file: "kind.yaml"))
        for word in ["Cannot initialize", "Swift.", "CodingKeys", "EvaluationKind"] { #expect(!message.contains(word)) }
    }

    @Test(
        "jixiao frameworks validate exits 1 on the alias bomb with the message",
        .enabled(
            if: BuiltJixiao.url != nil || ProcessInfo.processInfo.environment["CI"] == "true",
            "需要先构建 jixiao（swift build --build-tests）"))
    func cliRefusesBomb() throws {
        // given
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).yaml")
        try Self.aliasBomb.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = try #require(BuiltJixiao.url)
        process.arguments = ["frameworks", "validate", file.path]
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        // when
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // then
        #expect(process.terminationStatus == 1)
        #expect((stdout + stderr).contains("展开后的项目过多"), "\(stdout)\(stderr)")
    }
}
