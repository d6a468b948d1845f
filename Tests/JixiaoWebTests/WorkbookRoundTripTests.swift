import Foundation
import JixiaoCore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Excel round trip: the downloaded workbook filled offline and uploaded back into the draft", .timeLimit(.minutes(10)))
struct WorkbookRoundTripTests {
    /// The draft, its workbook as the editor downloads it, its leaves and the filer's browser.
    private static func start(_ app: Application) async throws -> (id: String, xlsx: Data, leaves: [ScoredNode], filer: Browser) {
        let id = try await Fixtures.completeEvaluationID(app)
        var filer = try await Browser.signedIn(app, as: "filer")
        let download = try await filer.get("/evaluations/\(id)/report/xlsx")
        try #require(download.status == .ok)
        let stored = try await ReviewFixtures.find(app, id)
        let score = try #require(try await app.frameworks.analyze(stored.evaluation).score)
        return (id, Data(download.body.readableBytesView), score.nodes.flatMap(\.leaves), filer)
    }

    private static func upload(_ browser: inout Browser, _ id: String, _ data: Data, version: Int) async throws -> TestingHTTPResponse {
        try await browser.upload(
            "/evaluations/\(id)/workbook", fields: [("version", String(version))], fileField: "workbook",
            filename: "评分表.xlsx", bytes: Array(data))
    }

    @Test(
        "download → fill self-score, note and a figure → upload: the values are in the draft, with history",
        arguments: TestDatabase.all)
    func roundTrip(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the downloaded workbook with the first leaf's self-score and note and 本年收入合计 filled in
            var (id, xlsx, leaves, filer) = try await Self.start(app)
            let before = try await ReviewFixtures.find(app, id)
            let leaf = try #require(leaves.first)
            var filled = try XlsxEdit.edit(xlsx, sheet: "评分表", ["E5": .number("1.5"), "G5": .text("经费下达晚，已督促")])
            filled = try XlsxEdit.edit(filled, sheet: "收支情况", ["B5": .number("1234.5")])
            // when the filer uploads it
            let response = try await Self.upload(&filer, id, filled, version: before.version)
            // then it is saved: the values in the draft, a new version, history lines
            #expect(response.status == .seeOther)
            let after = try await ReviewFixtures.find(app, id)
            #expect(after.version == before.version + 1)
            #expect(after.evaluation.indicators[leaf.id]?.selfScore == ExactDecimal("1.5"))
            #expect(after.evaluation.indicators[leaf.id]?.note == "经费下达晚，已督促")
            #expect(after.evaluation.figures["incomeTotal"] == ExactDecimal("1234.5"))
            let history = try await filer.get("/evaluations/\(id)/history").body.string
            #expect(history.contains("<td>563.02 万元</td><td>1,234.50 万元</td>"))
            let page = try await filer.get(try #require(response.headers.first(name: .location))).body.string
            #expect(page.contains("已从 Excel 评分表导入"))
        }
    }

    @Test("the workbook uploaded as downloaded changes nothing", arguments: [TestDatabase.sqlite])
    func unchanged(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var (id, xlsx, _, filer) = try await Self.start(app)
            let before = try await ReviewFixtures.find(app, id)
            let response = try await Self.upload(&filer, id, xlsx, version: before.version)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasSuffix("?workbook=0") == true)
            #expect(try await ReviewFixtures.find(app, id).version == before.version)
        }
    }

    @Test("one bad cell: listed with its sheet and reference, and nothing is changed", arguments: TestDatabase.all)
    func badCell(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a filled workbook with good values and one self-score written in words
            var (id, xlsx, leaves, filer) = try await Self.start(app)
            try #require(leaves.count >= 2)
            let before = try await ReviewFixtures.find(app, id)
            var filled = try XlsxEdit.edit(xlsx, sheet: "评分表", ["E5": .number("1.5"), "E6": .text("九十")])
            filled = try XlsxEdit.edit(filled, sheet: "收支情况", ["B5": .number("1234.5")])
            // when it is uploaded
            let response = try await Self.upload(&filer, id, filled, version: before.version)
            // then the cell is named and nothing changed
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("评分表!E6：自评得分“九十”不是数字"))
            #expect(response.body.string.contains("没有改动任何内容"))
            let after = try await ReviewFixtures.find(app, id)
            #expect(after.version == before.version)
            #expect(after.evaluation == before.evaluation)
        }
    }

    @Test("a workbook uploaded against an older version is refused (409) and changes nothing", arguments: [TestDatabase.sqlite])
    func staleVersion(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var (id, xlsx, _, filer) = try await Self.start(app)
            let loaded = try await ReviewFixtures.find(app, id)
            // someone saves after the editor was loaded
            let saved = try await ReviewFixtures.set(app, id, status: .draft, narrative: "他人的修改")
            let filled = try XlsxEdit.edit(xlsx, sheet: "评分表", ["E5": .number("1.5")])
            let response = try await Self.upload(&filer, id, filled, version: loaded.version)
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("第 \(saved.version) 版"))
            let after = try await ReviewFixtures.find(app, id)
            #expect(after.version == saved.version)
            #expect(after.evaluation == saved.evaluation)
        }
    }

    @Test("a file that is not a workbook, and another unit's filer, change nothing", arguments: [TestDatabase.sqlite])
    func refused(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var (id, xlsx, _, filer) = try await Self.start(app)
            let before = try await ReviewFixtures.find(app, id)
            let notZip = try await Self.upload(&filer, id, Data("不是表格".utf8), version: before.version)
            #expect(notZip.status == .unprocessableEntity)
            #expect(notZip.body.string.contains(XlsxReadErrorText.notXlsx))
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let filled = try XlsxEdit.edit(xlsx, sheet: "评分表", ["E5": .number("1.5")])
            let other = try await Self.upload(&reviewer, id, filled, version: before.version)
            #expect(other.status == .forbidden)
            #expect(try await ReviewFixtures.find(app, id).version == before.version)
        }
    }
}

/// The message of a file that is not an .xlsx, as the page shows it.
enum XlsxReadErrorText {
    static let notXlsx = "不是 .xlsx 工作簿"
}
