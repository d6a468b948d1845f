import Foundation
import Testing

@Suite("Public API only")
struct PublicAPITests {
    /// The package's `Sources` folder, from this file's place in `Tests/JixiaoCoreTests`.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The lines of `Sources` calling an underscored member (`x._name`): the standard library's
    /// and other packages' entry points that may change in any release. The scorer once passed
    /// its nodes through `_withUnsafeGuaranteedRef`; public API measured within 2% of it.
    @Test func noSourceCallsAnUnderscoredMember() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        var calls: [String] = []
        var scanned = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            scanned += 1
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if code.range(of: #"\._[A-Za-z]"#, options: .regularExpression) != nil {
                    calls.append("\(url.lastPathComponent):\(number + 1)")
                }
            }
        }
        #expect(scanned > 100)
        #expect(calls == [], "underscored API in Sources: keep it in one file behind a small interface with a test")
    }
}
