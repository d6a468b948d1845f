import Foundation
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 12: hostile text typed into the fields comes back literally in every download —
/// the report as Word, Excel and Markdown, the year export as .xlsx and CSV — never as
/// markup or a formula. Office parts are parsed as XML, the CSV by its quoting rules.
@Suite("Hostile text in downloads", .timeLimit(.minutes(10)))
struct HostileDownloadTests {
    /// A project name that is a formula if a spreadsheet takes it as typed.
    static let formulaName = "=HYPERLINK(\"http://x\",\"y\")" + HostileText.text

    @Test(
        "the report .docx, .xlsx and .md and the year .xlsx and CSV give the hostile text back as text",
        arguments: [TestDatabase.sqlite])
    func downloads(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: every text field of the editor holds the hostile text
            let h = HostileText.text
            let id = try await Fixtures.evaluationID(app)
            var filer = try await StoredXSSTests.signedIn(app, "filer")
            var form = try await StoredXSSTests.editorForm(&filer, id)
            for key in form.keys where StoredXSSTests.isText(key) { form[key] = h }
            #expect(try await filer.post("/evaluations/\(id)", form: form).status == .seeOther)
            // and a project of the year named like a formula
            var api = Browser(app: app)
            api.bearer = try await Fixtures.token(app, for: "filer")
            let body = try JSONSerialization.data(withJSONObject: [
                "kind": "project", "unit": ["name": "x", "code": Fixtures.filerUnit], "fiscalYear": 2025,
                "frameworkID": "mof-2020-project", "status": "draft", "filing": [String: String](),
                "project": ["name": Self.formulaName], "figures": [String: String](), "targets": [String](),
                "indicators": [String: String](), "narrative": [String](),
            ])
            #expect(try await api.json(.POST, "/api/v1/evaluations", String(decoding: body, as: UTF8.self)).status == .created)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            // when
            let docx = try await filer.get("/evaluations/\(id)/report/docx")
            let xlsx = try await filer.get("/evaluations/\(id)/report/xlsx")
            let md = try await filer.get("/evaluations/\(id)/report/md")
            let yearXlsx = try await reviewer.get("/exports/evaluations.xlsx?year=2025")
            let csv = try await reviewer.get("/exports/evaluations.csv?year=2025")
            // then: Word
            #expect([docx, xlsx, md, yearXlsx, csv].allSatisfy { $0.status == .ok })
            let document = try #require(try OfficeXML.part("word/document.xml", of: Data(docx.body.readableBytesView)))
            #expect(document.wellFormed)
            #expect(document.texts.contains { $0.contains(h) })
            #expect(document.elementNames.isDisjoint(with: ["script", "img"]))
            // Excel, the report's sheets and the year's
            for (name, response, text) in [("report", xlsx, h), ("year", yearXlsx, Self.formulaName)] {
                let data = Data(response.body.readableBytesView)
                let paths = try OfficeXML.parts(of: data).filter { $0.hasPrefix("xl/worksheets/") || $0 == "xl/sharedStrings.xml" }
                let parts = try paths.compactMap { try OfficeXML.part($0, of: data) }
                #expect(!parts.isEmpty && parts.allSatisfy(\.wellFormed), "\(name)")
                #expect(parts.contains { $0.texts.contains { $0.contains(text) } }, "\(name): text not shown literally")
                #expect(!parts.contains { $0.formulas.contains { $0.contains("HYPERLINK") || $0.contains("script") } }, "\(name)")
                #expect(parts.allSatisfy { $0.elementNames.isDisjoint(with: ["script", "img"]) }, "\(name)")
            }
            // Markdown: escaped so a renderer shows it as written; no raw tag from it
            let markdown = md.body.string
            #expect(markdown.contains(Self.markdownEscaped(h)))
            #expect(Self.rawTags(markdown).isEmpty, "\(Self.rawTags(markdown))")
            // CSV: the formula neutralised by a leading quote, the rest as typed
            let cells = CSVCells.rows(csv.body.string).flatMap { $0 }
            #expect(cells.contains("'" + Self.formulaName))
            #expect(!cells.contains(Self.formulaName))
            #expect(!cells.contains { ["=", "+", "-", "@"].contains($0.first.map(String.init) ?? "") && $0.contains(h) })
        }
    }

    /// Tags in `markdown` a renderer would pass through as HTML: a `<` not escaped by a
    /// backslash, other than the `<br>` the app writes between lines of a table cell.
    static func rawTags(_ markdown: String) -> [String] {
        let chars = Array(markdown)
        return chars.indices.compactMap { i in
            guard chars[i] == "<", i == 0 || chars[i - 1] != "\\" else { return nil }
            let tag = String(chars[i..<min(i + 12, chars.count)])
            return tag.hasPrefix("<br>") ? nil : tag
        }
    }

    /// CommonMark escaping of the ASCII punctuation that is syntax inside a line.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>&|~$".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
