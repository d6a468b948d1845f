import Foundation
import Testing

@testable import JixiaoImport

/// A second set of made-up reports (Fixtures/heldout-like-2), written before reading how the
/// code reads them: other provinces' templates (项目支出/部门整体支出自评, 财政支出绩效评价,
/// 自评表 as text), labels with and without colons, 元/万元/亿元 with separators and spaces,
/// prior-year columns before this year's, staff, score and grade forms, traditional characters,
/// OCR slips, and a superior's or a project's name beside the unit's. The table goes to the log.
struct HeldOutLike2Tests {
    static let factsFloor = 252
    static let wrongCeiling = 0

    @Test func heldOutLike2Score() throws {
        let folder = try #require(HeldOutLikeScore.folder(named: "heldout-like-2"), "Fixtures/heldout-like-2 缺失")
        let score = try HeldOutLikeScore.measure(folder)
        print("Held-out-like fixtures, second set (Fixtures/heldout-like-2, \(score.rows.count) files):\n" + score.table)
        #expect(score.rows.count >= 59)
        #expect(score.factsRight >= Self.factsFloor, "facts \(score.factsRight)/\(score.factsTotal)")
        #expect(score.wrong <= Self.wrongCeiling, "wrong findings or facts \(score.wrong)")
    }
}
