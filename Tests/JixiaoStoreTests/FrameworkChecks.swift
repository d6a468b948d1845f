import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentFrameworkRepository`.
enum FrameworkChecks {
    static let all = [
        StoreCheck(name: "uploaded frameworks: a replacement raises the version, the log names it; usage; delete") { db in
            // given
            let frameworks = FluentFrameworkRepository(database: db)
            let at = Date(timeIntervalSince1970: 1_700_000_000)
            let upload = StoredFramework(
                frameworkID: "up", title: "上传的体系", kind: .project, format: "yaml", fileName: "a.yaml",
                sourceText: "id: up", document: "{}", uploadedBy: "甲", uploadedAt: at)
            // when
            let first = try await frameworks.save(upload, log: AdminLogEntry(by: "甲", action: "上传指标体系", detail: "第 {version} 版"))
            var renamed = upload
            renamed.title = "改名的体系"
            let second = try await frameworks.save(renamed, log: AdminLogEntry(by: "甲", action: "上传指标体系", detail: "第 {version} 版"))
            let evaluations = FluentEvaluationRepository(database: db)
            var evaluation = EvaluationChecks.evaluation(unit: "fin")
            evaluation.frameworkID = "up"
            _ = try await evaluations.create(evaluation, metrics: EvaluationMetrics(), by: "甲")
            // then
            #expect(first.version == 1 && second.version == 2)
            #expect(
                try await frameworks.find(id: "up")
                    == {
                        var expected = renamed
                        expected.version = 2
                        return expected
                    }())
            #expect(try await FluentAdminLog(database: db).recent().map(\.detail).sorted() == ["第 1 版", "第 2 版"])
            #expect(try await frameworks.usage(id: "up") == 1)
            #expect(try await frameworks.usage(id: "other") == 0)
            try await frameworks.delete(id: "up", log: nil)
            #expect(try await frameworks.all().isEmpty)
        }
    ]
}
