import Foundation
import JixiaoCore
import Testing

@testable import JixiaoWeb

@Suite("API list JSON")
struct EvaluationListJSONTests {
    static func row(title: String, total: ExactDecimal?, grade: Grade?, at seconds: TimeInterval) -> EvaluationSummary {
        EvaluationSummary(
            id: "3f0c7a52-0000-4000-8000-00000000000a", unitCode: "wuhua-data", unitName: "五华县“数据”局",
            fiscalYear: 2024, kind: .project, status: .returned, frameworkID: "mof-2020-project", title: title,
            metrics: EvaluationMetrics(total: total, grade: grade, errorCount: 2, warningCount: 11),
            version: 7, updatedAt: Date(timeIntervalSince1970: seconds))
    }

    @Test("the written list is the text JSONEncoder writes with the app's settings")
    func sameAsEncoder() throws {
        // given: text that needs escaping, absent optionals, dates before and after 1970 with fractions
        let list = EvaluationListDTO(
            items: [
                Self.row(title: "项目 \"A\" / B\\C\n\t\u{01}", total: ExactDecimal("87.5"), grade: .good, at: 1_711_346_709.75),
                Self.row(title: "部门整体", total: nil, grade: nil, at: -86_401.5),
            ], page: 3, per: 2, total: 9)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        // when
        let written = EvaluationListJSON.text(list)
        let encoded = String(decoding: try encoder.encode(list), as: UTF8.self)
        // then
        #expect(written == encoded)
    }
}
