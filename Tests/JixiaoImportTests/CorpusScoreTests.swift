import Foundation
import Testing

@testable import JixiaoImport

/// `jixiao check` against the development corpus (../shared/corpus): the score table goes to
/// the test log, and the floors below are today's level, raised as reading improves.
@Suite(.enabled(if: CorpusScore.folder != nil || Support.isCI, "需要 ../shared/corpus（或 JIXIAO_CORPUS）"))
struct CorpusScoreTests {
    static let factsFloor = 132
    static let defectsFloor = 7
    static let falseErrorsCeiling = 0

    @Test func corpusScore() throws {
        let folder = try #require(CorpusScore.folder, "shared/corpus 缺失（CI 需要语料）")
        let score = try CorpusScore.measure(folder)
        print("Corpus score (../shared/corpus, \(score.rows.count) files):\n" + score.table)
        #expect(score.factsTotal > 0)
        #expect(score.factsRight >= Self.factsFloor, "facts \(score.factsRight)/\(score.factsTotal)")
        #expect(score.defectsFound >= Self.defectsFloor, "defects \(score.defectsFound)/\(score.defectsTotal)")
        #expect(score.falseErrors <= Self.falseErrorsCeiling, "false errors \(score.falseErrors)")
    }
}
