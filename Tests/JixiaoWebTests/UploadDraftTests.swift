import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import VaporTesting

@testable import JixiaoWeb

/// Issue 13 item 9: an uploaded report makes a real draft through the upload route — the
/// report's year (with a notice when the form chose another), every section's text, every
/// item score, the targets and the figures.
@Suite(.timeLimit(.minutes(10))) struct UploadDraftTests {
    /// The one evaluation of `unit` for `year` as stored.
    func stored(_ app: Application, unit: String, year: Int = 2023) async throws -> Evaluation {
        let repository = FluentEvaluationRepository(database: app.db)
        let rows = try await repository.list(EvaluationFilter(unitCodes: [unit])).filter { $0.fiscalYear == year }
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        return try #require(try await repository.find(id: row.id)).evaluation
    }

    @Test("the app's own .docx of the wuhua example comes back: figures, texts, targets and item scores")
    func docxRoundTrip() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given: the wuhua 2023 example as the filer's draft, downloaded as Word
            var owner = try await Browser.signedIn(app, as: "filer")
            var original = try await Fixtures.completeEvaluation(app)
            original.targets = [
                Target(
                    levels: ["产出指标", "数量指标"], name: "办件量", direction: .atLeast, targetValue: 1000, unit: "件",
                    actualValue: 1050),
                Target(
                    levels: ["效益指标", "满意度指标"], name: "群众满意度", direction: .atLeast, targetValue: 95, unit: "%",
                    actualValue: 93, deviationNote: "高峰时段等候较久，已增设窗口。"),
            ]
            original.indicators["财政拨款收入预决算差异率"]?.note = "年中追加预算，今后提前测算。"
            let id = try await FluentEvaluationRepository(database: app.db).create(original, metrics: .init(), by: "test").id
            let docx = try await owner.get("/evaluations/\(id)/report/docx")
            #expect(docx.status == .ok)
            // when: another unit's filer uploads it, choosing 2025
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            let response = try await other.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2025")],
                fileField: "report", filename: "wuhua.docx", bytes: Array(docx.body.readableBytesView))
            // then
            #expect(response.status == .created)
            #expect(response.body.string.contains("报告所写年度为 2023 年，与所选的 2025 年不同"))
            let draft = try await stored(app, unit: Fixtures.otherUnit)
            #expect(draft.fiscalYear == 2023)
            #expect(draft.statedTotal == 98)
            #expect(draft.filing == original.filing)
            for (figure, value) in original.figures { #expect(draft.figures[figure] == value, "\(figure)") }
            for (name, input) in original.indicators {
                #expect(draft.indicators[name]?.selfScore == input.selfScore, "\(name)")
                if let outcome = input.outcome { #expect(draft.indicators[name]?.outcome == outcome, "\(name)") }
                #expect(draft.indicators[name]?.note == input.note, "\(name)")
            }
            for section in original.narrative {
                #expect(draft.narrative.first { $0.key == section.key }?.text == section.text, "\(section.key)")
            }
            let filled = Set(draft.narrative.filter { !$0.text.isEmpty }.map(\.key))
            #expect(filled == Set(original.narrative.map(\.key)))
            #expect(draft.targets == original.targets)
            // the 偏差原因 that is there is not reported missing
            #expect(!response.body.string.contains("“财政拨款收入预决算差异率”得分 4 分低于分值 5 分，未说明偏差原因"))
        }
    }

    @Test(
        "the wuhua sample report gives year 2023, its section texts and the item scores it states",
        .enabled(
            if: UploadSample.text != nil || ProcessInfo.processInfo.environment["CI"] == "true",
            "需要 ../shared/samples（或 JIXIAO_SAMPLES）"))
    func sampleReport() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            var browser = try await Browser.signedIn(app, as: "filer")
            let text = try #require(UploadSample.text)
            // when: uploaded with the form's year left at 2025
            let response = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2025")],
                fileField: "report", filename: "wuhua-2023-data-bureau.txt", content: text)
            // then
            #expect(response.status == .created)
            #expect(response.body.string.contains("报告所写年度为 2023 年"))
            let draft = try await stored(app, unit: Fixtures.filerUnit)
            #expect(draft.fiscalYear == 2023)
            #expect(draft.statedTotal == 98)
            #expect(draft.filing.filedOn == "2024-04-15")
            #expect(draft.figures["incomeTotal"] == ExactDecimal("563.02"))
            #expect(draft.figures["staffAuthorized"] == 14)
            let texts = Dictionary(draft.narrative.map { ($0.key, $0.text) }, uniquingKeysWith: { a, _ in a })
            // each section as written under its heading (（一）整体概况 is 部门职能), sub-headings
            // and hard-wrapped lines included, full-width punctuation kept
            #expect(texts["functions"]?.hasPrefix("1.主要职责\n(1) 组织起草全县政务服务") == true)
            #expect(texts["functions"]?.contains("统筹推进全县政务服务体系建设,指导各镇") == true)
            #expect(texts["functions"]?.hasSuffix("核定行政编制14名,实有人员13人,后勤服务人员数2名,实有后勤服务人员0人,事业编制11名,实有7人。") == true)
            #expect(texts["work"]?.hasPrefix("1.年度总体工作\n五华县政务服务数据管理局始终坚持") == true)
            #expect(texts["work"]?.contains("（三）“数字政府”建设有成果。") == true)
            #expect(texts["work"]?.hasSuffix("自觉用总书记思想武装头脑、指导实践、推动工作。") == true)
            #expect(texts["targets"]?.hasPrefix("紧紧围绕“以企业、群众为中心”的服务理念，") == true)
            #expect(texts["spending"]?.hasPrefix("五华县政务服务数据管理局 2023 年度财政拨款收入合计 563.02 万元；") == true)
            #expect(
                texts["conclusion"] == "根据《五华县财政局关于开展 2023 年度财政资金整体支出绩效自评工作的通知》（华财绩函〔2024〕1 号）"
                    + "的相关规定，对照整体支出绩效自评信息指标评分标准，我局 2023 年度部门整体支出自评综合得分为 98 分。")
            #expect(texts["performance"]?.contains("①预算编制合理性\n我局预算的合理性") == true)
            #expect(texts["problems"]?.hasSuffix("进一步提升绩效评价的客观性、科学性、合理性。") == true)
            #expect(texts["plans"]?.hasPrefix("加强预算绩效管理严格按照") == true)
            // 预算执行情况 is written inside 整体支出绩效指标分析, which keeps it
            #expect(texts["execution"] == "")
            #expect(!draft.narrative.contains { $0.key == "report" })
            // all 25 item scores the report states, as the example file (taken from it) has them
            let example = try await Fixtures.completeEvaluation(app)
            #expect(draft.indicators.count == 25)
            for (name, input) in example.indicators {
                #expect(draft.indicators[name]?.selfScore == input.selfScore, "\(name)")
            }
            #expect(draft.indicators["社会经济环境效益"]?.outcome == .achieved)
        }
    }
}

extension UploadDraftTests {
    @Test("uploading a report whose unit and year already have an evaluation answers 409 with a link to it and the year notice")
    func duplicate() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given: the filer's unit already has its 2023 evaluation
            var browser = try await Browser.signedIn(app, as: "filer")
            let existing = try await Fixtures.completeEvaluationID(app)
            // when: a report about 2023 is uploaded with 2025 chosen
            let response = try await browser.upload(
                "/evaluations/upload", fields: [("framework", "guangdong-county-department"), ("year", "2025")],
                fileField: "report", filename: "report.txt",
                content: "填报人：李四\n五华县政务服务数据管理局 2023 年度部门整体支出绩效自评报告\n（一）部门职能\n负责全县政务服务。")
            // then
            let body = response.body.string
            #expect(response.status == .conflict)
            #expect(body.contains("2023 年度已有部门整体支出绩效自评，不能重复创建"))
            #expect(body.contains("报告所写年度为 2023 年，与所选的 2025 年不同"))
            #expect(body.contains("href=\"/evaluations/\(existing)\" id=\"existing-evaluation\""))
        }
    }
}

/// The wuhua sample report, when ../shared/samples is there.
enum UploadSample {
    static let text: String? = {
        var url = Fixtures.packageRoot()
        if let env = ProcessInfo.processInfo.environment["JIXIAO_SAMPLES"] {
            url = URL(fileURLWithPath: env)
        } else {
            url = url.deletingLastPathComponent().appendingPathComponent("shared/samples")
        }
        return try? String(contentsOf: url.appendingPathComponent("wuhua-2023-data-bureau.txt"), encoding: .utf8)
    }()
}
