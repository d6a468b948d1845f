import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15: a refused save says so at the top and at the field, the panel's words match what
/// a finding does, and autosave saves under the version check.
@Suite("Findings and errors at the field; autosave", .timeLimit(.minutes(10)))
struct FieldFeedbackTests {
    @Test(
        "a save refused for a bad value: banner at the top, message at the field, input kept",
        arguments: [TestDatabase.sqlite])
    func refusedSave(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            var form = try await Fixtures.form(&filer, id)
            form["figures.incomeTotal"] = "一千二"
            // when
            let refused = try await filer.post("/evaluations/\(id)", form: form)
            // then
            let html = refused.body.string
            let tokens = HTMLTokens(html)
            #expect(refused.status == .unprocessableEntity)
            let banner = try #require(tokens.elements.firstIndex { $0.attribute("id") == "error" })
            let input = try #require(tokens.elements.first { $0.attribute("name") == "figures.incomeTotal" })
            let message = try #require(tokens.elements.first { $0.attribute("id") == "figures.incomeTotal--error" })
            #expect(tokens.elements[banner].name == "p")
            #expect(html.contains(WebText.notSaved(1)))
            #expect(input.attribute("value") == "一千二")
            #expect(input.attribute("aria-invalid") == "true")
            #expect(input.attribute("aria-describedby")?.split(separator: " ").contains("figures.incomeTotal--error") == true)
            #expect(message.name == "span")
            #expect(tokens.elements.contains { $0.name == "a" && $0.attribute("href") == "#figures.incomeTotal" })
            #expect(tokens.texts.contains { $0.contains("“一千二”\(WebText.numberInvalid)") })
            let stored = try await ReviewFixtures.find(app, id)
            #expect(stored.version == 1)
        }
    }

    @Test(
        "the panel words each finding by what it does: what blocks is 错误 or 须补充, never 警告",
        arguments: [TestDatabase.sqlite])
    func panelWords(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a draft with blocking and non-blocking findings
            var filer = try await Browser.signedIn(app, as: "filer")
            let id = try await Fixtures.evaluationID(app)
            var form = try await Fixtures.form(&filer, id)
            form["filing.phone"] = "12345"
            // when
            let panel = try await filer.post("/evaluations/\(id)/analyze", form: form).body.string
            // then
            let items = HTMLTokens(panel).elements.filter { $0.name == "li" && $0.attribute("data-rule") != nil }
            #expect(items.count > 3)
            for item in items {
                let rule = try #require(item.attribute("data-rule"))
                let severity = CheckCatalog.entry(rule)?.severity
                let blocks = severity == .error || CheckCatalog.blocking.contains(rule)
                let word = item.attribute("data-word")
                #expect(blocks ? ["错误", "须补充"].contains(word) : ["警告", "提示"].contains(word), "\(rule): \(word ?? "")")
            }
            #expect(items.contains { $0.attribute("data-rule") == "meta.phone" && $0.attribute("data-word") == "警告" })
            #expect(!panel.contains("须处理后才能提交）"))
            #expect(panel.contains("提交前须处理"))
        }
    }

    @Test(
        "review notes and history rows stored under the older field names still show",
        arguments: [TestDatabase.sqlite])
    func olderNames(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given a returned evaluation whose notes and history were written with the older names
            let id = try await Fixtures.evaluationID(app)
            let repository = FluentEvaluationRepository(database: app.db)
            let stored = try await ReviewFixtures.find(app, id)
            var e = stored.evaluation
            e.status = .returned
            e.review = Review(
                returnReason: "请核对",
                fieldNotes: [
                    "figure.expenditureTotal": "支出合计有误",
                    "section.functions": "职能写得太简单",
                ])
            let old = [FieldChange(field: "figure.expenditureTotal", label: "支出合计", old: "1", new: "2")]
            _ = try await repository.update(
                id: id, expectedVersion: stored.version, evaluation: e,
                metrics: try await app.frameworks.analyze(e).metrics, by: "测试", changes: old)
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let editor = try await filer.get("/evaluations/\(id)").body.string
            let history = try await filer.get("/evaluations/\(id)/history").body.string
            // then
            let notes = HTMLTokens(editor).elements.filter { $0.attribute("class") == "review-note" }
            #expect(Set(notes.compactMap { $0.attribute("data-field") }) == ["figures.expenditureTotal", "narrative.functions"])
            #expect(editor.contains("审核意见：支出合计有误") && editor.contains("审核意见：职能写得太简单"))
            #expect(history.contains("<td>支出合计</td>"))
        }
    }

    @Test(
        "autosave saves with the version check; the same field changed meanwhile answers both values",
        arguments: [TestDatabase.sqlite])
    func autosave(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: two people open version 1
            let id = try await Fixtures.evaluationID(app)
            var alice = try await Browser.signedIn(app, as: "filer")
            var bob = try await Browser.signedIn(app, as: "admin")
            var a = try await Fixtures.form(&alice, id)
            var b = try await Fixtures.form(&bob, id)
            a["figures.incomeTotal"] = "701.00"
            b["figures.incomeTotal"] = "702.00"
            b["filing.filedBy"] = "李四"
            // when
            let saved = try await alice.post("/evaluations/\(id)/autosave", form: a)
            let conflict = try await bob.post("/evaluations/\(id)/autosave", form: b)
            // then
            #expect(saved.status == .ok)
            let savedAnswer = try saved.content.decode(AutosaveController.Answer.self)
            #expect(savedAnswer.status == "saved" && savedAnswer.version == 2)
            #expect(conflict.status == .conflict)
            let answer = try conflict.content.decode(AutosaveController.Answer.self)
            #expect(answer.status == "conflict" && answer.version == 2)
            #expect(answer.conflicts?.map(\.field) == ["figures.incomeTotal"])
            #expect(answer.conflicts?.first?.mine == "702.00" && answer.conflicts?.first?.theirs == "701.00")
            let stored = try await ReviewFixtures.find(app, id)
            #expect(stored.version == 2)
            #expect(stored.evaluation.figures["incomeTotal"] == ExactDecimal(701))
            #expect(stored.evaluation.filing.filedBy != "李四")
        }
    }
}
