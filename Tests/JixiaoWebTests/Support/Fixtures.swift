import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Vapor

@testable import JixiaoWeb

/// Seeded data the tests use.
enum Fixtures {
    static let filerUnit = "wuhua-data"
    static let otherUnit = "xinfeng-service"

    /// Id of the seeded evaluation of unit `code`.
    static func evaluationID(_ app: Application, unit code: String = filerUnit) async throws -> String {
        let rows = try await FluentEvaluationRepository(database: app.db).list(EvaluationFilter(unitCodes: [code]))
        guard let id = rows.first?.id else { throw Abort(.notFound, reason: "no seeded evaluation for \(code)") }
        return id
    }

    /// A new API token for demo user `username`.
    static func token(_ app: Application, for username: String) async throws -> String {
        let accounts = FluentAccountRepository(database: app.db)
        guard let id = try await accounts.user(username: username)?.id else { throw Abort(.notFound) }
        let token = TokenAuthMiddleware.newToken()
        try await accounts.addToken(userID: id, name: "test", tokenHash: TokenAuthMiddleware.hash(token))
        return token
    }

    /// Demo user name of each role (the approver and filer belong to `filerUnit`).
    static func username(_ role: Role) -> String {
        switch role {
        case .admin: return "admin"
        case .reviewer: return "reviewer"
        case .filer: return "filer"
        case .approver: return "approver"
        }
    }

    /// The editor's form fields as the page shows them.
    static func form(_ browser: inout Browser, _ id: String) async throws -> [String: String] {
        let html = try await browser.get("/evaluations/\(id)").body.string
        var fields: [String: String] = [:]
        let pattern = #"<input type="(?:text|hidden)" name="([^"]+)"(?: id="[^"]*")? value="([^"]*)""#
        let regex = try NSRegularExpression(pattern: pattern)
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            if let name = Range(match.range(at: 1), in: html), let value = Range(match.range(at: 2), in: html) {
                fields[String(html[name])] = String(html[value])
            }
        }
        fields.removeValue(forKey: "_csrf")
        return fields
    }

    /// A complete evaluation (the wuhua 2023 example) stored as a draft of the filer's unit.
    static func completeEvaluationID(_ app: Application) async throws -> String {
        try await FluentEvaluationRepository(database: app.db).create(
            try await completeEvaluation(app), metrics: .init(),
            by: "test"
        ).id
    }

    /// The wuhua 2023 example as a draft of the filer's unit, not stored.
    static func completeEvaluation(_ app: Application) async throws -> Evaluation {
        var e = try EvaluationReader.read(url: packageRoot().appendingPathComponent("examples/wuhua-2023.yaml")).evaluation
        guard let unit = try await FluentAccountRepository(database: app.db).unit(code: filerUnit) else { throw Abort(.notFound) }
        e.unit = unit
        e.status = .draft
        return e
    }

    /// The package root (the folder holding Package.swift), found from this file.
    static func packageRoot(_ file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }
}
