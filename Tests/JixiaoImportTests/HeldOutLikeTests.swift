import Foundation
import Testing

@testable import JixiaoImport

/// Made-up reports in the phrasings issue 18 lists (labels, years in headings, list figures,
/// 元/亿元, full-width digits, spaced numbers, staff and score forms, OCR slips, traditional
/// characters, tab/pipe/one-cell-a-line tables, nested scores) and texts that must yield no
/// fact or error (a superior, a project's name, 上年 and next year's figures). The table goes
/// to the test log; facts are compared by value and line.
struct HeldOutLikeTests {
    static let factsFloor = 208
    static let wrongCeiling = 0

    @Test func heldOutLikeScore() throws {
        let folder = try #require(HeldOutLikeScore.folder, "Fixtures/heldout-like 缺失")
        let score = try HeldOutLikeScore.measure(folder)
        print("Held-out-like fixtures (Fixtures/heldout-like, \(score.rows.count) files):\n" + score.table)
        #expect(score.rows.count >= 36)
        #expect(score.factsRight >= Self.factsFloor, "facts \(score.factsRight)/\(score.factsTotal)")
        #expect(score.wrong <= Self.wrongCeiling, "wrong findings or facts \(score.wrong)")
    }
}
