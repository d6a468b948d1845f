import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Stored XSS: hostile text in every field any role can set, rendered on every page for
/// every role, parsed as a browser would: it must come back as text, never as markup.
@Suite("Stored XSS: hostile text on every page", .timeLimit(.minutes(10)))
struct StoredXSSTests {
    @Test(
        "hostile text in every field is shown literally, never as markup, on every page for every role",
        arguments: [TestDatabase.sqlite])
    func everyPage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let h = HostileText.text
            let id = try await Fixtures.evaluationID(app)
            // given: what the administrator sets (a unit, a user's name, an uploaded framework)
            var admin = try await Self.signedIn(app, "admin")
            let unit = try await admin.post("/admin/units", form: ["code": "u" + h, "name": "单位" + h, "region": h])
            let filerID = try await AdminFixtures.userID(app, "filer")
            let user = try await admin.post(
                "/admin/users/\(filerID)",
                form: ["displayName": "张三" + h, "role": "filer", "unit": Fixtures.filerUnit])
            let framework = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "x.yaml",
                content: try Self.hostileFramework())
            #expect(
                unit.status.code < 400 && user.status.code < 400 && framework.status.code < 400,
                "\(unit.status) \(user.status) \(framework.status)")
            let unitID = try await AdminFixtures.unitID(app, "u" + h)
            // a published evaluation of that unit (lists, queue, dashboard charts, public list show its name)
            var copy = try await ReviewFixtures.find(app, id).evaluation
            copy.unit = try #require(try await FluentAccountRepository(database: app.db).unit(code: "u" + h))
            copy.status = .published
            _ = try await FluentEvaluationRepository(database: app.db)
                .create(copy, metrics: try await app.frameworks.analyze(copy).metrics, by: "张三" + h)
            // what the filer sets: every text field of the editor
            var filer = try await Self.signedIn(app, "filer")
            var form = try await Self.editorForm(&filer, id)
            for key in form.keys where Self.isText(key) { form[key] = h }
            let saved = try await filer.post("/evaluations/\(id)", form: form)
            let token = try await filer.post("/account/tokens", form: ["name": h])
            #expect(token.status.code < 400, "token answered \(token.status)")
            #expect(saved.status == .seeOther, "save answered \(saved.status)")
            let analyze = try await filer.post("/evaluations/\(id)/analyze", form: form)
            // what the reviewer sets: review comments, a return reason and a field note
            try await ReviewFixtures.set(app, id, status: .approved)
            var reviewer = try await Self.signedIn(app, "reviewer")
            let review = HTMLTokens(try await reviewer.get("/review/\(id)").body.string)
            let rows = review.elements.compactMap { $0.attribute("data-indicator") }
            let version = review.elements.first { $0.attribute("name") == "version" }?.attribute("value") ?? ""
            var scores = ["version": version]
            for row in rows { scores["comment.\(row)"] = h }
            let scored = try await reviewer.post("/review/\(id)/scores", form: scores)
            let returned = try await reviewer.post(
                "/evaluations/\(id)/workflow",
                form: [
                    "action": "sendBack", "reason": h, "noteField1": "filing.filedBy", "noteText1": h,
                ])
            #expect(!rows.isEmpty)
            #expect(scored.status == .seeOther && returned.status == .seeOther, "\(scored.status) \(returned.status)")

            // when every role opens every page
            var problems: [String] = []
            var shown: Set<String> = []
            func check(_ who: String, _ path: String, _ response: TestingHTTPResponse) {
                let html = response.body.string
                guard response.headers.contentType?.subType == "html" || html.hasPrefix("<") else { return }
                problems += HostileText.problems(html).map { "\(who) \(path): \($0)" }
                if HostileText.showsLiterally(html) || HostileText.showsLiterally(html, HostileText.pathText) {
                    shown.insert("\(who) \(path)")
                }
            }
            check("filer", "analyze", analyze)
            let paths = Self.pagePaths(evaluation: id, unit: unitID, user: filerID)
            for who in ["anonymous", "filer", "approver", "reviewer", "admin"] {
                var browser = who == "anonymous" ? Browser(app: app) : try await Self.signedIn(app, who)
                for path in paths { check(who, path, try await browser.get(path)) }
            }
            // and again once it is published
            try await ReviewFixtures.set(app, id, status: .published)
            for who in ["anonymous", "filer", "reviewer", "admin"] {
                var browser = who == "anonymous" ? Browser(app: app) : try await Self.signedIn(app, who)
                for path in ["/public", "/public/\(id)"] { check(who + " (published)", path, try await browser.get(path)) }
            }

            // then nothing is markup, and the text comes back whole where it is shown
            #expect(problems.isEmpty, "\(problems)")
            let expected = [
                "filer /evaluations/\(id)", "reviewer /review/\(id)", "admin /admin",
                "filer /evaluations/new", "filer /evaluations/upload", "reviewer /evaluations/\(id)/history",
                "admin /admin/units/\(unitID)", "admin /admin/users/\(filerID)", "filer analyze",
                "anonymous (published) /public/\(id)", "filer /evaluations/\(id)/report/html",
                "admin /admin/frameworks/\(HostileText.pathSegment(HostileText.pathText))",
                "admin /evaluations", "filer /account/tokens", "reviewer /review", "reviewer /dashboard", "anonymous /public",
            ]
            for page in expected { #expect(shown.contains(page), "\(page) does not show the text literally") }
            // and the administrator's link to the hostile framework leads to it
            var admin2 = try await Self.signedIn(app, "admin")
            let links = HTMLTokens(try await admin2.get("/admin").body.string).elements.compactMap { $0.attribute("href") }
            let link = try #require(links.first { $0 == "/admin/frameworks/" + Self.hostileFrameworkSegment })
            #expect(try await admin2.get(link).status == .ok)
        }
    }

    /// A browser signed in as `username` holding the token of its signed-in session.
    static func signedIn(_ app: Application, _ username: String) async throws -> Browser {
        var browser = try await Browser.signedIn(app, as: username)
        _ = try await browser.get("/account/password")
        return browser
    }

    /// The hostile framework id as a path segment.
    static let hostileFrameworkSegment = SiteURL.segment(HostileText.pathText)

    /// Every page (GET, HTML) of the route table with its parameters filled in.
    static func pagePaths(evaluation: String, unit: String, user: String) -> [String] {
        RouteTable.all().filter { rule in
            rule.method == .GET && !rule.url.path.hasPrefix("/api/") && !rule.url.path.hasPrefix("/assets/")
                && !rule.url.path.hasPrefix("/exports/") && !rule.url.path.hasSuffix(".docx")
                && !rule.url.path.hasSuffix(".xlsx") && !rule.url.path.hasSuffix(".json") && rule.url != .health
        }.map { rule in
            let id: String
            switch rule.url {
            case .adminUnit: id = unit
            case .adminUser: id = user
            case .adminFramework: id = hostileFrameworkSegment
            default: id = evaluation
            }
            return rule.url.path.replacingOccurrences(of: SiteURL.parameter, with: id)
                .replacingOccurrences(of: SiteURL.formatParameter, with: "html")
        }
    }

    /// The editor's fields (inputs, text areas, selected options) as a browser would post them.
    static func editorForm(_ browser: inout Browser, _ id: String) async throws -> [String: String] {
        let tokens = HTMLTokens(try await browser.get("/evaluations/\(id)").body.string)
        var fields: [String: String] = [:]
        var select: String?
        for element in tokens.elements {
            switch element.name {
            case "input", "textarea":
                if let name = element.attribute("name"), element.attribute("type") != "submit" {
                    fields[name] = element.attribute("value") ?? ""
                }
            case "select":
                select = element.attribute("name")
                if let select { fields[select] = "" }
            case "option":
                if let select, fields[select] == "" || element.attribute("selected") != nil {
                    fields[select] = element.attribute("value") ?? ""
                }
            default: break
            }
        }
        return fields
    }

    /// Editor fields that take free text.
    static func isText(_ key: String) -> Bool {
        ["filing.filedBy", "filing.phone", "project.name"].contains(key) || key.hasPrefix("narrative.")
            || (key.hasPrefix("indicators.") && key.hasSuffix(".note"))
            || (key.hasPrefix("target.") && ["levels", "name", "unit", "note"].contains(key.split(separator: ".").last.map(String.init)))
    }

    /// The built-in framework with a hostile id, title and indicator name.
    static func hostileFramework() throws -> String {
        try AdminFixtures.yaml(id: HostileText.yaml(HostileText.pathText))
            .replacingOccurrences(of: "title: 广东省县级部门整体支出绩效自评指标体系", with: "title: " + HostileText.yaml(HostileText.text))
            .replacingOccurrences(of: "- name: 预算编制合理性", with: "- name: " + HostileText.yaml("预算编制合理性" + HostileText.text))
    }
}
