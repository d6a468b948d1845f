import Foundation
import JixiaoCore
import Testing

@testable import JixiaoImport

/// A 申报表 read from a PDF: pdftotext puts spaces between ideographs and digits (「2025 年 10 月 31 日前」)
/// and joins a wrapped cell's lines with a space; the cells are read as the document wrote them.
@Suite struct DeclarationPDFTextTests {
    /// The department table of `DeclarationDocumentReaderTests` as a PDF's text gives it, with a 时效 row.
    static func table(_ date: String) -> String {
        DeclarationDocumentReaderTests.department.replacingOccurrences(
            of: "效益指标\t社会效益指标",
            with: "\t时效指标\t政务服务中心窗口 改造完成时间\t≤\(date)\t\n效益指标\t社会效益指标"
        )
        .replacingOccurrences(of: "数据中心运维成本\t≥180", with: "数据中心运维成本\t≤180")
    }

    @Test func aDateSpacedByThePDFIsTheDateTheDocumentWrote() throws {
        // when
        let spaced = try DeclarationDocumentReaderTests.analyse(Self.table("2025 年 9 月 30 日前"))
        let written = try DeclarationDocumentReaderTests.analyse(Self.table("2025年9月30日前"))
        // then: the same row and no finding (a date is a quantified 时效 target without a unit)
        let row = try #require(spaced.declaration?.declaration.rows.first { $0.target.levels.last == "时效指标" })
        #expect(row.target.name == "政务服务中心窗口改造完成时间")
        #expect(row.target.targetText == "2025年9月30日前" && row.target.direction == .atMost)
        #expect(spaced.findings.isEmpty && written.findings.isEmpty)
        #expect(spaced.declaration?.declaration == written.declaration?.declaration)
    }

    @Test func spacesBetweenLatinWordsOrNumbersStay() {
        #expect(DeclarationDocumentReader.closedUp("12345 热线 接通率") == "12345热线接通率")
        #expect(DeclarationDocumentReader.closedUp("ISO 9001 认证") == "ISO 9001认证")
        #expect(DeclarationDocumentReader.closedUp("60 000") == "60 000")
        #expect(DeclarationDocumentReader.closedUp("  达成 年度指标 ") == "达成年度指标")
    }
}
