import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// The checks of issue 13 item 6 (and issue 12 row 12) through the editor: each is a
/// finding in the live panel, and what was typed is kept as typed.
@Suite("Editor checks: income sum, stated total, negative values, 评价结果", .timeLimit(.minutes(10)))
struct EditorChecksTests {
    @Test(
        "收入合计 ≠ 财政拨款收入 + 其他收入, a negative 收入合计 and a negative self-score are findings",
        arguments: [TestDatabase.sqlite])
    func figuresAndScores(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            var form = try await Fixtures.form(&browser, id)
            let framework = try #require(
                try await app.frameworks.framework(
                    id: try await ReviewFixtures.find(app, id).evaluation.frameworkID))
            func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? [i] : i.children.flatMap(leaves) }
            let leafID = try #require(framework.indicators.flatMap(leaves).first { $0.rule == .manual }?.id)
            let leaf = "indicators.\(leafID).selfScore"
            form["figures.incomeTotal"] = "600"
            form["figures.fiscalIncome"] = "563.02"
            form["figures.otherIncome"] = "20"
            // when
            let sum = try await browser.post("/evaluations/\(id)/analyze", form: form).body.string
            form["figures.incomeTotal"] = "583.02"
            let sumHolds = try await browser.post("/evaluations/\(id)/analyze", form: form).body.string
            form["figures.incomeTotal"] = "-583.02"
            form["figures.fiscalIncome"] = "-563.02"
            form["figures.otherIncome"] = "-20"
            form[leaf] = "-1"
            let negative = try await browser.post("/evaluations/\(id)/analyze", form: form).body.string
            let saved = try await browser.post("/evaluations/\(id)", form: form)
            let page = try await browser.get("/evaluations/\(id)").body.string
            // then
            #expect(sum.contains("sum.income"))
            #expect(sum.contains("583.02"))
            #expect(!sumHolds.contains("sum.income"))
            #expect(negative.contains("figure.negative"))
            #expect(negative.contains("收入合计为 -583.02 万元，不能为负数"))
            #expect(negative.contains("score.negative"))
            #expect(saved.status == .seeOther)
            #expect(page.contains("name=\"\(leaf)\"") && page.contains("value=\"-1\""))
            let stored = try await ReviewFixtures.find(app, id).evaluation
            #expect(stored.indicators[leafID]?.selfScore == -1)
        }
    }

    @Test("a stated 自评总分 unlike the computed total is a finding", arguments: [TestDatabase.sqlite])
    func statedTotal(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.completeEvaluationID(app)
            var form = try await Fixtures.form(&browser, id)
            let computed = try #require(try await app.frameworks.analyze(ReviewFixtures.find(app, id).evaluation).score?.total)
            // when
            form["statedTotal"] = (computed + 1).description
            let wrong = try await browser.post("/evaluations/\(id)/analyze", form: form).body.string
            form["statedTotal"] = computed.description
            let right = try await browser.post("/evaluations/\(id)/analyze", form: form).body.string
            // then
            #expect(wrong.contains("score.total-mismatch"))
            #expect(!right.contains("score.total-mismatch"))
        }
    }

    @Test("every qualitative leaf has a 评价结果 select, and the choice is saved", arguments: [TestDatabase.sqlite])
    func outcome(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given the seeded evaluation on a framework with qualitative leaves
            var browser = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.find(app, id)
            let framework = try #require(try await app.frameworks.framework(id: stored.evaluation.frameworkID))
            func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? [i] : i.children.flatMap(leaves) }
            let all = framework.indicators.flatMap(leaves)
            let qualitative = all.filter { if case .qualitative = $0.rule { return true } else { return false } }
            let manual = try #require(all.first { if case .manual = $0.rule { return true } else { return false } })
            let first = try #require(qualitative.first)
            let editor = try await browser.get("/evaluations/\(id)").body.string
            var form = try await Fixtures.form(&browser, id)
            // when
            form["indicators.\(first.id).outcome"] = QualitativeOutcome.achieved.rawValue
            form["indicators.\(first.id).selfScore"] = "9"
            let saved = try await browser.post("/evaluations/\(id)", form: form)
            let after = try await ReviewFixtures.find(app, id).evaluation
            let panel = try await browser.get("/evaluations/\(id)").body.string
            // then
            #expect(qualitative.count >= 1)
            for leaf in qualitative { #expect(editor.contains("name=\"indicators.\(leaf.id).outcome\""), "\(leaf.name)") }
            #expect(!editor.contains("name=\"indicators.\(manual.id).outcome\""))
            #expect(saved.status == .seeOther)
            #expect(after.indicators[first.id]?.outcome == .achieved)
            #expect(panel.contains("<option value=\"achieved\" selected"))
            // and 「（未选择）」 sends an empty value, read as none
            form["indicators.\(first.id).outcome"] = ""
            form["version"] = String(try await ReviewFixtures.find(app, id).version)
            _ = try await browser.post("/evaluations/\(id)", form: form)
            #expect(try await ReviewFixtures.find(app, id).evaluation.indicators[first.id]?.outcome == nil)
        }
    }

    @Test(
        "checklist leaves have their items to tick and deduction leaves a count; both are saved",
        arguments: [TestDatabase.sqlite])
    func checklistAndBreaches(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a 2023 evaluation on the Hunan framework (checklist and deduction leaves)
            var browser = try await Browser.signedIn(app, as: "filer")
            let created = try await browser.post(
                "/evaluations",
                form: [
                    "framework": "hunan-department", "year": "2023", "unit": Fixtures.filerUnit,
                ])
            let path = try #require(created.headers.first(name: .location))
            let id = try #require(path.split(separator: "/").last.map(String.init))
            let framework = try #require(try await app.frameworks.framework(id: "hunan-department"))
            func leaves(_ i: Indicator) -> [Indicator] { i.children.isEmpty ? [i] : i.children.flatMap(leaves) }
            let all = framework.indicators.flatMap(leaves)
            let checklist = try #require(all.first { if case .checklist = $0.rule { return true } else { return false } })
            let deductions = try #require(all.first { if case .deductions = $0.rule { return true } else { return false } })
            guard case .checklist(let items) = checklist.rule else { return }
            let editor = try await browser.get(path).body.string
            var form = try await Fixtures.form(&browser, id)
            // when one item is ticked and two breaches are counted (a browser sends every field, empty ones too)
            form["indicators.\(checklist.id).selfScore"] = ""
            form["indicators.\(deductions.id).selfScore"] = ""
            form[EvaluationForm.checkedField(checklist.id, item: items[0].name)] = "1"
            form["indicators.\(checklist.id).checklist"] = "1"
            form["indicators.\(deductions.id).breaches"] = "2"
            let saved = try await browser.post(path, form: form)
            let stored = try await ReviewFixtures.find(app, id).evaluation
            let page = try await browser.get(path).body.string
            form["indicators.\(deductions.id).breaches"] = "两处"
            form["version"] = String(try await ReviewFixtures.find(app, id).version)
            let bad = try await browser.post(path, form: form)
            // then
            for item in items {
                #expect(editor.contains("name=\"\(HTMLEscape.escape(EvaluationForm.checkedField(checklist.id, item: item.name)))\""))
            }
            #expect(editor.contains("name=\"indicators.\(HTMLEscape.escape(deductions.id)).breaches\""))
            #expect(saved.status == .seeOther)
            #expect(stored.indicators[checklist.id]?.checked == [items[0].name])
            #expect(stored.indicators[deductions.id]?.breaches == 2)
            #expect(page.contains("checked=\"checked\""))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("“两处”\(WebText.numberInvalid)"))
        }
    }
}
