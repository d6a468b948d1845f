import Foundation
import Testing
@testable import JixiaoRender

@Test func scratchWrite() throws {
    let doc = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
    try DocxRenderer.render(doc).write(to: URL(fileURLWithPath: "/tmp/jx-dept.docx"))
    let p = ReportDocument(evaluation: Fixtures.projectEvaluation(), score: Fixtures.projectScore())
    try DocxRenderer.render(p).write(to: URL(fileURLWithPath: "/tmp/jx-proj.docx"))
}
@Test func scratchXlsx() throws {
    let doc = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())
    try XlsxRenderer.render(doc).write(to: URL(fileURLWithPath: "/tmp/jx-dept.xlsx"))
}
