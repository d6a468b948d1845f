import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

@testable import JixiaoWeb

/// Framework files and helpers of the administration tests.
enum AdminFixtures {
    /// The built-in Guangdong framework's YAML under another id.
    static func yaml(id: String) throws -> String {
        let url = Fixtures.packageRoot()
            .appendingPathComponent("Sources/JixiaoFiles/Resources/frameworks/guangdong-county-department.yaml")
        return try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "id: guangdong-county-department", with: "id: \(id)")
    }

    /// A framework table with metadata rows (manual and threshold leaves).
    static let csv = """
        id,upload-csv
        标题,上传测试县部门整体支出绩效评价表
        类型,部门整体
        地区,测试县
        年度,2023
        来源,测试财绩〔2024〕1号
        一级指标,分值,二级指标,分值,三级指标,分值,评分标准,指标说明
        投入,20,预算配置,20,在职人员控制率,10,"≤100%得满分，每超1个百分点扣0.5分",在职人数/编制数
        ,,,,重点支出安排率,10,≥90%得满分,
        过程,80,预算执行,50,预算执行率,30,按比例得分,
        ,,,,结转结余率,20,≤10%得满分,
        ,,资产管理,30,固定资产利用率,30,,
        """

    /// A complete evaluation of the filer's unit (the wuhua 2023 example) stored on framework `id`.
    /// Each call takes a year the unit has no department-wide evaluation of yet (one per
    /// unit, year and kind), counting down from the example's 2023.
    static func evaluation(_ app: Application, framework id: String) async throws -> String {
        let repository = FluentEvaluationRepository(database: app.db)
        let used = Set(
            try await repository.list(EvaluationFilter(unitCodes: [Fixtures.filerUnit]))
                .filter { $0.kind == .departmentWide }.map(\.fiscalYear))
        var e = try await Fixtures.completeEvaluation(app)
        e.fiscalYear = (2000...2023).reversed().first { !used.contains($0) } ?? 2000
        e.frameworkID = id
        return try await repository.create(e, metrics: .init(), by: "test").id
    }

    /// The row id of unit `code` or user `username`.
    static func unitID(_ app: Application, _ code: String) async throws -> String {
        let units = try await FluentAccountRepository(database: app.db).storedUnits()
        guard let id = units.first(where: { $0.code == code })?.id else { throw Abort(.notFound) }
        return id.uuidString
    }

    static func userID(_ app: Application, _ username: String) async throws -> String {
        guard let id = try await FluentAccountRepository(database: app.db).user(username: username)?.id else { throw Abort(.notFound) }
        return id.uuidString
    }
}
