import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Demo units, one user per role and a few evaluations, seeded into an empty database.
public enum DemoData {
    /// The password of every demo account.
    public static let password = "jixiao-demo"

    struct DemoUser {
        var username: String
        var name: String
        var role: Role
        var unit: String
    }

    static let finance = JixiaoCore.Unit(name: "示例县财政局", code: "finance", region: "广东省")
    static let units: [JixiaoCore.Unit] = [
        finance,
        .init(name: "五华县政务服务数据管理局", code: "wuhua-data", region: "广东省梅州市五华县"),
        .init(name: "新丰县行政服务中心", code: "xinfeng-service", region: "广东省韶关市新丰县"),
    ]
    static let users: [DemoUser] = [
        .init(username: "admin", name: "系统管理员", role: .admin, unit: "finance"),
        .init(username: "reviewer", name: "财政审核员", role: .reviewer, unit: "finance"),
        .init(username: "filer", name: "五华填报人", role: .filer, unit: "wuhua-data"),
        .init(username: "approver", name: "五华负责人", role: .approver, unit: "wuhua-data"),
        .init(username: "filer-xinfeng", name: "新丰填报人", role: .filer, unit: "xinfeng-service"),
    ]

    /// "filer（部门填报，五华县政务服务数据管理局）" per demo user.
    public static var loginLines: [String] {
        users.map { user in
            "\(user.username)（\(user.role.label)，\(units.first { $0.code == user.unit }?.name ?? user.unit)）"
        }
    }

    /// Seeds when the database has no unit yet; returns true when it seeded.
    @discardableResult
    public static func seedIfEmpty(_ app: Application) async throws -> Bool {
        let accounts = FluentAccountRepository(database: app.db)
        guard try await accounts.isEmpty() else { return false }
        for unit in units { try await accounts.create(unit, code: unit.code ?? unit.name) }
        let hash = try await app.password.async.hash(password)
        for user in users {
            try await accounts.create(
                UserAccount(
                    id: UUID(), username: user.username, displayName: user.name,
                    role: user.role, unitCode: user.unit), passwordHash: hash, log: nil)
        }
        let repository = FluentEvaluationRepository(database: app.db)
        let examples = app.services.settings.examplesFolder.map { DemoEvaluations.examples(folder: $0, units: units) } ?? []
        let evaluations = DemoEvaluations.all(units: units) + examples
        for evaluation in evaluations {
            _ = try await repository.create(evaluation, metrics: try await app.frameworks.analyze(evaluation).metrics, by: "系统初始化")
        }
        let years = FluentFiscalYearRepository(database: app.db)
        for year in fiscalYears(Set(evaluations.map(\.fiscalYear))) { try await years.save(year, by: "系统初始化") }
        return true
    }

    /// The demo's years run from its oldest example (2021) to last year (the forms' default);
    /// years before `firstOpenYear` are history and closed.
    static let firstYear = 2021, firstOpenYear = 2023

    /// Every year from `firstYear` (or an older one in use) to last year (or a newer one in use);
    /// defaults are the Guangdong county framework for 部门整体 and the MOF 2020 framework for 项目.
    static func fiscalYears(_ used: Set<Int>) -> [FiscalYear] {
        let all = used.union([firstYear, ReviewController.defaultYear])
        return Array((all.min() ?? firstYear)...(all.max() ?? firstYear)).map { year in
            FiscalYear(
                year: year, isOpen: year >= firstOpenYear,
                defaults: [.departmentWide: "guangdong-county-department", .project: "mof-2020-project"])
        }
    }
}
