import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Numbers as finance documents write them, on every page that shows them (issue 13 items 1, 7, 8).
@Suite("Numbers on the pages", .timeLimit(.minutes(10)))
struct NumberDisplayTests {
    /// Creates a new 2024 project draft of its own as the filer (one department-wide
    /// evaluation per unit and year already exists); returns its path.
    static func draft(_ browser: inout Browser) async throws -> String {
        let created = try await browser.post(
            "/evaluations",
            form: [
                "framework": "mof-2020-project", "year": "2024",
                "unit": Fixtures.filerUnit,
                "project": "数字显示测试项目" + UUID().uuidString.prefix(8),
            ])
        return try #require(created.headers.first(name: .location), "\(created.body.string.suffix(600))")
    }

    @Test("a 满意度（%） of 96 is stored as 0.96 and shown as 96.00% once", arguments: [TestDatabase.sqlite])
    func percentInput(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let location = try await Self.draft(&filer)
            let id = String(location.split(separator: "/").last ?? "")
            // when the filer types 96 (and 1280.5 for an amount, 14 for a headcount)
            let saved = try await filer.post(
                location,
                form: [
                    "version": "1", "figures.satisfaction": "96",
                    "figures.fiscalIncome": "1280.5", "figures.staffAuthorized": "14",
                ])
            let editor = try await filer.get(location)
            let history = try await filer.get(location + "/history").body.string
            let stored = try await ReviewFixtures.find(app, id)
            try await ReviewFixtures.set(app, id, status: .submitted)
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            let review = try await reviewer.get("/review/\(id)")
            let html = try await filer.get("/evaluations/\(id)/report/html")
            let csv = try await reviewer.get("/exports/evaluations.csv?year=2024").body.string
            // then
            #expect(saved.status == .seeOther)
            #expect(stored.evaluation.figures["satisfaction"] == ExactDecimal("0.96"))
            #expect(editor.body.string.contains("满意度（%）"))
            #expect(editor.body.string.contains("name=\"figures.satisfaction\" id=\"figures.satisfaction\" value=\"96\""))
            for page in [review.body.string, html.body.string] {
                #expect(page.contains("96.00%"))
                #expect(page.contains("1,280.50"))
                // "9600%" was the defect; a bare "9600" may stand in a random id on the page.
                #expect(!page.contains("9600%") && !page.contains("% %") && !page.contains("%</td><td>比率"))
                #expect(!page.contains("14.00"))
            }
            #expect(review.body.string.contains("<td class=\"num\">96.00%</td><td></td>"))
            #expect(review.body.string.contains("<td class=\"num\">14</td><td>人</td>"))
            // the history shows the change as the figure reads, not as stored
            #expect(history.contains("96.00%") && history.contains("1,280.50 万元") && !history.contains(">0.96<"))
            // the year's export: the rate column says （%） and holds the percentage
            #expect(csv.contains("满意度（%）") && !csv.contains("（比率）"))
            let row = try #require(csv.components(separatedBy: "\r\n").first { $0.contains("数字显示测试项目") })
            #expect(row.contains(",96.00%,"))
        }
    }

    @Test("96% typed with its sign is the same 96%; a target of 95% is 95 in %", arguments: [TestDatabase.sqlite])
    func percentWithSign(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var filer = try await Browser.signedIn(app, as: "filer")
            let location = try await Self.draft(&filer)
            _ = try await filer.post(
                location,
                form: [
                    "version": "1", "figures.satisfaction": "96%",
                    "targets.0.levels": "产出指标/质量指标", "targets.0.name": "办结率",
                    "targets.0.direction": "≥", "targets.0.target": "95%",
                    "targets.0.actual": "９６％",
                ])
            let stored = try await ReviewFixtures.find(app, String(location.split(separator: "/").last ?? ""))
            #expect(stored.evaluation.figures["satisfaction"] == ExactDecimal("0.96"))
            // a target typed as 95% is 95 in the unit %
            let target = try #require(stored.evaluation.targets.first)
            #expect(target.targetValue == 95 && target.actualValue == 96 && target.unit == "%")
            #expect(target.targetText == nil && target.actualText == nil)
        }
    }

    @Test("a new draft without scores lists 「—」 for total and grade, not 0.00 / 差", arguments: [TestDatabase.sqlite])
    func unscoredDraft(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let location = try await Self.draft(&filer)
            let id = String(location.split(separator: "/").last ?? "")
            // when
            let list = try await filer.get("/evaluations")
            let editor = try await filer.get(location)
            let rows = try await DashboardQuery(database: app.db).rows(year: 2024)
            var client = try await ReviewFixtures.api(app, as: "filer")
            let api = try await client.get("/api/v1/evaluations/\(id)/score").body.string
            // then
            // the part before the first row holds the to-do box, whose copy buttons also name the id
            let row = try #require(list.body.string.components(separatedBy: "<tr>").dropFirst().first { $0.contains(id) })
            #expect(row.contains("<td>草稿</td><td class=\"num\">—</td><td>—</td>"))
            #expect(!row.contains("差"))
            #expect(editor.body.string.contains("得分 — / 100"))
            #expect(editor.body.string.contains("等级：—"))
            let stored = try #require(rows.first { $0.id == id })
            #expect(stored.total == nil && stored.grade == nil)
            #expect(api.contains("\"scored\":false"))
        }
    }

    @Test("drafts are counted apart: not in the average, the grades or the histogram")
    func draftsLeftOutOfAverages() {
        let rows = [
            DashboardTests.row(1, total: "90"), DashboardTests.row(2, total: "80"),
            DashboardTests.row(3, total: "20", status: .draft), DashboardTests.row(4, total: nil, status: .draft),
        ]
        let model = DashboardModel(year: 2024, rows: rows, previous: [])
        #expect(model.gradeCounts.map(\.value) == [1, 1, 0, 0])
        #expect(model.histogram.map(\.value).reduce(0, +) == 2)
        let comparison = model.comparison
        #expect(comparison.first { $0.label == "平均得分" }?.current == 85)
        #expect(comparison.first { $0.label == "评价份数" }?.current == 4)
        #expect(comparison.first { $0.label.hasPrefix("其中草稿") }?.current == 2)
        #expect(comparison.first { $0.label == "平均预算执行率" }?.kind == .rate)
    }
}
