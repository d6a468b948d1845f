import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: fiscal years", .timeLimit(.minutes(10)))
struct AdminYearTests {
    @Test(
        "the year's default framework is preselected; a closed or unknown year is refused on the form and the API",
        arguments: TestDatabase.all)
    func defaultsAndClosedYears(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: 2024's project default becomes the uploaded copy, and 2023 is closed
            var admin = try await Browser.signedIn(app, as: "admin")
            _ = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "p.yaml",
                content: try AdminFixtures.yaml(id: "gd-2024"))
            let saved = try await admin.post(
                "/admin/years/2024",
                form: [
                    "state": "open", "default.departmentWide": "gd-2024", "default.project": "mof-2020-project",
                ])
            let closed = try await admin.post(
                "/admin/years/2023",
                form: [
                    "state": "closed", "default.departmentWide": "guangdong-county-department",
                ])
            let wrongKind = try await admin.post("/admin/years/2024", form: ["default.project": "gd-2024"])
            var filer = try await Browser.signedIn(app, as: "filer")
            var api = try await ReviewFixtures.api(app, as: "filer")
            // and the unit has no 2024 department-wide evaluation yet (one per unit, year and kind)
            try await EvaluationRecord.query(on: app.db)
                .filter(\.$unitCode == Fixtures.filerUnit).filter(\.$fiscalYear == 2024).delete()
            // when
            let page = try await filer.get("/evaluations/new?year=2024")
            let projectPage = try await filer.get("/evaluations/new?year=2024&kind=project")
            let refused = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "guangdong-county-department",
                    "year": "2023", "unit": Fixtures.filerUnit,
                ])
            let unknown = try await filer.post(
                "/evaluations",
                form: [
                    "framework": "guangdong-county-department",
                    "year": "2030", "unit": Fixtures.filerUnit,
                ])
            let apiClosed = try await api.json(.POST, "/api/v1/evaluations", Self.body(year: 2023, framework: ""))
            let apiDefault = try await api.json(.POST, "/api/v1/evaluations", Self.body(year: 2024, framework: ""))
            let years = try await api.get("/api/v1/fiscal-years").content.decode([FiscalYearDTO].self)
            // then
            #expect(saved.status == .seeOther && closed.status == .seeOther)
            #expect(wrongKind.status == .unprocessableEntity)
            #expect(wrongKind.body.string.contains("不是「项目支出绩效自评」类型"))
            #expect(page.body.string.contains("<option value=\"gd-2024\" selected=\"selected\">"))
            #expect(projectPage.body.string.contains("<option value=\"mof-2020-project\" selected=\"selected\">"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("2023 年度已关闭填报，不能新建评价。"))
            #expect(unknown.body.string.contains("2030 年度尚未设立"))
            #expect(apiClosed.status == .unprocessableEntity)
            #expect(apiClosed.body.string.contains("2023 年度已关闭填报"))
            #expect(apiDefault.status == .created)
            #expect(try apiDefault.content.decode(EvaluationDTO.self).evaluation.frameworkID == "gd-2024")
            #expect(years.first { $0.year == 2024 }?.defaults == ["departmentWide": "gd-2024", "project": "mof-2020-project"])
            #expect(years.first { $0.year == 2023 }?.open == false)
            let year = try await FluentFiscalYearRepository(database: app.db).find(2023)
            #expect(year?.isOpen == false)
            #expect(try await FluentAdminLog(database: app.db).recent().contains { $0.action == "修改年度" && $0.by == "系统管理员" })
        }
    }

    @Test(
        "a draft of a closed year cannot be saved or submitted, on the page, the API or the workflow; reopening the year allows it",
        arguments: TestDatabase.all)
    func closedYearFreezesDrafts(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: a complete 2023 draft of the filer's unit, and 2023 closed
            let id = try await Fixtures.completeEvaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var form = try await Fixtures.form(&filer, id)
            var api = try await ReviewFixtures.api(app, as: "filer")
            let dto = try await api.get("/api/v1/evaluations/\(id)").content.decode(EvaluationDTO.self)
            var admin = try await Browser.signedIn(app, as: "admin")
            _ = try await admin.post("/admin/years/2023", form: ["state": "closed"])
            form["filing.phone"] = "0753-4432100"
            let update = String(
                decoding: try JSONEncoder().encode(EvaluationUpdateDTO(version: dto.version, evaluation: dto.evaluation)),
                as: UTF8.self)
            // when
            let page = try await filer.get("/evaluations/\(id)")
            let saved = try await filer.post("/evaluations/\(id)", form: form)
            let submitted = try await filer.post("/evaluations/\(id)/submit", form: ["version": "\(dto.version)"])
            let apiSaved = try await api.json(.PUT, "/api/v1/evaluations/\(id)", update)
            let apiSubmitted = try await api.json(.POST, "/api/v1/evaluations/\(id)/workflow", #"{"action":"submit"}"#)
            _ = try await admin.post("/admin/years/2023", form: ["state": "open"])
            let reopened = try await filer.post("/evaluations/\(id)", form: form)
            // then
            let message = "2023 年度已关闭填报，草稿不能再修改或提交"
            #expect(page.body.string.contains(message))
            #expect(saved.status == .conflict && saved.body.string.contains(message))
            #expect(submitted.status == .unprocessableEntity && submitted.body.string.contains(message))
            #expect(apiSaved.status == .conflict && apiSaved.body.string.contains(message))
            #expect(apiSubmitted.status == .conflict && apiSubmitted.body.string.contains(message))
            #expect(reopened.status == .seeOther)
            let stored = try await FluentEvaluationRepository(database: app.db).find(id: id)
            #expect(stored?.evaluation.status == .draft)
            #expect(stored?.evaluation.filing.phone == "0753-4432100")
            #expect(stored?.version == dto.version + 1)
        }
    }

    @Test("the demo seed opens the years its evaluations use, with defaults per kind", arguments: [TestDatabase.sqlite])
    func seededYears(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // when
            let years = try await FluentFiscalYearRepository(database: app.db).all()
            var admin = try await Browser.signedIn(app, as: "admin")
            let added = try await admin.post(
                "/admin/years",
                form: [
                    "year": "2031", "state": "open",
                    "default.project": "mof-2020-project",
                ])
            let duplicate = try await admin.post("/admin/years", form: ["year": "2031"])
            // then
            #expect(years.contains { $0.year == 2024 && $0.isOpen })
            #expect(years.allSatisfy { $0.defaults[.departmentWide] == "guangdong-county-department" })
            #expect(years.allSatisfy { $0.defaults[.project] == "mof-2020-project" })
            #expect(added.status == .seeOther && duplicate.status == .unprocessableEntity)
            #expect(try await FluentFiscalYearRepository(database: app.db).find(2031)?.defaults == [.project: "mof-2020-project"])
        }
    }

    static func body(year: Int, framework: String) -> String {
        """
        {"kind":"departmentWide","unit":{"name":"x","code":"wuhua-data"},"fiscalYear":\(year),"frameworkID":"\(framework)",
         "status":"draft","filing":{},"figures":{},"targets":[],"indicators":{},"narrative":[]}
        """
    }
}
