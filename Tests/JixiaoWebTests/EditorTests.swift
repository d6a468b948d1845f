import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Filing an evaluation", .timeLimit(.minutes(10)))
struct EditorTests {
    @Test("create from a framework, fill figures, see a live finding, save, history", arguments: TestDatabase.all)
    func fill(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            // 2023: the unit's 2024 department-wide evaluation is seeded (one per unit, year and kind)
            let created = try await browser.post(
                "/evaluations",
                form: [
                    "framework": "guangdong-county-department",
                    "year": "2023", "unit": Fixtures.filerUnit,
                ])
            let location = try #require(created.headers.first(name: .location))
            let editor = try await browser.get(location)
            #expect(editor.body.string.contains("部门职能"))
            let figures = [
                "version": "1", "filing.filedBy": "张三", "figures.expenditureTotal": "1,174.46",
                "figures.basicExpenditure": "1000", "figures.projectExpenditure": "100",
                "targets.0.name": "办件量", "targets.0.direction": "≥", "targets.0.target": "3000",
                "targets.0.unit": "件", "targets.0.actual": "3460",
            ]
            // when
            let live = try await browser.post(location + "/analyze", form: figures)
            let saved = try await browser.post(location, form: figures)
            let page = try await browser.get(try #require(saved.headers.first(name: .location)))
            let history = try await browser.get(location + "/history")
            // then
            #expect(live.body.string.contains("sum.expenditure"))
            #expect(
                live.body.string.contains(
                    "基本支出 1,000.00 万元 + 项目支出 100.00 万元 = 1,100.00 万元，"
                        + "与支出合计 1,174.46 万元不符（相差 74.46 万元）"))
            #expect(saved.status == .seeOther)
            #expect(page.body.string.contains(WebText.saved))
            #expect(page.body.string.contains("value=\"1174.46\""))
            #expect(page.body.string.contains("第 2 版"))
            #expect(history.body.string.contains("五华填报人"))
            #expect(history.body.string.contains("1,174.46 万元"))
        }
    }

    @Test("a bad number keeps the input and names the field", arguments: [TestDatabase.sqlite])
    func badNumber(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            // when
            let response = try await browser.post(
                "/evaluations/\(id)",
                form: [
                    "version": "1", "figures.incomeTotal": "一千",
                    "filing.phone": "0751-6920122",
                ])
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("“一千”\(WebText.numberInvalid)"))
            #expect(response.body.string.contains("0751-6920122"))
        }
    }

    @Test("submit is blocked while blocking findings remain, then succeeds", arguments: TestDatabase.all)
    func submit(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.completeEvaluationID(app)
            var form = try await Fixtures.form(&browser, id)
            form["figures.basicExpenditure"] = "500.00"
            form["figures.projectExpenditure"] = "100.00"
            _ = try await browser.post("/evaluations/\(id)", form: form)
            // when
            let blocked = try await browser.post("/evaluations/\(id)/submit", form: ["version": "2"])
            form["version"] = "2"
            form["figures.basicExpenditure"] = ""
            form["figures.projectExpenditure"] = ""
            // what the example leaves open (the checks above name these)
            form["indicators.财政拨款收入预决算差异率.note"] = "追加预算未及时调整"
            form["indicators.社会经济环境效益.note"] = "部分工作尚在推进"
            for section in ReportSection.required(for: .departmentWide) {
                form["narrative.\(section.key)"] = "\(section.title)：本局情况说明"
            }
            for (figure, value) in [
                ("fixedAssetsInUse", "100"), ("fixedAssetsTotal", "100"),
                ("publicExpenditure", "50"), ("publicExpenditureBudget", "60"),
            ] {
                form["figures.\(figure)"] = value
            }
            _ = try await browser.post("/evaluations/\(id)", form: form)
            let submitted = try await browser.post("/evaluations/\(id)/submit", form: ["version": "3"])
            let after = try await browser.get("/evaluations/\(id)")
            // then
            #expect(blocked.status == .unprocessableEntity)
            #expect(blocked.body.string.contains(WebText.submitBlocked))
            #expect(blocked.body.string.contains("sum.expenditure"))
            #expect(blocked.body.string.contains("deviation.missing"))
            #expect(submitted.status == .seeOther)
            #expect(after.body.string.contains("状态：已提交"))
            #expect(!after.body.string.contains("id=\"save\""))
        }
    }

    @Test("an uploaded text report starts a draft", arguments: [TestDatabase.sqlite])
    func upload(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            // when
            let response = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2023")],
                fileField: "report", filename: "report.txt", content: "填报人：李四\n联系电话：13719971687\n一、部门基本情况")
            // then
            #expect(response.status == .created)
            #expect(response.body.string.contains("value=\"李四\""))
            #expect(response.body.string.contains("document-findings"))
        }
    }
}
