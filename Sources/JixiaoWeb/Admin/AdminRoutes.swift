import JixiaoCore
import Vapor

/// The administration routes (administrators only); part of `RouteTable.all()`.
enum AdminRoutes {
    static func all() -> [RouteRule] {
        let id = SiteURL.parameter
        let admin = AdminController(), units = UnitAdminController(), users = UserAdminController()
        let years = YearAdminController(), frameworks = FrameworkAdminController()
        let admins = Access.page([.admin])
        return [
            .init(method: .GET, url: .admin, access: admins, handler: admin.page),
            .init(method: .POST, url: .adminUnits, access: admins, handler: units.create),
            .init(method: .GET, url: .adminUnit(id), access: admins, handler: units.page),
            .init(method: .POST, url: .adminUnit(id), access: admins, handler: units.save),
            .init(method: .POST, url: .adminUnitDelete(id), access: admins, handler: units.delete),
            .init(method: .POST, url: .adminUsers, access: admins, handler: users.create),
            .init(method: .GET, url: .adminUser(id), access: admins, handler: users.page),
            .init(method: .POST, url: .adminUser(id), access: admins, handler: users.save),
            .init(method: .POST, url: .adminUserPassword(id), access: admins, handler: users.resetPassword),
            .init(method: .POST, url: .adminUserTokenRevoke(id), access: admins, handler: users.revokeToken),
            .init(method: .POST, url: .adminUserState(id), access: admins, handler: users.setState),
            .init(method: .POST, url: .adminYears, access: admins, handler: years.create),
            .init(method: .POST, url: .adminYear(id), access: admins, handler: years.save),
            .init(method: .GET, url: .adminYearSettings(id), access: admins, handler: YearSettingsController().page),
            .init(method: .POST, url: .adminYearSettings(id), access: admins, handler: YearSettingsController().save),
            .init(method: .POST, url: .adminFrameworks, access: admins, handler: frameworks.upload),
            .init(method: .GET, url: .adminFramework(id), access: admins, handler: frameworks.page),
            .init(method: .POST, url: .adminFrameworkDelete(id), access: admins, handler: frameworks.delete),
            .init(method: .GET, url: .adminRules, access: admins, handler: RuleFileAdminController().page),
            .init(method: .POST, url: .adminRules, access: admins, handler: RuleFileAdminController().upload),
            .init(method: .POST, url: .adminRulesDelete, access: admins, handler: RuleFileAdminController().delete),
        ]
    }
}
