import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("Administration: an uploaded framework with a value that cannot be read lists every other problem too", .timeLimit(.minutes(10)))
struct AdminFrameworkProblemsTests {
    /// A framework with an unreadable number (max: abc), a broken formula, an unknown rule kind
    /// and a missing year.
    static let yaml = """
        id: broken-upload
        title: 有错的体系
        kind: project
        region: 测试县
        source: 测试
        total: 100
        indicators:
          - name: 预算执行率
            max: 10
            value: min(budgetExecuted / budgetAdjusted, 1
            rule: {kind: proportional, direction: "≥", target: 100%}
          - name: 产出指标
            max: abc
            fromTargets: true
          - name: 效益指标
            max: 90
            rule: {kind: nosuchkind}
        """

    @Test(
        "the number that cannot be read, the formula, the rule kind and the missing year are listed at once; nothing stored",
        arguments: TestDatabase.all)
    func everyProblem(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            var admin = try await Browser.signedIn(app, as: "admin")
            // when
            let response = try await admin.upload(
                "/admin/frameworks", fileField: "file", filename: "broken.yaml",
                content: Self.yaml, contentType: "application/x-yaml")
            let html = response.body.string
            let list = try #require(html.range(of: #"id="framework-errors">"#).map { String(html[$0.upperBound...]) })
                .components(separatedBy: "</ul>")[0]
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(list.contains("产出指标 › max：「abc」不是有效的数值"))
            #expect(list.contains("预算执行率 › value：公式「min(budgetExecuted / budgetAdjusted, 1」"))
            #expect(list.contains("效益指标 › rule.kind：「nosuchkind」无效"))
            #expect(list.contains("缺少必填项 year"))
            #expect(!list.contains("缺少必填项 max"), "the unreadable max is not reported a second time as missing")
            #expect(try await FluentFrameworkRepository(database: app.db).all().isEmpty)
        }
    }
}
