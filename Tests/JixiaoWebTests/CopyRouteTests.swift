import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("从上年复制", .timeLimit(.minutes(10)))
struct CopyRouteTests {
    static let form = ["unit": Fixtures.filerUnit, "year": "2025", "kind": "departmentWide", "project": ""]

    @Test(
        "last year's texts, targets and framework start this year's draft; figures and actuals stay empty",
        arguments: TestDatabase.all)
    func copy(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given 五华's 2024 evaluation with a text
            let sourceID = try await Fixtures.evaluationID(app)
            let source = try await ReviewFixtures.set(app, sourceID, status: .published, narrative: "上年的文字")
            var filer = try await Browser.signedIn(app, as: "filer")
            let homeBefore = try await filer.get("/evaluations").body.string
            // when
            let copied = try await filer.post("/evaluations/copy", form: Self.form)
            let location = try #require(copied.headers.first(name: .location))
            let newID = String(try #require(location.split(separator: "/").last?.split(separator: "?").first))
            let editor = try await filer.get(location).body.string
            let again = try await filer.post("/evaluations/copy", form: Self.form)
            let homeAfter = try await filer.get("/evaluations").body.string
            // then
            #expect(homeBefore.contains("id=\"copy-\(sourceID)\""))
            #expect(copied.status == .seeOther)
            #expect(editor.contains(CopyText.copied))
            let new = try await ReviewFixtures.find(app, newID).evaluation
            #expect(new.fiscalYear == 2025 && new.status == .draft && new.frameworkID == source.evaluation.frameworkID)
            #expect(new.narrative.contains { $0.text == "上年的文字" })
            #expect(new.targets.map(\.name) == source.evaluation.targets.map(\.name))
            #expect(new.targets.map(\.targetValue) == source.evaluation.targets.map(\.targetValue))
            #expect(new.targets.allSatisfy { $0.actualValue == nil })
            #expect(new.figures == Figures() && new.indicators.isEmpty)
            #expect(again.status == .conflict && again.body.string.contains("不能重复创建"))
            #expect(again.body.string.contains("href=\"/evaluations/\(newID)\""))
            #expect(!homeAfter.contains("id=\"copy-\(sourceID)\""))
        }
    }

    @Test("no last year, another unit, and the API", arguments: TestDatabase.all)
    func refusals(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var filer = try await Browser.signedIn(app, as: "filer"), other = try await Browser.signedIn(app, as: "filer-xinfeng")
            var api = try await ReviewFixtures.api(app, as: "filer")
            var form = Self.form
            form["year"] = "2024"
            // when
            let noLastYear = try await filer.post("/evaluations/copy", form: form)
            let foreign = try await other.post("/evaluations/copy", form: Self.form)
            let created = try await api.json(.POST, "/api/v1/evaluations/copy", #"{"year":2025,"kind":"departmentWide"}"#)
            let duplicate = try await api.json(.POST, "/api/v1/evaluations/copy", #"{"year":2025,"kind":"departmentWide"}"#)
            let project = try await api.json(.POST, "/api/v1/evaluations/copy", #"{"year":2025,"kind":"project","project":"无此项目"}"#)
            // then
            #expect(noLastYear.status == .unprocessableEntity)
            #expect(noLastYear.body.string.contains("五华县政务服务数据管理局 没有 2023 年度的部门整体支出绩效自评，无法从上年复制"))
            #expect(foreign.status == .forbidden)
            #expect(created.status == .created)
            let dto = try created.content.decode(EvaluationDTO.self)
            #expect(dto.evaluation.fiscalYear == 2025 && dto.evaluation.unit.code == Fixtures.filerUnit)
            #expect(duplicate.status == .conflict && duplicate.body.string.contains("\"existingId\":\"\(dto.id)\""))
            #expect(project.status == .unprocessableEntity && project.body.string.contains("项目「无此项目」"))
        }
    }
}
